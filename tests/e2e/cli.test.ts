import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, hasEscape, itUnprivileged, runBin, runShell, visible } from '../helpers/run.js';

const SLUG = 'azerbaijan-denies-ethnic-cleansing';
const SECTION_2 = 'Azerbaijan Respects Freedom and Choice of Inhabitants';
const guide = fixture('docs/guide.md');

/** Asserts the one-line error contract: nothing on stdout, one line on stderr, no stack, the code. */
function expectError(result: ReturnType<typeof runBin>, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^kara-news: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('kara-news read, piped', () => {
  it('prints plain text: title, date, one paragraph per line, no escapes, no Markdown', () => {
    const r = runBin(['read']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(hasEscape(r.stdout)).toBe(false);
    expect(r.stdout).not.toMatch(/^#|\*\*|`|\]\(/m);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh');
    expect(lines[2]).toBe('1 October 2023 · BAKU');
    expect(lines.filter((l) => l.startsWith('Hikmet Hajiyev, diplomatic advisor'))).toHaveLength(1);
    // The lead paragraph is one unwrapped line, so grep finds whole paragraphs.
    expect(lines.find((l) => l.startsWith('BAKU:'))!.endsWith('with a decisive defeat.')).toBe(true);
  });

  it('writes the same text into a file (> article.txt) as into a pipe', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kara-news-out-')), 'article.txt');
    const piped = runBin(['read']).stdout;
    expect(runShell(`node bin/kara-news.js read > '${out}' && cat '${out}'`).stdout).toBe(piped);
    expect(runShell(`node bin/kara-news.js read --quotes > '${out}' && cat '${out}'`).stdout).toBe(runBin(['read', '--quotes']).stdout);
    expect(piped.length).toBeGreaterThan(2000);
  });

  it('reads the bundled article by slug the same as by default', () => {
    expect(runBin(['read', SLUG]).stdout).toBe(runBin(['read']).stdout);
  });

  it('--width wraps plain text too', () => {
    const r = runBin(['read', '--width', '40']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(lines.length).toBeGreaterThan(40);
  });

  it('--color styles even into a pipe; --no-color, NO_COLOR and TERM=dumb keep it plain of escapes', () => {
    const styled = runBin(['read', '--color']);
    expect(styled.code).toBe(0);
    expect(styled.stdout).toMatch(/\u001b\[[0-9;]*m/);
    expect(visible(styled.stdout)).toContain('1 October 2023 · BAKU · 321 words · 1 min read');
    expect(hasEscape(runBin(['read', '--no-color']).stdout)).toBe(false);
    expect(hasEscape(runBin(['read'], { env: { NO_COLOR: '1' } }).stdout)).toBe(false);
    expect(hasEscape(runBin(['read'], { env: { TERM: 'dumb' } }).stdout)).toBe(false);
    expect(hasEscape(runBin(['read', '--color', '--no-color']).stdout)).toBe(false);
  });

  it('honours FORCE_COLOR; flags on the command line beat the environment', () => {
    expect(runBin(['read'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runBin(['read', '--color'], { env: { FORCE_COLOR: '0' } }).stdout).toMatch(/\u001b\[/);
    expect(runBin(['read', '--color'], { env: { NO_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(hasEscape(runBin(['read', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout)).toBe(false);
  });

  it('reads a Markdown file by path, and standard input with -', () => {
    const file = runBin(['read', guide]);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe('Guide\n\nIntro text.\n\nInstall\n\nRun the installer.\n\nOn Linux\n\nUse the package.\n\nUsage\n\nCall it.\n\nUse cases\n\nMany.\n');
    const stdin = runBin(['read', '-'], { input: '# Hello\n\nFrom *stdin*.\n' });
    expect(stdin).toEqual({ stdout: 'Hello\n\nFrom stdin.\n', stderr: '', code: 0 });
  });
});

describe('sections', () => {
  it('--sections piped: one "<number> <heading>" line each, so wc -l counts them', () => {
    const r = runBin(['read', '--sections']);
    expect(r).toEqual({ stdout: `1 Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh\n2 ${SECTION_2}\n`, stderr: '', code: 0 });
    expect(runShell(`node bin/kara-news.js read ${guide} --sections | wc -l`).stdout.trim()).toBe('5');
  });

  it('--section takes a number, a slug or a unique case-insensitive heading prefix', () => {
    const byNumber = runBin(['read', '--section', '2']);
    expect(byNumber.code).toBe(0);
    expect(byNumber.stdout.split('\n')[0]).toBe(SECTION_2);
    expect(byNumber.stdout).toContain('The nation affirmed its commitment');
    expect(byNumber.stdout).not.toContain('BAKU:');
    expect(runBin(['read', '--section', 'azerbaijan-respects-freedom-and-choice-of-inhabitants']).stdout).toBe(byNumber.stdout);
    expect(runBin(['read', '--section', 'AZERBAIJAN RESP']).stdout).toBe(byNumber.stdout);
  });

  it('a section brings its subsections; several --section flags print several, each once', () => {
    expect(runBin(['read', guide, '--section', 'install']).stdout).toBe('Install\n\nRun the installer.\n\nOn Linux\n\nUse the package.\n');
    expect(runBin(['read', guide, '--section', '4', '--section', '2']).stdout).toBe(
      'Install\n\nRun the installer.\n\nOn Linux\n\nUse the package.\n\nUsage\n\nCall it.\n',
    );
    expect(runBin(['read', guide, '--section', '2', '--section', '3']).stdout).toBe(runBin(['read', guide, '--section', '2']).stdout);
  });

  it('an unknown or ambiguous section is a usage error listing the sections', () => {
    expectError(runBin(['read', '--section', '9']), 64, /no section 9; sections: 1 Azerbaijan Denies .*, 2 Azerbaijan Respects/);
    expectError(runBin(['read', '--section', 'nothing']), 64, /no section 'nothing'/);
    expectError(runBin(['read', guide, '--section', 'us']), 64, /ambiguous: it could be 4 Usage, 5 Use cases; give its number/);
  });
});

describe('JSON', () => {
  it('read --json: metadata, sections and paragraphs as plain text', () => {
    const r = runBin(['read', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.article).toEqual({
      name: SLUG,
      origin: 'bundled',
      title: 'Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh',
      date: '2023-10-01',
      dateline: 'BAKU',
      author: null,
      authors: [],
      site: null,
      url: null,
      pages: [],
      lang: null,
      words: 321,
      readingMinutes: 1,
    });
    expect(doc.sections.map((s: { slug: string; level: number; number: number }) => [s.number, s.slug, s.level])).toEqual([
      [1, 'azerbaijan-denies-ethnic-cleansing-in-nagorno-karabakh', 1],
      [2, 'azerbaijan-respects-freedom-and-choice-of-inhabitants', 2],
    ]);
    expect(doc.paragraphs).toHaveLength(6);
    expect(doc.paragraphs[4]).toEqual({
      section: 2,
      paragraph: 2,
      text: expect.stringMatching(/^Addressing concerns raised by Armenia, Hajiyev stated that Azerbaijan had detained “five to six”/),
    });
  });

  it('--sections --json lists every section with its word count; words add up', () => {
    const doc = JSON.parse(runBin(['read', '--sections', '--json']).stdout);
    expect(doc.sections.map((s: { words: number }) => s.words)).toEqual([321, 159]);
    const piped = runShell('node bin/kara-news.js read --section 2 | wc -w').stdout.trim();
    expect(Number(piped)).toBe(159);
  });

  it('--section narrows --json to that section and its paragraphs', () => {
    const doc = JSON.parse(runBin(['read', '--section', '2', '--json']).stdout);
    expect(doc.sections.map((s: { number: number }) => s.number)).toEqual([2]);
    expect(doc.paragraphs.map((p: { section: number; paragraph: number }) => [p.section, p.paragraph])).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
  });
});

describe('list, help and version', () => {
  it('list prints slug, date and title, tab-separated when piped', () => {
    expect(runBin(['list'])).toEqual({ stdout: `${SLUG}\t2023-10-01\tAzerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh\n`, stderr: '', code: 0 });
    expect(JSON.parse(runBin(['list', '--json']).stdout).articles[0].name).toBe(SLUG);
  });

  it('--version prints the package version; --help ends with examples', () => {
    expect(runBin(['--version']).stdout.trim()).toMatch(/^kara-news \d+\.\d+\.\d+$/);
    const help = runBin(['read', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--section <ref>');
    expect(help.stdout).toMatch(/Examples:\n {2}kara-news read /);
    expect(runBin([]).stdout).toContain('Usage: kara-news');
  });
});

describe('errors: one line on stderr, a documented exit code, never a stack trace', () => {
  it('unknown option: usage error with the closest option suggested', () => {
    expectError(runBin(['read', '--sectons']), 64, /unknown option '--sectons' \(Did you mean --sections\?\)/);
    expectError(runBin(['reed']), 64, /unknown command 'reed' \(Did you mean read\?\)/);
  });

  it('missing option value, bad width, conflicting modes: usage errors', () => {
    expectError(runBin(['read', '--section']), 64, /argument missing/);
    expectError(runBin(['read', '--width', 'wide']), 64, /whole number of columns/);
    expectError(runBin(['read', '--plain', '--color']), 64, /--plain and --color cannot be combined/);
    expectError(runBin(['read', '--sections', '--section', '1']), 64, /cannot be used with/);
    expectError(runBin(['read', '--json', '--plain']), 64, /cannot be used with/);
  });

  it('unknown article name: lists the bundled slugs', () => {
    expectError(runBin(['read', 'nope']), 66, new RegExp(`no bundled article or saved story 'nope' \\(bundled: ${SLUG};`));
  });

  it('missing file, directory: I/O error naming the path', () => {
    expectError(runBin(['read', './missing.md']), 66, /cannot read '\.\/missing\.md': no such file/);
    expectError(runBin(['read', 'tests/']), 66, /cannot read 'tests\/': is a directory/);
  });

  itUnprivileged('unreadable file: I/O error naming the path, as a user who is not root', (place) => {
    const locked = join(place.scratch(), 'locked.md');
    writeFileSync(locked, '# x\n');
    chmodSync(locked, 0o000);
    expectError(place.run(['read', locked]), 66, /cannot read '.*locked\.md': permission denied/);
  });

  it('binary data: "not a text file", data error', () => {
    expectError(runBin(['read', '-'], { input: Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]) }), 65, /standard input is not a text file/);
  });

  it('a slug never becomes a path: traversal-looking names are refused', () => {
    expectError(runBin(['read', '%2e%2e']), 66, /no bundled article or saved story '%2e%2e'/);
    expectError(runBin(['read', 'etc-passwd']), 66, /no bundled article/);
  });

  it('a closed pipe ends quietly: `| head -1` exits 0 with nothing on stderr', () => {
    for (const args of ['read', 'read --sections', 'read --color', 'read --json']) {
      const r = runShell(`node bin/kara-news.js ${args} | head -1`);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')).toHaveLength(2);
    }
  });
});
