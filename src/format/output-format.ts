import type { Io } from '../io.js';

/** Colour depth: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor (chalk's levels). */
export type ColourLevel = 0 | 1 | 2 | 3;

/** Which terminal background the colours are chosen for. */
export type ThemeName = 'dark' | 'light';

/**
 * The theme --theme auto picks: light when COLORFGBG (set by rxvt, Konsole and others as
 * "foreground;background") names a light background (7 or 15), else dark.
 */
function themeFromEnvironment(colorfgbg: string | undefined): ThemeName {
  const background = Number(colorfgbg?.split(';').pop());
  return background === 7 || background === 15 ? 'light' : 'dark';
}

/** The comfortable measure styled text is reflowed to, however wide the terminal. */
export const MAX_MEASURE = 80;

/** How output is written, decided once before anything is rendered. */
export type OutputFormat =
  | { readonly kind: 'styled'; readonly colour: ColourLevel; readonly width: number; readonly hyperlinks: boolean; readonly theme: ThemeName; readonly links: LinkStyle }
  | { readonly kind: 'plain'; readonly width: number | null; readonly links: LinkStyle }
  | { readonly kind: 'markdown' }
  | { readonly kind: 'json' };

/** The flags that bear on the output format. */
export interface FormatFlags {
  readonly json?: boolean;
  /** --markdown: the article as Markdown with front matter. */
  readonly markdown?: boolean;
  readonly plain?: boolean;
  /** true for --color, false for --no-color, undefined for neither. */
  readonly color?: boolean;
  readonly width?: number;
  /** --hyperlinks: terminal hyperlinks (OSC 8) always, never, or when the terminal supports them. */
  readonly hyperlinks?: 'auto' | 'always' | 'never';
  /** --theme: colours for a dark or light background, or auto from COLORFGBG. */
  readonly theme?: 'auto' | 'dark' | 'light';
  /** --links: targets after the link text, or numbered references at the end. */
  readonly links?: LinkStyle;
}

/** How links show their targets: after the text (`text (url)`), or as numbered references (`text [2]`). */
export type LinkStyle = 'inline' | 'refs';

/**
 * True when the terminal is known to show OSC 8 hyperlinks (the list supports-hyperlinks keeps):
 * iTerm2, WezTerm, VS Code, Windows Terminal, VTE 0.50+ (GNOME Terminal…), Konsole, kitty, foot,
 * Alacritty, DomTerm, Ghostty.
 */
function terminalHasHyperlinks(env: Io['env']): boolean {
  if (env['TERM'] === 'dumb' || env['CI']) return false;
  const program = env['TERM_PROGRAM'] ?? '';
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(program)) return true;
  if (Number(env['VTE_VERSION']) >= 5000 || env['WT_SESSION'] || env['KONSOLE_VERSION'] || env['DOMTERM']) return true;
  return /^(?:xterm-kitty|foot|alacritty|wezterm|xterm-ghostty)/.test(env['TERM'] ?? '');
}

/** The colour depth a terminal advertises through its environment, at least basic colour. */
function advertisedDepth(env: Io['env']): ColourLevel {
  if (env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit') return 3;
  if (/-256(color)?$/i.test(env['TERM'] ?? '')) return 2;
  return 1;
}

/**
 * What FORCE_COLOR asks for, as chalk reads it: unset → undefined, "0"/"false" → 0,
 * "1"/"true"/"" → basic colour, "2" → 256 colours, "3" → truecolor.
 */
function forcedLevel(env: Io['env']): ColourLevel | undefined {
  const value = env['FORCE_COLOR'];
  if (value === undefined) return undefined;
  if (value === '0' || value === 'false') return 0;
  if (value === '2' || value === '3') return Number(value) as ColourLevel;
  return 1;
}

/**
 * Decides the colour level. Precedence: --color/--no-color (and --color=always|never), then
 * FORCE_COLOR, then NO_COLOR (any non-empty value), then CLICOLOR_FORCE (set and not 0, the BSD
 * convention), then CLICOLOR=0 and TERM=dumb, then whether stdout is a terminal.
 */
export function decideColour(flags: FormatFlags, io: Io): ColourLevel {
  const { env } = io;
  if (flags.color === false) return 0;
  const forced = forcedLevel(env);
  if (flags.color === true) return forced || advertisedDepth(env);
  if (forced !== undefined) return forced;
  if (env['NO_COLOR']) return 0;
  if (env['CLICOLOR_FORCE'] !== undefined && env['CLICOLOR_FORCE'] !== '' && env['CLICOLOR_FORCE'] !== '0') return advertisedDepth(env);
  if (env['CLICOLOR'] === '0' || env['TERM'] === 'dumb') return 0;
  return io.stdout.isTTY ? advertisedDepth(env) : 0;
}

/** Columns of the terminal, from the stream or COLUMNS, or 80 when neither says. */
function terminalColumns(io: Io): number {
  const fromEnv = Number(io.env['COLUMNS']);
  return io.stdout.columns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
}

/**
 * Chooses the output format once: JSON or Markdown when asked; styled in a terminal or when
 * colour is forced; plain text otherwise or with --plain.
 */
export function decideFormat(flags: FormatFlags, io: Io): OutputFormat {
  if (flags.json) return { kind: 'json' };
  if (flags.markdown) return { kind: 'markdown' };
  const colour = decideColour(flags, io);
  const styled = !flags.plain && (io.stdout.isTTY === true || colour > 0);
  const links = flags.links ?? 'inline';
  if (!styled) return { kind: 'plain', width: flags.width ?? null, links };
  const when = flags.hyperlinks ?? 'auto';
  const hyperlinks = when === 'always' || (when === 'auto' && io.stdout.isTTY === true && terminalHasHyperlinks(io.env));
  const theme = flags.theme === 'dark' || flags.theme === 'light' ? flags.theme : themeFromEnvironment(io.env['COLORFGBG']);
  return { kind: 'styled', colour, width: flags.width ?? Math.min(terminalColumns(io), MAX_MEASURE), hyperlinks, theme, links };
}
