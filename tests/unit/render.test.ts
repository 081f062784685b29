import { describe, expect, it } from 'vitest';
import { neutraliseControls, escapeJsonControls } from '../../src/markdown/controls.js';
import { countWords, inlineText } from '../../src/markdown/inline-text.js';
import { lexMarkdown } from '../../src/markdown/lex.js';
import { parseArticle } from '../../src/parse/article.js';
import { formatDate, readingMinutes } from '../../src/render/byline.js';
import { renderPlain } from '../../src/render/plain.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth, wrapLine } from '../../src/render/wrap.js';
import { selectAll } from '../../src/select/select.js';
import { StringSink } from '../../src/write/sink.js';

/** Plain text of a Markdown snippet read from stdin (no front matter, so no header). */
async function plain(markdown: string, width: number | null = null): Promise<string> {
  const sink = new StringSink();
  renderPlain(selectAll(await parseArticle({ kind: 'markdown', ref: { kind: 'stdin' }, name: '-', text: markdown, warnings: [] })), { width }, sink);
  return sink.toString();
}

/** Inline text of a one-paragraph snippet. */
async function inline(markdown: string, urls = true): Promise<string> {
  const [paragraph] = await lexMarkdown(markdown);
  return inlineText(paragraph && 'tokens' in paragraph ? paragraph.tokens! : [], { urls });
}

describe('inline text', () => {
  it('drops emphasis, code and HTML syntax and decodes every HTML entity', async () => {
    expect(await inline('**a** *b* ~~c~~ `d&amp;` <b>e</b> &amp; &copy; &nbsp;f \\*g')).toBe('a b c d&amp; e & © \u00a0f *g');
  });

  it('shows links as text (url) unless the url adds nothing, images as alt text', async () => {
    expect(await inline('[site](https://e.com) <https://auto.e> [a](#x) ![pic *alt*](p.png) [![badge](b.svg)](https://ci.e)')).toBe(
      'site (https://e.com) https://auto.e a pic alt badge (https://ci.e)',
    );
    expect(await inline('[site](https://e.com)', false)).toBe('site');
  });

  it('joins soft line breaks with a space and keeps hard breaks', async () => {
    expect(await inline('one\ntwo  \nthree<br>four')).toBe('one two\nthree\nfour');
  });
});

describe('plain renderer', () => {
  it('prints headings, paragraphs and blocks separated by one blank line', async () => {
    expect(await plain('# Title\n\nSome *text*\nwrapped.\n\n## Sub\n\nMore.')).toBe('Title\n\nSome text wrapped.\n\nSub\n\nMore.\n');
  });

  it('keeps list markers, numbering, nesting and task boxes', async () => {
    expect(await plain('- a\n- b\n  - c\n\n3. x\n4. y\n\n- [x] done\n- [ ] open')).toBe('- a\n- b\n  - c\n\n3. x\n4. y\n\n- ☒ done\n- ☐ open\n');
  });

  it('indents block quotes by two and code by four, leaves out raw HTML blocks and link definitions', async () => {
    expect(await plain('> quoted\n> text\n\n```\nlet x = 1;\n```\n\n<div>raw</div>\n\n[r]: https://e.com\n\nEnd.')).toBe(
      '  quoted text\n\n    let x = 1;\n\nEnd.\n',
    );
  });

  it('aligns tables under a rule, honouring right alignment and wide characters', async () => {
    expect(await plain('| Name | N |\n|---|--:|\n| 漢字 | 1 |\n| ab | 22 |')).toBe('Name    N\n----  ---\n漢字    1\nab     22\n');
  });

  it('wraps to --width with list continuation lines indented under the text', async () => {
    expect(await plain('- one two three four five six seven', 22)).toBe('- one two three four\n  five six seven\n');
  });

  it('shows control characters from the article visibly, never raw', async () => {
    const out = await plain('Bell\u0007 esc\u001b[31m red &#27;[2J csi\u009b2J rlo\u202Eevil');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out).toBe('Bell^G esc^[[31m red ^[[2J csi\uFFFD2J rlo\uFFFDevil\n');
  });
});

describe('controls, byline, wrapping and theme', () => {
  it('neutralises controls visibly and escapes them in JSON', () => {
    expect(neutraliseControls('a\tb\nc\u001bd\u007f')).toBe('a\tb\nc^[d^?');
    expect(escapeJsonControls('"\u009b\u2066"')).toBe('"\\u009b\\u2066"');
  });

  it('counts words as runs of non-space holding a letter or digit, in any script', () => {
    expect(countWords('Hello, world — 30 years… “five to six” naïve 漢字 — -- ’')).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords('  a\u00a0b\tc\nd  ')).toBe(4);
  });

  it('formats dates and reading time', () => {
    expect(formatDate('2023-10-01')).toBe('1 October 2023');
    expect(formatDate('Autumn 2023')).toBe('Autumn 2023');
    expect([readingMinutes(0), readingMinutes(321), readingMinutes(1000)]).toEqual([0, 1, 4]);
  });

  it('measures display width and wraps greedily without cutting long words', () => {
    expect(displayWidth('漢字ab')).toBe(6);
    expect(displayWidth('é')).toBe(1);
    expect(wrapLine('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapLine('https://a.very.long.example/path x', 10)).toEqual(['https://a.very.long.example/path', 'x']);
  });

  it('a theme at level 0 adds no escapes; at level 1 every style does', () => {
    const off = createTheme(0);
    const on = createTheme(1);
    for (const key of ['title', 'heading', 'strong', 'href', 'muted'] as const) {
      expect(off[key]('x')).toBe('x');
      expect(on[key]('x')).toMatch(/^\u001b\[/);
    }
  });
});

describe('deciding whether to neutralise', () => {
  it('looks for raw controls and for numeric references to them, not for harmless references', async () => {
    const { mayHoldControls } = await import('../../src/markdown/controls.js');
    expect(mayHoldControls('plain text &#8212; and &amp;')).toBe(false);
    expect(mayHoldControls('esc &#27;[2J')).toBe(true);
    expect(mayHoldControls('csi &#x9B;2J')).toBe(true);
    expect(mayHoldControls('rlo &#8238;')).toBe(true);
    expect(mayHoldControls('raw \u001b')).toBe(true);
    expect(mayHoldControls('tab\tand newline\n')).toBe(false);
  });

  it('skips the walk for CRLF line ends, which marked turns into newlines, and for nothing else', async () => {
    const { mayHoldControls } = await import('../../src/markdown/controls.js');
    expect(JSON.stringify(await lexMarkdown('# T\r\n\r\ntext\rmore *x*\r\n\r\n- a\r\n'))).not.toContain('\\r');
    expect(mayHoldControls('# T\r\n\r\ntext\r\n')).toBe(false);
    expect(mayHoldControls('text\r\n\u001b[31mred')).toBe(true);
    expect(mayHoldControls('bidi \u202e')).toBe(true);
    expect(mayHoldControls('&#27;[2J')).toBe(true);
  });
});

describe('styles per line', () => {
  it('closes styles open at a line end and reopens them on the next line', async () => {
    const { closeStylesPerLine } = await import('../../src/render/line-styles.js');
    expect(closeStylesPerLine('\u001b[3ma\nb\u001b[23m')).toBe('\u001b[3ma\u001b[0m\n\u001b[3mb\u001b[23m');
    expect(closeStylesPerLine('\u001b[1m\u001b[38;5;12mx\u001b[39m\ny\u001b[22m\nz')).toBe('\u001b[1m\u001b[38;5;12mx\u001b[39m\u001b[0m\n\u001b[1my\u001b[22m\nz');
    expect(closeStylesPerLine('plain\ntext')).toBe('plain\ntext');
  });

  it('gives what the first, map-and-lookup version gave, on random styled text', async () => {
    const { closeStylesPerLine } = await import('../../src/render/line-styles.js');
    const fc = (await import('fast-check')).default;
    // The first version, kept as the oracle for the one-pass rewrite.
    const OFF: Record<string, number> = { weight: 22, italic: 23, underline: 24, blink: 25, inverse: 27, hidden: 28, strike: 29, fg: 39, bg: 49 };
    const kindOf = (c: number): string | null =>
      c === 1 || c === 2 ? 'weight' : c === 3 ? 'italic' : c === 4 ? 'underline' : c === 5 ? 'blink' : c === 7 ? 'inverse' : c === 8 ? 'hidden' : c === 9 ? 'strike'
      : (c >= 30 && c <= 38) || (c >= 90 && c <= 97) ? 'fg' : (c >= 40 && c <= 48) || (c >= 100 && c <= 107) ? 'bg' : null;
    const oracle = (text: string): string => {
      const active = new Map<string, string>();
      let out = '';
      let at = 0;
      for (const m of text.matchAll(/\u001b\[([0-9;]*)m|\n/g)) {
        out += text.slice(at, m.index);
        at = m.index + m[0].length;
        if (m[0] === '\n') {
          const open = [...active.values()].join('');
          out += open === '' ? '\n' : `\u001b[0m\n${open}`;
          continue;
        }
        out += m[0];
        const params = m[1] === '' ? [0] : m[1]!.split(';').map(Number);
        for (let i = 0; i < params.length; i++) {
          const code = params[i]!;
          if (code === 0) active.clear();
          else if (code === 38 || code === 48) {
            const length = params[i + 1] === 5 ? 3 : 5;
            active.set(code === 38 ? 'fg' : 'bg', `\u001b[${params.slice(i, i + length).join(';')}m`);
            i += length - 1;
          } else {
            const off = Object.entries(OFF).find(([, c]) => c === code);
            if (off) active.delete(off[0]);
            const kind = kindOf(code);
            if (kind) active.set(kind, `\u001b[${code}m`);
          }
        }
      }
      return out + text.slice(at);
    };
    const sgr = fc.constantFrom('0', '', '1', '2', '3', '4', '7', '9', '22', '23', '24', '29', '31', '39', '44', '49', '92', '1;3', '38;5;12', '38;2;1;2;3', '48;5;200', '0;1');
    const piece = fc.oneof(sgr.map((p) => `\u001b[${p}m`), fc.constantFrom('a', 'word ', '\n', '\n\n', 'é'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => closeStylesPerLine(parts.join('')) === oracle(parts.join(''))), { seed: 20261128, numRuns: 3000 });
  });

  it('leaves every line of a styled article self-contained', async () => {
    const { attributesLeftOn } = await import('../helpers/sgr.js');
    const { runMain } = await import('../helpers/run.js');
    const r = await runMain(['read', '-', '--color', '--width', '30'], { input: '> A long *quoted and styled* paragraph that wraps over several lines of the terminal.\n\n**Bold text that also wraps over more than one line here.**\n' });
    for (const line of r.stdout.split('\n')) expect(attributesLeftOn(line)).toEqual([]);
  });
});
