import type { Io } from '../io.js';

/** When output goes through a pager. */
export type Paging = 'auto' | 'always' | 'never';

/**
 * The pager command, as git and bat choose it: KARA_NEWS_PAGER, then PAGER, then `less -FRX`
 * (-F quits at once when the text fits, -R passes colours, -X leaves the text on screen).
 * An empty value turns paging off. Returns the command split into words, or null.
 */
function pagerCommand(env: Io['env']): string[] | null {
  const configured = env['KARA_NEWS_PAGER'] ?? env['PAGER'];
  const command = configured ?? 'less -FRX';
  const words = splitWords(command);
  if (words.length === 0 || words[0] === 'cat') return null;
  // A bare `less` (a common PAGER) gets the flags colour and short texts need.
  if (words.length === 1 && /(^|\/)less$/.test(words[0]!)) words.push('-FRX');
  return words;
}

/** Splits a command line into words, honouring single and double quotes. */
function splitWords(command: string): string[] {
  const words: string[] = [];
  for (const m of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/** True when text should be paged: paging is on, the terminal can page, and the text is taller than it. */
export function shouldPage(paging: Paging, text: string, io: Io): boolean {
  if (paging === 'never' || io.stdout.isTTY !== true) return false;
  // A dumb terminal cannot run a pager (less stops at "terminal is not fully functional").
  if (io.env['TERM'] === 'dumb') return false;
  if (paging === 'always') return true;
  const rows = (io.stdout as { rows?: number }).rows ?? 0;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= rows; i = text.indexOf('\n', i + 1)) lines++;
  return rows > 0 && lines > rows - 1;
}

/**
 * Shows text through the pager; resolves true once the pager has exited (quitting early is
 * fine), or false when no pager could be started, so the caller prints to stdout instead.
 */
export async function page(text: string, io: Io): Promise<boolean> {
  const command = pagerCommand(io.env);
  if (!command) return false;
  const { spawn } = await import('node:child_process');
  // As git does: with LESS unset, less gets FRX, so `PAGER="less -S"` still shows colours.
  const env = { ...io.env, LESSCHARSET: io.env['LESSCHARSET'] ?? 'utf-8', LESS: io.env['LESS'] ?? 'FRX' };
  const child = spawn(command[0]!, command.slice(1), { stdio: ['pipe', 'inherit', 'inherit'], env });
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return false;
  // While the pager runs, Ctrl-C is the pager's to handle (less uses it to stop a search).
  const ignore = (): void => {};
  io.on?.('SIGINT', ignore);
  child.stdin.on('error', () => {}); // The reader quit before reading everything: not an error.
  child.stdin.end(text);
  await new Promise<void>((resolve) => child.once('close', () => resolve()));
  io.off?.('SIGINT', ignore);
  return true;
}
