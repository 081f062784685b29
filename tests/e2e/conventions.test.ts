import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, root, runBin, runShell, visible } from '../helpers/run.js';

// Issue 14: the command line as git, bat and glow users expect it, and the small things a new user
// tripped on. Every test runs the real bin with a cleaned environment; those about the terminal
// run it in a pseudo-terminal (util-linux `script`).

const scratch = mkdtempSync(join(tmpdir(), 'kara-conventions-'));
const write = (name: string, text: string | Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const bundled = join(root, 'articles', 'azerbaijan-denies-ethnic-cleansing.md');

/** Runs kara-news in a pseudo-terminal; what the terminal received, with the exit status after `EXIT=`. */
function inTerminal(args: string[], env: Record<string, string> = {}, rows = 50): string {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', `stty cols 80 rows ${rows}; ${quoted}; echo "EXIT=$?"`, '/dev/null'], { env: cleanEnv({ TERM: 'xterm-256color', ...env }), cwd: scratch, encoding: 'utf8', timeout: 15_000 });
  return r.stdout.replace(/\r\n/g, '\n');
}

/** A pager that writes what it was started with (its arguments and LESS) to a file, then shows its input. */
function recordingPager(): { command: string; seen: () => string } {
  const log = join(scratch, `pager-${Math.random().toString(36).slice(2)}.log`);
  const path = write(`pager-${Math.random().toString(36).slice(2)}.sh`, `#!/bin/sh\necho "ARGS=$* LESS=\${LESS-unset}" > '${log}'\ncat\n`);
  chmodSync(path, 0o755);
  return { command: path, seen: () => { try { return readFileSync(log, 'utf8'); } catch { return ''; } } };
}

describe('conventions of the ecosystem', () => {
  it('reads a path, a web address or - given where a command goes; alone, prints short usage', () => {
    write('README.md', '# Notes\n\nA note of my own.\n');
    expect(runBin(['README.md'], { cwd: scratch })).toEqual({ stdout: 'Notes\n\nA note of my own.\n', stderr: '', code: 0 });
    expect(runBin(['--plain', 'README.md'], { cwd: scratch }).stdout).toBe('Notes\n\nA note of my own.\n');
    expect(runBin(['-'], { input: 'From a pipe.\n' }).stdout).toBe('From a pipe.\n');
    // A dead server: the address was read (exit 69), not taken for a command.
    expect(runBin(['http://127.0.0.1:9/story', '--timeout', '2']).code).toBe(69);
    const alone = runBin([]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toMatch(/^Usage: kara-news \[read\] \[article\] \[options\]\n/);
    expect(alone.stdout.split('\n').length).toBeLessThan(12);
    // A word that names no file and no command is still an unknown command, with a suggestion.
    expect(runBin(['raed'])).toMatchObject({ code: 64, stderr: expect.stringMatching(/unknown command 'raed'.*read/) });
  });

  it('takes --color=always|never|auto beside --color and --no-color', () => {
    expect(runBin(['read', '--color=always']).stdout).toMatch(/\u001b\[/);
    expect(runBin(['--color=always', 'read', '--sections']).stdout).toMatch(/\u001b\[/);
    expect(runBin(['read', '--color=auto']).stdout).not.toMatch(/\u001b\[/);
    expect(inTerminal(['read', '--color=never', '--no-pager'])).not.toMatch(/\u001b\[/);
    expect(inTerminal(['read', '--color=auto', '--no-pager'])).toMatch(/\u001b\[/);
    expect(runBin(['read', '--color=sometimes'])).toMatchObject({ code: 64, stderr: expect.stringMatching(/'--color' takes always, never or auto/) });
  });

  it('honours CLICOLOR=0 and CLICOLOR_FORCE=1, below NO_COLOR and FORCE_COLOR', () => {
    expect(inTerminal(['read', '--no-pager'], { CLICOLOR: '0' })).not.toMatch(/\u001b\[/);
    expect(runBin(['read'], { env: { CLICOLOR_FORCE: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runBin(['read'], { env: { CLICOLOR_FORCE: '0' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runBin(['read'], { env: { CLICOLOR_FORCE: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(inTerminal(['read', '--no-pager'], { CLICOLOR: '0', FORCE_COLOR: '1' })).toMatch(/\u001b\[/);
    expect(runBin(['read', '--color'], { env: { CLICOLOR: '0' } }).stdout).toMatch(/\u001b\[/);
  });

  it('pages nothing in a dumb terminal; starts the pager with LESS=FRX when LESS is unset', () => {
    const dumb = recordingPager();
    const shown = inTerminal(['read'], { TERM: 'dumb', PAGER: dumb.command }, 10);
    expect(dumb.seen()).toBe('');
    expect(shown).toContain('Azerbaijan Respects Freedom');
    const smart = recordingPager();
    inTerminal(['read'], { PAGER: `${smart.command} -S` }, 10);
    expect(smart.seen()).toBe('ARGS=-S LESS=FRX\n');
    const own = recordingPager();
    inTerminal(['read'], { PAGER: own.command, LESS: 'R' }, 10);
    expect(own.seen()).toBe('ARGS= LESS=R\n');
  });

  it('has help [command], prints its name with --version, and answers -v', () => {
    expect(runBin(['help', 'read']).stdout).toBe(runBin(['read', '--help']).stdout);
    expect(runBin(['help', 'list']).stdout).toBe(runBin(['list', '--help']).stdout);
    expect(runBin(['help']).stdout).toBe(runBin(['--help']).stdout);
    expect(runBin(['help', 'nonsense'])).toMatchObject({ code: 64, stderr: expect.stringMatching(/no help for 'nonsense'/) });
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(runBin(['--version']).stdout).toBe(`kara-news ${version}\n`);
    expect(runBin(['-v'])).toEqual({ stdout: '', stderr: "kara-news: unknown option '-v'; for the version use -V or --version (see 'kara-news --help')\n", code: 64 });
    // -v as a value is only a value.
    expect(runBin(['read', '--find', '-v']).code).toBe(1);
  });
});

describe('articles as people write them', () => {
  it("reads Hugo's TOML front matter, with a warning naming the line when it is broken", () => {
    const toml = write('hugo.md', '+++\ntitle = "Harbour reopens"\ndate = 2024-05-01T09:00:00Z\nauthor = "Ann Lee"\n+++\n\nThe harbour reopened.\n');
    expect(runBin(['read', toml])).toEqual({ stdout: 'Harbour reopens\n\n1 May 2024 · by Ann Lee\n\nThe harbour reopened.\n', stderr: '', code: 0 });
    const broken = runBin(['read', write('broken.md', '+++\ntitle = "no end\n+++\n\nBody.\n')]);
    expect(broken.stdout).toBe('Body.\n');
    expect(broken.stderr).toMatch(/^kara-news: warning: .*broken\.md:2: front matter is not valid TOML/);
  });

  it('makes several authors a byline, in JSON too, and warns about an author it cannot read', () => {
    const list = write('list.md', '---\ntitle: T\nauthor:\n  - Ann Lee\n  - Bo Chan\n---\n\nText.\n');
    expect(runBin(['read', list]).stdout).toBe('T\n\nby Ann Lee and Bo Chan\n\nText.\n');
    const three = write('three.md', '---\ntitle: T\nauthors: [Ann Lee, Bo Chan, Cy Diaz]\n---\n\nText.\n');
    const json = JSON.parse(runBin(['read', three, '--json']).stdout) as { article: { author: string; authors: string[] } };
    expect([json.article.author, json.article.authors]).toEqual(['Ann Lee, Bo Chan and Cy Diaz', ['Ann Lee', 'Bo Chan', 'Cy Diaz']]);
    const named = write('named.md', '---\ntitle: T\nauthor:\n  name: Ann Lee\n---\n\nText.\n');
    expect(runBin(['read', named]).stdout).toContain('by Ann Lee');
    const odd = runBin(['read', write('odd.md', '---\ntitle: T\nauthor:\n  handle: "@ann"\n---\n\nText.\n')]);
    expect(odd.stderr).toMatch(/warning: .*odd\.md: front matter's author is not a name or a list of names; no byline/);
  });

  it('matches straight and curly quotes, apostrophes and dashes alike, in --find and --speaker', () => {
    expect(runBin(['read', '--find', "enclave's"]).stdout).toMatch(/enclave’s/);
    expect(runBin(['read', '--find', '"five to six"']).stdout).toMatch(/“five to six”/);
    const dashes = write('dashes.md', 'The talks – which began in May — are over. Sean O’Brien said: “We won.”\n');
    expect(runBin(['read', dashes, '--find', 'talks - which']).code).toBe(0);
    expect(runBin(['read', dashes, '--quotes', '--speaker', "o'brien"]).stdout).toContain('Sean O’Brien');
  });

  it('selects the text before the first heading as section 0', () => {
    const wire = write('wire.md', 'GENEVA — The talks ended.\n\nBoth sides left.\n\n## Reaction\n\nNobody was pleased.\n');
    expect(runBin(['read', wire, '--section', '0'])).toEqual({ stdout: 'GENEVA — The talks ended.\n\nBoth sides left.\n', stderr: '', code: 0 });
    expect(runBin(['read', wire, '--find', 'talks']).stdout).toMatch(/^0:1: /);
    expect(runBin(['read', bundled, '--section', '0'])).toMatchObject({ code: 64, stderr: expect.stringMatching(/no section 0: nothing stands before the first heading/) });
  });

  it('prints a JSON document even when nothing is found', () => {
    const r = runBin(['read', '--find', 'zzzz', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ query: 'zzzz', matches: [] });
    expect(runShell(`(node bin/kara-news.js read --find zzzz --json || true) | jq -e '.matches | length == 0'`).code).toBe(0);
  });

  it('warns about an empty file and a closed standard input; no words is no reading time', () => {
    const empty = write('empty.md', '');
    expect(runBin(['read', empty])).toEqual({ stdout: '', stderr: `kara-news: warning: '${empty}' is empty: there is nothing to read\n`, code: 0 });
    expect(runBin(['read', '-'], { input: '' })).toEqual({ stdout: '', stderr: 'kara-news: warning: standard input is empty: there is nothing to read\n', code: 0 });
    expect(JSON.parse(runBin(['read', empty, '--json']).stdout)).toMatchObject({ article: { words: 0, readingMinutes: 0 } });
    expect(visible(inTerminal(['read', empty]))).toContain('0 words · 0 min read');
    const short = visible(inTerminal(['read', '--sections']));
    expect(short).toMatch(/159 words · <1 min/);
  });

  it('names the file that is there when a bare name is no bundled article', () => {
    write('NEWS', '# News\n');
    expect(runBin(['read', 'NEWS'], { cwd: scratch }).stderr).toMatch(/give its path: \.\/NEWS\n$/);
    expect(runBin(['read', 'NOTHING'], { cwd: scratch }).stderr).toMatch(/give its path: \.\/NOTHING\.md\n$/);
  });

  it('says what is true of a file too large and of a paragraph too long', () => {
    const big = write('big.md', Buffer.alloc(30_000_000, 0x61));
    expect(runBin(['read', big])).toMatchObject({ code: 65, stderr: expect.stringMatching(/is 30,000,000 bytes \(28\.6 MiB\); kara-news reads articles up to 20 MiB/) });
    const base64 = runShell(`head -c 14000000 /dev/zero | base64 -w 76 | node bin/kara-news.js read - | wc -c`);
    expect(base64.stderr).toMatch(/standard input has 18\.9 MB without a blank line, too long a paragraph to read as Markdown; shown as plain text/);
    expect(base64.stderr).not.toMatch(/nested/);
  });
});
