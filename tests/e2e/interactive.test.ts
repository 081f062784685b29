import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { displayWidth } from '../../src/render/display-width.js';
import { bin, fixture, installed, itNeeds, root, runBin } from '../helpers/run.js';

// `read -i` driven as a user drives it: the real bin in a real terminal (tmux), keys sent with
// send-keys, the screen read with capture-pane, in a cleaned environment.
const it = itNeeds('tmux');
const scratch = mkdtempSync(join(tmpdir(), 'kara-interactive-'));
const socket = join(scratch, 'tmux.sock');
const article = fixture('layout/long-read.md');
let session = 0;
let current = '';

const tmux = (...args: string[]): string => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' }).stdout;
const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Starts kara-news in a new tmux window of the given size, in a shell that prints the exit status
 * and the terminal's modes after it ends (so a test can see the terminal was given back).
 */
function start(args: string[], { columns = 80, rows = 24, env = {} as Record<string, string>, stdin = '' } = {}): void {
  current = `k${++session}`;
  const vars = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env };
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const command = `${stdin}${quoted}; echo "EXIT=$?"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; tput cnorm >/dev/null && echo TPUT-OK; exec sleep 600`;
  spawnSync('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', current, '-x', String(columns), '-y', String(rows), 'env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), 'sh', '-c', command], { cwd: root });
}

/** The screen as text (or with its escape sequences). */
const screen = (escapes = false): string => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', current);

/** Waits until the screen shows what the test expects, and returns it. */
function waitFor(test: (text: string) => boolean, escapes = false, timeout = 8000): string {
  const until = Date.now() + timeout;
  let text = screen(escapes);
  while (!test(text) && Date.now() < until) {
    sleep(50);
    text = screen(escapes);
  }
  return text;
}

/** Sends keys (tmux key names, or literal bytes with `-l`). */
const keys = (...k: string[]): void => void tmux('send-keys', '-t', current, ...k);
const lines = (text: string): string[] => text.split('\n');
const status = (text: string): string => lines(text).filter((l) => l.trim() !== '').pop() ?? '';

// One tmux server for the file, kept alive by a session of its own: a server that exits when a
// test's session ends races the next test's start.
beforeAll(() => {
  if (installed('tmux')) spawnSync('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'keepalive', 'sleep 3600']);
});
afterAll(() => {
  if (installed('tmux')) tmux('kill-server');
});
afterEach(() => {
  tmux('kill-session', '-t', current);
});

describe('kara-news read -i', () => {
  it('opens full screen: the text from the top, a status line with title, section and position', () => {
    start(['read', '-i', article]);
    const text = waitFor((t) => t.includes('? keys'));
    expect(lines(text)[0]).toBe('The night ferry');
    expect(status(text)).toMatch(/^ The night ferry · §1 The night ferry +0% · \? keys ?$/);
  });

  it('] and [ put the next and previous section\'s heading at the top', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys(']');
    expect(lines(waitFor((t) => t.startsWith('The crew')))[0]).toBe('The crew');
    keys(']');
    // Waits are for the whole frame (text first, status line last): tmux may be read mid-frame.
    expect(lines(waitFor((t) => t.startsWith('Timetable and fares') && /§3 Timetable and fares/.test(status(t))))[0]).toBe('Timetable and fares');
    expect(status(screen())).toMatch(/§3 Timetable and fares/);
    keys('[');
    expect(lines(waitFor((t) => t.startsWith('The crew')))[0]).toBe('The crew');
  });

  it('t shows the contents beside the text; ↓ and Enter jump; Esc closes', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('t');
    const pane = waitFor((t) => t.includes('Contents') && /│ {3}3 Timetable and fares/.test(t));
    expect(pane).toMatch(/│ Contents/);
    expect(pane).toMatch(/│ {3}3 Timetable and fares +83/);
    keys('Down', 'Down', 'Enter');
    expect(lines(waitFor((t) => t.startsWith('Timetable and fares') && !t.includes('Contents')))[0]).toBe('Timetable and fares');
    expect(screen()).not.toContain('Contents');
    keys('t');
    waitFor((t) => t.includes('Contents'));
    keys('Escape');
    expect(waitFor((t) => !t.includes('Contents'))).not.toContain('Contents');
  });

  it('/ searches as --find does, highlights the matches and counts them; n and N move between them', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('/', 'crew', 'Enter');
    expect(status(waitFor((t) => /1\/4/.test(status(t))))).toMatch(/ 1\/4 · /);
    // The matches are highlighted: the current in the theme's match colour, the rest reversed.
    expect(screen(true)).toMatch(/\u001b\[7mcrew|\u001b\[[0-9;]*43m(?:\u001b\[[0-9;]*m)*crew/);
    keys('n');
    expect(status(waitFor((t) => /2\/4/.test(status(t))))).toMatch(/2\/4/);
    keys('N', 'N');
    expect(status(waitFor((t) => /4\/4/.test(status(t))))).toMatch(/4\/4/);
    // Curly apostrophes as typed: company's finds company's and company’s alike.
    keys('/', "ferry company's", 'Enter');
    expect(status(waitFor((t) => /1\/1/.test(status(t))))).toMatch(/1\/1/);
  });

  it('w lists who said what; Enter goes to the statement\'s paragraph', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('w');
    const list = waitFor((t) => t.includes('Who said what') && t.includes('Jon Eide'));
    expect(list).toMatch(/Jon Eide, first officer \(1\)/);
    // To Jon Eide's statement, in the block quote of section 2.
    const rows = lines(list);
    const at = rows.findIndex((r) => r.includes('Jon Eide'));
    const statementsBefore = rows.slice(0, at).filter((r) => r.startsWith('   ')).length;
    for (let k = 1; k < statementsBefore + 1; k++) keys('Down');
    keys('Enter');
    // The whole screen drawn: tmux may be read between the text and the status line of one frame.
    const text = waitFor((t) => !t.includes('Who said what') && /§2 The crew/.test(status(t)));
    expect(lines(text)[0]).toMatch(/^│ "The sea is different every night/);
    expect(status(text)).toMatch(/§2 The crew/);
  });

  it('? shows the keys; any key goes back', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('?');
    const help = waitFor((t) => t.includes('Keys') && t.includes('q Ctrl-C'));
    for (const k of ['] [', 'next, previous section', '/ text Enter', 'who said what', 'q Ctrl-C']) expect(help).toContain(k);
    keys('x');
    expect(waitFor((t) => !t.includes('Keys ·'))).toContain('The night ferry');
  });

  it('scrolls by line, by screen, to the top and the end, with keys as terminals send them', () => {
    start(['read', '-i', article], { rows: 12 });
    waitFor((t) => t.includes('? keys'));
    keys('j');
    expect(lines(waitFor((t) => !t.startsWith('The night ferry')))[0]).toBe('497 words · 2 min read');
    keys('k');
    waitFor((t) => t.startsWith('The night ferry'));
    keys('NPage');
    const paged = waitFor((t) => !t.startsWith('The night ferry'));
    keys('g');
    waitFor((t) => t.startsWith('The night ferry'));
    keys('Space');
    expect(waitFor((t) => lines(t)[0] === lines(paged)[0])).toBe(paged);
    keys('G');
    expect(status(waitFor((t) => / 100% /.test(status(t))))).toMatch(/100%/);
    keys('PPage', 'b', 'Home');
    waitFor((t) => t.startsWith('The night ferry'));
    // Application cursor mode (ESC O B), a mouse wheel report (SGR), a bracketed paste holding q (ignored).
    keys('-l', '\u001bOB');
    waitFor((t) => t.startsWith('497 words'));
    keys('-l', '\u001b[<65;5;5M');
    expect(lines(waitFor((t) => !t.startsWith('497 words')))[0]).not.toBe('497 words · 2 min read');
    keys('-l', '\u001b[200~q\u001b[201~');
    keys('-l', '\u001b[<64;5;5M');
    expect(lines(waitFor((t) => t.startsWith('497 words')))[0]).toBe('497 words · 2 min read');
    // An unknown key does nothing.
    keys('z', 'F5');
    sleep(200);
    expect(lines(screen())[0]).toBe('497 words · 2 min read');
  });

  it('reflows when the window is resized, keeping the same paragraph at the top', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys(']', ']');
    waitFor((t) => t.startsWith('Timetable and fares'));
    tmux('resize-window', '-t', current, '-x', '44', '-y', '14');
    const narrow = waitFor((t) => lines(t).every((l) => displayWidth(l) <= 44) && t.startsWith('Timetable and fares'));
    expect(lines(narrow)[0]).toBe('Timetable and fares');
    for (const line of lines(narrow)) expect(displayWidth(line)).toBeLessThanOrEqual(44);
  });

  it('works down to 40×10 cells, and without colour (matches in reverse video)', () => {
    start(['read', '-i', article], { columns: 40, rows: 10, env: { NO_COLOR: '1' } });
    const text = waitFor((t) => t.includes('%')).replace(/\n$/, '');
    expect(lines(text)).toHaveLength(10);
    for (const line of lines(text)) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    keys('/', 'ferry', 'Enter');
    const shown = waitFor((t) => /\u001b\[7m/.test(t) && /1\/\d/.test(t), true);
    // No colour at all (tmux writes 39 and 49, the default colours, itself): only reverse video and bold.
    expect(shown).not.toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/);
  });

  // The theme's colours are the sixteen every terminal has, so the reader looks the same in a
  // 16-colour, 256-colour and true-colour terminal; the light theme trades the dark one's colours
  // for ones readable on white (the title magenta on dark, blue on light).
  for (const [name, env, extra, titleColour] of [
    ['a 16-colour terminal, dark', { TERM: 'xterm' }, [], '35'],
    ['a 256-colour terminal, dark', { TERM: 'xterm-256color' }, [], '35'],
    ['a true-colour terminal, light', { TERM: 'xterm-256color', COLORTERM: 'truecolor' }, ['--theme', 'light'], '34'],
  ] as const) {
    it(`draws in ${name} with the theme's colours`, () => {
      start(['read', '-i', article, ...extra], { env });
      const text = waitFor((t) => t.includes('? keys'), true);
      expect(lines(text)[0]).toBe(`\u001b[1m\u001b[${titleColour}mThe night ferry`);
      // No 256-colour or RGB codes, which a 16-colour terminal would show wrongly.
      expect(text).not.toMatch(/\u001b\[(?:[0-9;]*;)?[34]8;[25];/);
    });
  }

  it('gives the terminal back on q: the normal screen, the cursor, cooked mode', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('q');
    const after = waitFor((t) => t.includes('TPUT-OK'));
    expect(after).toMatch(/EXIT=0\nicanon echo ?\nTPUT-OK/);
    expect(after).not.toContain('The night ferry');
  });

  it('gives the terminal back on Ctrl-C, SIGTERM and SIGHUP, with their exit codes', () => {
    start(['read', '-i', article]);
    waitFor((t) => t.includes('? keys'));
    keys('C-c');
    expect(waitFor((t) => t.includes('TPUT-OK'))).toMatch(/EXIT=0\nicanon echo ?\n/);
    for (const [signal, code] of [['TERM', 143], ['HUP', 129]] as const) {
      tmux('kill-session', '-t', current);
      start(['read', '-i', article]);
      waitFor((t) => t.includes('? keys'));
      spawnSync('sh', ['-c', `pkill -${signal} -f 'kara-news.js read -i ${article}'`]);
      const after = waitFor((t) => t.includes('TPUT-OK'));
      expect(after).toMatch(new RegExp(`EXIT=${code}\\nicanon echo ?\\n`));
      expect(after).not.toContain('The night ferry');
    }
  });

  it('reads an article from standard input and its keys from the terminal', () => {
    const piped = join(scratch, 'piped.md');
    writeFileSync(piped, '# Piped story\n\nIt came through a pipe.\n\n## Later\n\nMore.\n');
    start(['read', '-i', '-'], { stdin: `cat '${piped}' | ` });
    waitFor((t) => t.includes('? keys'));
    keys(']');
    expect(lines(waitFor((t) => t.startsWith('Later')))[0]).toBe('Later');
    keys('q');
    expect(waitFor((t) => t.includes('TPUT-OK'))).toContain('EXIT=0');
  });
});

describe('kara-news read -i without a terminal', () => {
  it('says so in one line and exits 64, into a pipe and with TERM=dumb', () => {
    expect(runBin(['read', '-i'])).toEqual({ stdout: '', stderr: "kara-news: the interactive reader needs a terminal, and standard output is not a terminal; drop -i to print the article\n", code: 64 });
    const dumb = spawnSync('script', ['-qec', `${process.execPath} ${bin} read -i; echo EXIT=$?`, '/dev/null'], { env: { PATH: process.env['PATH'] ?? '', TERM: 'dumb' }, encoding: 'utf8' });
    expect(dumb.stdout).toMatch(/kara-news: the interactive reader needs a terminal, and TERM=dumb cannot show it; drop -i to print the article\r?\nEXIT=64/);
  });
});
