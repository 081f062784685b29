import { Chalk, type ChalkInstance } from 'chalk';
import type { ColourLevel, ThemeName } from '../format/output-format.js';

/** A style: text in, styled text out. */
export type Style = (text: string) => string;

/** Every colour kara-news uses, in one place. */
export interface Theme {
  readonly level: ColourLevel;
  readonly title: Style;
  readonly byline: Style;
  readonly heading: Style;
  readonly strong: Style;
  readonly em: Style;
  readonly del: Style;
  readonly codespan: Style;
  readonly code: Style;
  readonly blockquote: Style;
  readonly link: Style;
  readonly href: Style;
  readonly image: Style;
  readonly hr: Style;
  readonly table: Style;
  readonly sectionNumber: Style;
  readonly muted: Style;
  readonly slug: Style;
  /** A speaker's name in the quotes view. */
  readonly speaker: Style;
  /** Quoted words: direct quotes and the quoted fragments of reported speech. */
  readonly quoted: Style;
  /** Text that matched --find. */
  readonly match: Style;
  /** The mark of a story not read yet. */
  readonly unread: Style;
  /** What went wrong, where a list shows it (a feed's last error). */
  readonly error: Style;
}

/**
 * Builds the theme at a colour level for a dark or light background; level 0 gives styles that
 * add no escape codes at all. On light backgrounds yellow and cyan are unreadable, so those
 * roles take darker colours.
 */
export function createTheme(level: ColourLevel, name: ThemeName = 'dark'): Theme {
  const c: ChalkInstance = new Chalk({ level });
  const light = name === 'light';
  const accent = light ? c.magenta : c.yellow;
  return {
    level,
    title: light ? c.bold.blue : c.bold.magenta,
    byline: c.dim,
    heading: light ? c.bold.blue : c.bold.green,
    strong: c.bold,
    em: c.italic,
    del: c.dim.strikethrough,
    codespan: accent,
    code: accent,
    blockquote: c.italic,
    link: c.blue,
    href: c.blue.underline,
    image: c.dim.italic,
    hr: c.dim,
    table: c.reset,
    sectionNumber: light ? c.blue : c.cyan,
    muted: c.dim,
    slug: c.bold,
    speaker: light ? c.bold.blue : c.bold.cyan,
    quoted: accent,
    match: light ? c.bold.inverse : c.bold.black.bgYellow,
    unread: light ? c.bold.blue : c.bold.cyan,
    error: c.red,
  };
}
