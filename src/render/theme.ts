import { Chalk, type ChalkInstance } from 'chalk';

/** Colour depth: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor (chalk's levels). */
export type ColourLevel = 0 | 1 | 2 | 3;

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
}

/** Builds the theme at a colour level; level 0 gives styles that add no escape codes at all. */
export function createTheme(level: ColourLevel): Theme {
  const c: ChalkInstance = new Chalk({ level });
  return {
    level,
    title: c.bold.magenta,
    byline: c.dim,
    heading: c.bold.green,
    strong: c.bold,
    em: c.italic,
    del: c.dim.strikethrough,
    codespan: c.yellow,
    code: c.yellow,
    blockquote: c.italic,
    link: c.blue,
    href: c.blue.underline,
    image: c.dim.italic,
    hr: c.dim,
    table: c.reset,
    sectionNumber: c.cyan,
    muted: c.dim,
    slug: c.bold,
    speaker: c.bold.cyan,
    quoted: c.yellow,
  };
}
