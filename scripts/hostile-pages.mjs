// Hostile web pages, generated: the shapes that once hung or crashed page reading, each around a
// story kara-news must still find. tests/hostile/pages.test.ts reads each one; `npm run bench`
// times the worst against a plain page of the same size.

/** A paragraph of the story every hostile page carries. */
export const STORY = `<p>${'A sentence of the story, with words enough to read as prose. '.repeat(8).trim()}</p>`;

const MB = 1024 * 1024;

/**
 * Text repeated to exactly `bytes` characters.
 * @param {string} text
 * @param {number} bytes
 */
const fill = (text, bytes) => text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);

/**
 * A plain page of about `bytes`: the story's paragraph over and over in an <article>.
 * @param {number} bytes
 */
export const plainPage = (bytes) => `<!doctype html><html><body><article>${fill(`${STORY}\n`, bytes)}</article></body></html>`;

/**
 * The hostile pages, by name: each a page and the plain page of its size it is measured against.
 * @type {Record<string, () => string>}
 */
export const hostilePages = {
  '1 MB of <a ': () => STORY + fill('<a ', MB),
  '1 MB of <!x': () => STORY + fill('<!x', MB),
  '100,000 nested <div>s': () => '<div>'.repeat(100_000) + STORY + '</div>'.repeat(100_000),
  '100,000 nested <b>s misnested with <i>': () => STORY + '<b><i>'.repeat(50_000) + 'x' + '</b></i>'.repeat(50_000) + STORY,
  'a 1 MB attribute': () => `${STORY}<p title="${'x'.repeat(MB)}">${STORY}</p>`,
  'an unterminated comment at the end of 5 MB': () => plainPage(5 * MB) + '<!--' + STORY,
  'an unterminated script at the end of 5 MB': () => plainPage(5 * MB) + '<script>' + STORY,
  'an unterminated <textarea> at the end of 5 MB': () => plainPage(5 * MB) + '<textarea>' + STORY,
  '\\0 everywhere': () => fill(`\0${STORY}\0`, MB),
  '<template>, <svg>, <math>, <xmp>, <noscript>, <plaintext>': () =>
    `${STORY}<template><p>A template holds this, never shown.</p></template><svg><p>This paragraph breaks out of the drawing, as in a browser.</p></svg>` +
    `<math><mi>x</mi></math><xmp>Markup such as <b> in an example is shown as written.</xmp><noscript><p>A notice for readers without scripts.</p></noscript>${STORY}<plaintext><p>The rest is plain text.`,
  'tags and attributes named constructor and __proto__': () => `${STORY}<constructor>${STORY}</constructor><__proto__>x</__proto__><div hasOwnProperty=1 __proto__=2 constructor=3>${STORY}</div>`,
  '600 levels of quotes, lists, links, bold and spans': () => '<blockquote><ul><li><a href="/x"><b><span>'.repeat(600) + STORY,
};
