import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncontrolledEscape } from '../helpers/escapes.js';
import { runMain } from '../helpers/run.js';

/** Documents per mode: a few dozen in npm test, more with npm run fuzz. */
const PROPERTY_RUNS = Number(process.env['KARA_PROPERTY_RUNS'] ?? 60);

/** Every way kara-news can print an article, in-process. */
const MODES: { name: string; args: string[]; tty?: boolean; env?: Record<string, string> }[] = [
  { name: 'plain', args: ['read', '-'] },
  { name: 'styled', args: ['read', '-', '--hyperlinks', 'always'], tty: true, env: { TERM: 'xterm-256color' } },
  { name: 'styled, no colour', args: ['read', '-'], tty: true, env: { NO_COLOR: '1' } },
  { name: 'json', args: ['read', '-', '--json'] },
  { name: 'sections', args: ['read', '-', '--sections'], tty: true },
  { name: 'quotes', args: ['read', '-', '--quotes'], tty: true },
  { name: 'quotes json', args: ['read', '-', '--quotes', '--json'] },
];

/** Hostile text: control characters, escape sequences, bidi controls, mixed with ordinary text. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u001b[31m', '\u001b]0;title\u0007', '\u001bP+q\u001b\\', '\u009b2J', '\u0085', '\u202e', '\u2066', '\u0007', '\u0000', '\u007f', '\u001b]8;;http://evil\u001b\\'),
  fc.constantFrom('&#27;', '&#x1b;[2J', '&#155;', '&#8238;', '&#x9B;', '&#0;', '&#127;'),
  fc.string({ maxLength: 20 }),
);

/** Markdown that places hostile text everywhere an article can carry text. */
const documents = fc.tuple(hostile, hostile, hostile).map(
  ([a, b, c]) =>
    `---\ntitle: "${JSON.stringify(a).slice(1, -1)}"\nauthor: ${b.replace(/\n/g, ' ')}\n---\n\n# ${a}\n\n${b} *${c}* [${a}](http://x.org/${c}) ![${b}](${a})\n\n“${c},” said ${a} ${b}.\n\n- ${a}\n\n> ${b}\n\n\`${c}\`\n\n\`\`\`\n${a}\n\`\`\`\n\n| ${a} | ${b} |\n|---|---|\n| ${c} | x |\n`,
);

describe('no control sequence from an article reaches the terminal, in any mode', () => {
  it.each(MODES)('$name: only our own SGR and OSC 8 sequences, no C0/C1/bidi controls', async (mode) => {
    await fc.assert(
      fc.asyncProperty(documents, async (markdown) => {
        const r = await runMain(mode.args, { input: markdown, tty: mode.tty ?? false, columns: 80, env: mode.env ?? {} });
        // A NUL byte makes the input binary (exit 65); anything else reads.
        expect(r.code).toBe(markdown.includes('\u0000') ? 65 : 0);
        expect(uncontrolledEscape(r.stdout)).toBeNull();
        expect(uncontrolledEscape(r.stderr)).toBeNull();
      }),
      { numRuns: PROPERTY_RUNS, seed: Number(process.env['KARA_FUZZ_SEED'] ?? 20261128) },
    );
  }, 20_000 + PROPERTY_RUNS * 100);

  it('keeps character references in autolinks inert, though marked leaves them for the renderer', async () => {
    for (const args of [['read', '-'], ['read', '-', '--color'], ['read', '-', '--json']]) {
      const r = await runMain(args, { input: 'see http://evil.example/(&#27;[2J) now\n' });
      expect(uncontrolledEscape(r.stdout)).toBeNull();
    }
  });

  it('shows what it neutralised visibly: ESC as ^[, C1 and bidi controls as U+FFFD', async () => {
    const r = await runMain(['read', '-'], { input: 'a\u001b[31mb \u009bc \u202ed &#27;e' });
    expect(r.stdout).toBe('a^[[31mb \uFFFDc \uFFFDd ^[e\n');
  });

  it('escapes C1 and bidi characters in JSON, which JSON.stringify would leave raw', async () => {
    const r = await runMain(['read', '-', '--json'], { input: 'x\u009by\u202ez' });
    expect(r.stdout).toContain('x\uFFFDy\uFFFDz');
    expect(uncontrolledEscape(r.stdout)).toBeNull();
  });

  it('keeps paths and names in error messages inert too', async () => {
    const r = await runMain(['read', './no\u001b[2Jsuch.md']);
    expect(r.code).toBe(66);
    expect(r.stderr).toBe("kara-news: cannot read './no^[[2Jsuch.md': no such file\n");
  });
});

describe('links cannot hide where they go', () => {
  const deceptive = '[https://bank.example](https://evil.example/login)\n';

  it('shows the real target beside text that looks like another URL, in every mode', async () => {
    expect((await runMain(['read', '-'], { input: deceptive })).stdout).toBe('https://bank.example (https://evil.example/login)\n');
    const styled = await runMain(['read', '-', '--hyperlinks', 'always'], { input: deceptive, tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(styled.stdout.replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '')).toContain('https://bank.example (https://evil.example/login)');
  });

  it('emits OSC 8 hyperlinks only when asked or when the terminal supports them', async () => {
    const input = '[docs](https://example.com/docs)\n';
    const osc = (r: { stdout: string }) => r.stdout.includes('\u001b]8;;');
    expect(osc(await runMain(['read', '-', '--hyperlinks', 'always'], { input, tty: true }))).toBe(true);
    expect(osc(await runMain(['read', '-', '--hyperlinks', 'never'], { input, tty: true, env: { TERM_PROGRAM: 'WezTerm' } }))).toBe(false);
    expect(osc(await runMain(['read', '-'], { input, tty: true, env: { TERM_PROGRAM: 'WezTerm' } }))).toBe(true);
    expect(osc(await runMain(['read', '-'], { input, tty: true, env: { TERM: 'xterm-256color' } }))).toBe(false);
    expect(osc(await runMain(['read', '-', '--hyperlinks', 'always'], { input }))).toBe(false);
    const bad = await runMain(['read', '--hyperlinks', 'sometimes']);
    expect(bad.code).toBe(64);
  });

  it('percent-encodes a URL so it cannot end the hyperlink sequence early', async () => {
    const r = await runMain(['read', '-', '--hyperlinks', 'always'], { input: '[x](https://e.com/a%20b/ü)\n', tty: true });
    expect(r.stdout).toContain('\u001b]8;;https://e.com/a%2520b/%C3%BC\u001b\\');
  });
});
