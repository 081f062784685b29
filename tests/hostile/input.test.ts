import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itUnprivileged, runBin, runPty, runShell } from '../helpers/run.js';

/** A scratch file with the given content; returns its path. */
const dir = mkdtempSync(join(tmpdir(), 'kara-hostile-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** One line on stderr starting with kara-news:, never a stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^kara-news: /);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

// Inputs that once took super-linear time: each test's timeout is about ten times what it takes
// on an idle machine, a hang guard that a busy one does not trip (speed itself is `npm run bench`'s).

describe('bad and extreme input, one row of issue 5 each', () => {
  it('missing file, directory, unreadable file: an error naming the path, exit 66', () => {
    const missing = runBin(['read', join(dir, 'missing.md')]);
    expect(missing.code).toBe(66);
    expectOneLine(missing.stderr, /missing\.md': no such file/);
    const folder = runBin(['read', dir + '/']);
    expect(folder.code).toBe(66);
    expectOneLine(folder.stderr, /is a directory/);
  });

  itUnprivileged('unreadable file: permission denied, exit 66, even when the tests run as root', (place) => {
    const locked = join(place.scratch(), 'locked.md');
    writeFileSync(locked, '# x\n');
    chmodSync(locked, 0o000);
    const r = place.run(['read', locked]);
    expect(r.code).toBe(66);
    expectOneLine(r.stderr, /permission denied/);
  });

  it('binary file (a NUL in the first 8000 bytes): "not a text file", exit 65', () => {
    const r = runBin(['read', file('image.md', Buffer.concat([Buffer.from('# title\n'), Buffer.from([0, 1, 2, 255])]))]);
    expect(r.code).toBe(65);
    expectOneLine(r.stderr, /is not a text file/);
  });

  it('invalid UTF-8: rendered with U+FFFD and one warning naming the byte offset', () => {
    const r = runBin(['read', file('latin1.md', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Caf\uFFFD ok\n');
    expectOneLine(r.stderr, /is not valid UTF-8 \(first bad byte at offset 3\); shown with U\+FFFD/);
  });

  it('empty file, only front matter, no headings: renders what there is; --sections says none, exit 0', () => {
    expect(runBin(['read', file('empty.md', '')])).toEqual({ stdout: '', stderr: expect.stringMatching(/^kara-news: warning: '.*empty.md' is empty: there is nothing to read\n$/), code: 0 });
    expect(runBin(['read', file('fm.md', '---\ntitle: Only a title\ndate: 2024-01-02\n---\n')]).stdout).toBe('Only a title\n\n2 January 2024\n');
    const noHeadings = runBin(['read', file('flat.md', 'Just text.\n'), '--sections']);
    expect(noHeadings.code).toBe(0);
    expect(noHeadings.stdout).toBe('');
    expectOneLine(noHeadings.stderr, /has no headings, so no sections/);
  });

  it('malformed front matter: the body is shown, with one warning naming file and line', () => {
    const badYaml = runBin(['read', file('bad.md', '---\ntitle: ok\ntags: [a, b\n---\nThe body.\n')]);
    expect(badYaml.code).toBe(0);
    expect(badYaml.stdout).toBe('The body.\n');
    expectOneLine(badYaml.stderr, /bad\.md:\d+: front matter is not valid YAML/);
    const unclosed = runBin(['read', file('open.md', '---\ntitle: x\n\nThe body.\n')]);
    expect(unclosed.code).toBe(0);
    expect(unclosed.stdout).toContain('The body.');
    expectOneLine(unclosed.stderr, /open\.md:1: front matter is never closed/);
  });

  it.each([
    { shape: '3000 quote markers', markdown: '>'.repeat(3000) + ' deep' },
    { shape: '5000 list markers', markdown: '- '.repeat(5000) + 'a' },
    { shape: '5000 nested emphases', markdown: '*'.repeat(5000) + 'a' + '*'.repeat(5000) },
  ])('nesting that overflows marked ($shape): shown as plain text with a warning', ({ markdown }) => {
    for (const args of [[], ['--color'], ['--json'], ['--sections']]) {
      const r = runBin(['read', file('deep.md', markdown), ...args]);
      expect(r.code).toBe(0);
      expectOneLine(r.stderr.split('\n').filter((l) => !/no sections/.test(l)).join('\n'), /too deeply nested to read as Markdown; shown as plain text/);
      if (args.length === 0) expect(r.stdout.replace(/\s+/g, '')).toBe(markdown.replace(/\s+/g, ''));
    }
  });

  it('deeply nested lists (depth 500 and 1000 at up to 1 MB): read in full', () => {
    for (const depth of [500, 1000]) {
      const lines = Array.from({ length: depth + 1 }, (_, d) => '  '.repeat(d) + '- item ' + d);
      const r = runBin(['read', file(`list${depth}.md`, lines.join('\n'))]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`item ${depth}`);
    }
  }, 5_000);

  it('a 200 x 200 table and a 50 x 5000 table: every column, styled too', () => {
    const row = (n: number) => '| ' + Array.from({ length: n }, (_, i) => 'c' + i).join(' | ') + ' |';
    const table = (cols: number, rows: number) => `${row(cols)}\n|${'---|'.repeat(cols)}\n${Array.from({ length: rows }, () => row(cols)).join('\n')}\n`;
    for (const [cols, rows] of [[200, 200], [50, 5000]] as const) {
      const path = file(`table${cols}x${rows}.md`, table(cols, rows));
      for (const args of [[], ['--color']]) {
        const r = runBin(['read', path, ...args]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`c${cols - 1}`);
      }
    }
  }, 30_000);

  it('an article of 250,000 headings: --sections lists every one, in a terminal too', () => {
    const path = file('headings.md', '# h\n'.repeat(250_000));
    for (const args of [['--sections'], ['--sections', '--color']]) {
      const r = runBin(['read', path, ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/^ *250000 +h\b/m);
    }
  }, 30_000);

  it.each([
    { shape: "'a[b](c' x 1000", markdown: 'a[b](c'.repeat(1000) },
    { shape: "'_' x 1e4 + ' a'", markdown: '_'.repeat(1e4) + ' a' },
    { shape: "'[](' + 1e5 spaces", markdown: '[](' + ' '.repeat(1e5) },
    { shape: "'<!x ' + 'a>' x 5e4", markdown: '<!x ' + 'a>'.repeat(5e4) },
    { shape: "'[x]: ' + 1500 spaces + 'x ' + 1500 spaces + ' x'", markdown: '[x]: ' + ' '.repeat(1500) + 'x ' + ' '.repeat(1500) + ' x' },
  ])("marked's ReDoS reproducer $shape: read in every mode", ({ markdown }) => {
    const path = file('redos.md', markdown);
    for (const args of [[], ['--color'], ['--quotes']]) {
      const r = runBin(['read', path, ...args]);
      expect(r.code).toBe(0);
    }
  }, 6_000);

  it('a 50 MB file: a clear size error, exit 65, and nothing read', () => {
    const big = file('big.md', Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = runBin(['read', big]);
    expect(r.code).toBe(65);
    expectOneLine(r.stderr, /is 52,428,800 bytes \(50\.0 MiB\); kara-news reads articles up to 20 MiB/);
    const piped = runShell(`head -c 30000000 /dev/zero | tr '\\0' a | node bin/kara-news.js read -`);
    expect(piped.code).toBe(65);
    expectOneLine(piped.stderr, /standard input is over 20 MiB/);
  });

  it('bundled names resolve only against the catalogue; a real path only when clearly given', () => {
    for (const name of ['%2e%2e', 'etc-passwd', 'azerbaijan-denies-ethnic-cleansing%00']) {
      const r = runBin(['read', name]);
      expect(r.code).toBe(66);
      expectOneLine(r.stderr, /no bundled article/);
    }
    const nul = runBin(['read', 'a\u0001b']);
    expect(nul.code).toBe(66);
    expect(nul.stderr).toContain("'a^Ab'");
    // `/etc/hostname` is clearly a path: reading it is what the user asked for, like cat.
    expect(runBin(['read', '/etc/hostname']).code).toBe(0);
  });

  it('unknown option, missing option value, conflicting modes: usage error with the fix, exit 64', () => {
    for (const [args, pattern] of [
      [['read', '--colour'], /unknown option '--colour' \(Did you mean --color\?\)/],
      [['read', '--width'], /argument missing/],
      [['read', '--sections', '--quotes'], /cannot be used with/],
      [['read', '--plain', '--color'], /cannot be combined; drop one/],
    ] as const) {
      const r = runBin([...args]);
      expect(r.code).toBe(64);
      expectOneLine(r.stderr, pattern);
    }
  });

  it('standard input is a terminal with -: a hint that it is waiting for input', () => {
    const r = runPty(['read', '-'], { columns: 80 });
    // script's terminal sends end-of-file at once: the hint shows, then an empty article.
    expect(r.stdout).toContain('kara-news: reading Markdown or HTML from standard input (end with Ctrl-D)');
  });
});

describe('pipes', () => {
  it.each(['read', 'read --sections', 'read --color', 'read --quotes', 'list'])('`kara-news %s | head -1`: exit 0, nothing on stderr', (args) => {
    const r = runShell(`node bin/kara-news.js ${args} | head -1`);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('a pipe another process left non-blocking, read slowly, still gets every byte', () => {
    // Writes to such a pipe fail with EAGAIN once it is full; the rest goes through Node's stream.
    const big = file('slow.md', '# H\n\n' + 'Some words in a paragraph, and then some more of them.\n\n'.repeat(20000));
    const direct = runShell(`node bin/kara-news.js read ${big} | sha1sum`).stdout;
    const nonBlocking = "python3 -c 'import fcntl, os; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)'";
    const r = runShell(`(${nonBlocking} && node bin/kara-news.js read ${big}) | (sleep 0.5; sha1sum)`);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', direct]);
    expect(direct).toMatch(/^[0-9a-f]{40} /);
  });

  it('a closed pipe on a large article ends quietly too', () => {
    const big = file('many.md', '# H\n\n' + 'Some words in a paragraph.\n\n'.repeat(50000));
    const r = runShell(`node bin/kara-news.js read ${big} | head -c 100 > /dev/null`);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
