import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncontrolledEscape } from '../helpers/escapes.js';
import { fixture, root, runMain } from '../helpers/run.js';

/**
 * Random and mutated Markdown through every output mode: the exit code is 0 or a documented one,
 * there is never a stack trace or an internal error, nothing uncontrolled reaches the terminal,
 * and each run ends within a time bound. `npm run fuzz` runs thousands; `npm test` a few dozen.
 */
const RUNS = Number(process.env['KARA_FUZZ_RUNS'] ?? 30);
/** A fixed seed in npm test, so CI is repeatable; npm run fuzz passes a fresh one (printed on failure). */
const SEED = Number(process.env['KARA_FUZZ_SEED'] ?? 20261128);
const DOCUMENTED_EXIT_CODES = [0, 1, 64, 65, 66];

const seeds = [
  ...['docs/guide.md', 'docs/kitchen-sink.md', 'quotes/port-strike.md', 'quotes/tram-line.md', 'corpus/marked.md'].map((f) => readFileSync(fixture(f), 'utf8')),
  readFileSync(`${root}articles/azerbaijan-denies-ethnic-cleansing.md`, 'utf8'),
  '>'.repeat(3000) + ' x',
  '- '.repeat(5000) + 'a',
  '*'.repeat(3000) + 'a' + '*'.repeat(3000),
  Array.from({ length: 300 }, (_, d) => '  '.repeat(d) + '- item').join('\n'),
  `| ${'c | '.repeat(40)}\n|${'---|'.repeat(40)}\n` + `| ${'x | '.repeat(40)}\n`.repeat(60),
  'a[b](c'.repeat(1000),
  '_'.repeat(1e4) + ' a',
  '[](' + ' '.repeat(1e5),
  '<!x ' + 'a>'.repeat(5e4),
  '[x]: ' + ' '.repeat(1500) + 'x ' + ' '.repeat(1500) + ' x',
  '---\ntitle: [unclosed\n---\n# x',
  '---\ntitle: x\n',
  '',
];

/** Bits of Markdown syntax, controls and odd characters to splice in. */
const splice = fc.oneof(
  fc.constantFrom('\n', '\n\n', '# ', '> ', '- ', '1. ', '```', '`', '*', '_', '[', '](', ')', '|', '---\n', '<div>', '</div>', '&#27;', '&amp;', '\u001b[2J', '\u009b', '\u202e', '“', '”', '‘', '’', '\r\n', '\t', '\\'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A mutation of a document: splice text in, cut a slice out, duplicate a slice, or nest its lines. */
const mutation = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.double({ min: 0, max: 1, noNaN: true }), splice),
  fc.tuple(fc.constant('delete' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 })),
  fc.tuple(fc.constant('repeat' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })),
  fc.tuple(fc.constant('nest' as const), fc.constantFrom('> ', '- ', '  ', '1. '), fc.integer({ min: 1, max: 30 })),
);

/** Applies mutations to a document. */
function mutate(doc: string, ops: readonly (readonly [string, ...unknown[]])[]): string {
  let text = doc;
  for (const op of ops) {
    const at = (f: unknown) => Math.floor((f as number) * text.length);
    if (op[0] === 'insert') text = text.slice(0, at(op[1])) + (op[2] as string) + text.slice(at(op[1]));
    else if (op[0] === 'delete') text = text.slice(0, at(op[1])) + text.slice(at(op[1]) + (op[2] as number));
    else if (op[0] === 'repeat') text = text.slice(0, at(op[1])) + text.slice(at(op[1]), at(op[1]) + 50).repeat(op[2] as number) + text.slice(at(op[1]));
    else text = text.split('\n').map((line) => (op[1] as string).repeat(op[2] as number) + line).join('\n');
  }
  return text;
}

const documents = fc.oneof(
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 6 })).map(([doc, ops]) => mutate(doc, ops)),
  fc.string({ unit: 'binary', maxLength: 400 }),
);

const MODES: { args: string[]; tty?: boolean }[] = [
  { args: ['read', '-'] },
  { args: ['read', '-', '--color', '--hyperlinks', 'always'], tty: true },
  { args: ['read', '-', '--json'] },
  { args: ['read', '-', '--sections'], tty: true },
  { args: ['read', '-', '--quotes'] },
  { args: ['read', '-', '--section', '1'] },
];

describe('fuzzing every mode with random and mutated Markdown', () => {
  it(`${RUNS} documents × ${MODES.length} modes: documented exit codes, no stack traces, nothing uncontrolled`, async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (markdown) => {
        for (const mode of MODES) {
          const r = await runMain(mode.args, { input: markdown, tty: mode.tty ?? false, columns: 80, env: { TERM: 'xterm-256color' } });
          expect(DOCUMENTED_EXIT_CODES).toContain(r.code);
          expect(r.stderr).not.toMatch(/internal error|\n\s+at |Error:/);
          expect(r.stderr.split('\n').filter(Boolean).every((line) => line.startsWith('kara-news: '))).toBe(true);
          expect(uncontrolledEscape(r.stdout)).toBeNull();
          expect(uncontrolledEscape(r.stderr)).toBeNull();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 30_000 + RUNS * MODES.length * 200);
});
