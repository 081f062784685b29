// The stages that turn a web page into an article: parsing, character sets and references,
// metadata, the dateline, and the Markdown a page's tokens carry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticle, renderMarkdown, renderPlain } from '../../src/index.js';
import { attr, findAll, findFirst, removeAll, textContent, type Element } from '../../src/html/dom.js';
import { MAX_DEPTH, parseHtml } from '../../src/html/parse.js';
import { headlineOf, nameInByline, readMeta } from '../../src/html/metadata.js';
import { readPage } from '../../src/html/page.js';
import { datelineOf } from '../../src/text/dateline.js';
import { charsetParameter, declaredCharset, decodePage, decodeWindows1252, encodingOf } from '../../src/load/charset.js';
import { fixture } from '../helpers/run.js';

/** Tags in a tree below <body> (or <head>), in document order, with their nesting as `parent>child`. */
function shape(html: string, under = 'body'): string[] {
  const doc = parseHtml(html);
  const top = findFirst(doc, (e) => e.tag === under)!;
  return findAll(top, () => true).map((e) => `${e.parent === top ? '' : `${e.parent?.tag}>`}${e.tag}`);
}

/** The text of a page's body, white space as written. */
const bodyText = (html: string): string => textContent(findFirst(parseHtml(html), (e) => e.tag === 'body')!);

describe('parsing a page, as the HTML standard does (parse5)', () => {
  it('implies the end tags HTML lets a page leave out, and ignores stray ones', () => {
    expect(shape('<p>one<p>two<div>three</div>')).toEqual(['p', 'p', 'div']);
    expect(shape('<ul><li>a<li>b</ul>')).toEqual(['ul', 'ul>li', 'ul>li']);
    expect(shape('<table><tr><td>a<td>b<tr><td>c</table>')).toEqual(['table', 'table>tbody', 'tbody>tr', 'tr>td', 'tr>td', 'tbody>tr', 'tr>td']);
    expect(shape('<div><span>x</div></span><p>y')).toEqual(['div', 'div>span', 'p']);
    // A cell outside any table is no cell at all.
    expect(shape('<td><div>x</div></div></td>')).toEqual(['div']);
  });

  it('skips the text of scripts and styles whole, keeps JSON-LD and the title, and skips comments', () => {
    const doc = parseHtml('<title>A &amp; B</title><script>if (a < b) { document.write("</p>") }</script><style>p{}</style><!-- <p>hidden</p> --><p>shown</p>');
    expect(textContent(findFirst(doc, (e) => e.tag === 'title')!)).toBe('A & B');
    expect(findAll(doc, (e) => e.tag === 'p').map(textContent)).toEqual(['shown']);
    expect(findFirst(doc, (e) => e.tag === 'script')!.children.map((c) => (c.kind === 'text' ? c.text : c.tag))).toEqual(['if (a < b) { document.write("</p>") }']);
  });

  it('reads attributes quoted any way, decodes references in them, and keeps the first of a repeated name', () => {
    const a = findFirst(parseHtml(`<a href="/x?a=1&amp;b=2" class='c d' data-x=bare title="t" title="u" hidden>x</a>`), (e) => e.tag === 'a')!;
    expect(Object.fromEntries(a.attrs.map(({ name, value }) => [name, value]))).toEqual({ href: '/x?a=1&b=2', class: 'c d', 'data-x': 'bare', title: 't', hidden: '' });
    expect(attr(a, 'missing')).toBe('');
    expect(attr(a, 'constructor')).toBe('');
  });

  it('closes SVG elements that close themselves, and nothing in HTML that does not', () => {
    expect(shape('<svg><path d="M0"/><circle/></svg><p>after</p>')).toEqual(['svg', 'svg>path', 'svg>circle', 'p']);
    expect(shape('<div/><p>inside</p>')).toEqual(['div', 'div>p']);
  });

  it('makes control characters in text and attributes inert', () => {
    const doc = parseHtml('<p title="\u001b[2J">a\u001b[31mb&#27;c</p>');
    const p = findFirst(doc, (e) => e.tag === 'p')!;
    expect(textContent(p)).toBe('a^[[31mb^[c');
    expect(attr(p, 'title')).toBe('^[[2J');
  });

  it('normalises line ends: no carriage return reaches the text or an attribute', () => {
    expect(bodyText('<p title="a\r\nb">one\r\ntwo\rthree</p>')).toBe('one\ntwo\nthree');
    expect(attr(findFirst(parseHtml('<p title="a\r\nb">x</p>'), (e) => e.tag === 'p')!, 'title')).toBe('a\nb');
  });

  it('reads the pages our own parser lost or changed: stray quotes in tags, a head without <body>, misnested ends', () => {
    // A quotation mark inside a tag no longer opens a quoted run that swallows the page.
    expect(bodyText('<p><img height="63""> one</p><p>two</p>')).toBe(' onetwo');
    expect(bodyText("<p><a title=it's>one</a></p><p>two's</p>")).toBe("onetwo's");
    // No <body> tag, and a <span> in the head: the span starts the body, as in a browser.
    expect(bodyText('<html><head><title>t</title><span>lead</span><p>story</p>')).toBe('leadstory');
    // </h2> ends an open <h3>: the rest of the page is not a heading.
    expect(shape('<h3>Title</h2><p>text</p>')).toEqual(['h3', 'p']);
    // <span><div>a</span>b: b stays in the div, where a browser shows it.
    expect(shape('<span><div>a</span>b</div>c')).toEqual(['span', 'span>div']);
    expect(bodyText('<span><div>a</span>b</div>c')).toBe('abc');
  });

  it('decodes character references as the standard does: every name, C1 numbers as windows-1252, bare & kept', () => {
    expect(bodyText('Caf&eacute; &mdash; &#8217;&#x2019; &amp;&lt; &#146; &#0;')).toBe('Café — ’’ &< ’ \uFFFD');
    expect(bodyText('&Aring;ngstr&ouml;m &hearts; &copy 2024')).toBe('Ångström ♥ © 2024');
    expect(bodyText('AT&T & M&S: &unknown;')).toBe('AT&T & M&S: &unknown;');
  });

  it('caps depth at 512 as Chromium does: what is deeper follows in document order, every word kept', () => {
    const deep = parseHtml('<div>'.repeat(2000) + 'bottom' + '</div>'.repeat(2000) + '<p>after</p>');
    // The depth of the deepest element: what stands below the 512th is laid out flat, one level down.
    let depth = -1;
    for (let el = findFirst(deep, (e) => e.children.length === 0 && e.tag === 'div'); el; el = el.parent) depth++;
    expect(depth).toBe(MAX_DEPTH + 1);
    expect(textContent(deep)).toBe('bottomafter');
  });

  it("tags named like Object's own members are elements like any other", () => {
    expect(shape('<constructor>a</constructor><toString hasOwnProperty="1">c</toString>')).toEqual(['constructor', 'tostring']);
    // No tag starts with `_`: the standard reads `<__proto__>` as text.
    expect(bodyText('<__proto__>b</__proto__>')).toBe('<__proto__>b');
  });
});

describe('removing elements', () => {
  /** The page as tags and text, for comparing trees. */
  const dump = (el: Element): string => `<${el.tag}>${el.children.map((c) => (c.kind === 'text' ? c.text : dump(c))).join('')}</${el.tag}>`;

  it('removes any set of elements at once as one at a time would, the rest in order', () => {
    const page = '<body><div><p>a</p><p>b<span>c</span></p>d<ul><li>e</li><li>f</li><li>g</li></ul></div><p>h</p></body>';
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }), (picks) => {
        const [one, all] = [parseHtml(page), parseHtml(page)];
        const chosen = (root: Element): Element[] => findAll(root, () => true).filter((_, i) => picks[i]);
        for (const el of chosen(one)) {
          const siblings = el.parent?.children;
          siblings?.splice(siblings.indexOf(el), 1);
        }
        const removed = chosen(all);
        removeAll(removed);
        expect(dump(all)).toBe(dump(one));
        for (const el of removed) expect(el.parent).toBeNull();
      }),
    );
  });
});

describe('character sets', () => {
  it('decodes windows-1252 by its own table: curly quotes, € and dashes, not C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x80, 0x94, 0x20, 0x96, 0x97, 0xe9, 0x81]))).toBe('“€” –—é\u0081');
  });

  it('takes a byte-order mark first, then the HTTP charset, then a <meta> in the first 1024 bytes, then valid UTF-8, then windows-1252', () => {
    const cafe1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]);
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'windows-1252')).toEqual({ text: 'hi', charset: 'utf-8' });
    expect(decodePage(Uint8Array.from([0xff, 0xfe, 0x68, 0x00]), null)).toEqual({ text: 'h', charset: 'utf-16le' });
    expect(decodePage(cafe1252, 'latin1')).toEqual({ text: 'Café', charset: 'windows-1252' });
    expect(decodePage(Buffer.concat([Buffer.from('<meta charset="iso-8859-15">'), Buffer.from([0xa4])]), null).text).toContain('€');
    expect(decodePage(Buffer.from('Café ✓'), null)).toEqual({ text: 'Café ✓', charset: 'utf-8' });
    expect(decodePage(cafe1252, null)).toEqual({ text: 'Café', charset: 'windows-1252' });
    // A page saved as UTF-8 that still declares gb2312: bytes that are no GBK at all, and are UTF-8, read as UTF-8.
    const stale = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>谷歌在2014年收购的人工智能公司开发出一款计算机。</p>');
    expect(decodePage(stale, null)).toEqual({ text: stale.toString('utf8'), charset: 'utf-8' });
    // Bytes that are GBK stay GBK.
    expect(decodePage(Buffer.concat([Buffer.from('<meta charset="gbk">'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4])]), null)).toEqual({ text: '<meta charset="gbk">中文', charset: 'gbk' });
  });

  it('reads the charset from Content-Type and from either form of <meta>', () => {
    expect(charsetParameter('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetParameter('text/html')).toBeNull();
    expect(declaredCharset(Buffer.from('<meta http-equiv="content-type" content="text/html; charset=euc-kr">'))).toBe('euc-kr');
    expect(declaredCharset(Buffer.from(`${' '.repeat(1100)}<meta charset="gbk">`))).toBeNull();
    expect([encodingOf('Latin1'), encodingOf('SJIS'), encodingOf('no-such-charset')]).toEqual(['windows-1252', 'shift_jis', null]);
  });
});

describe('metadata', () => {
  it('takes the publisher’s own title as given, and a <title> less the site’s name', () => {
    expect(readMeta(parseHtml('<title>Story | Site</title><meta property="og:title" content="Story: in full">')).title).toBe('Story: in full');
    expect(headlineOf('Bridge to reopen in May | The Gazette', [])).toBe('Bridge to reopen in May');
    expect(headlineOf('The Gazette - Bridge to reopen in May', [])).toBe('Bridge to reopen in May');
    expect(headlineOf('Short | Site', [])).toBe('Short | Site');
  });

  it('names authors from JSON-LD, else a <meta>, else a byline in the page, without By and the date', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}],"datePublished":"2024-01-02T03:04:05Z"}</script>';
    expect(readMeta(parseHtml(ld))).toMatchObject({ authors: ['Ann Lee', 'Bo Chan'], published: '2024-01-02T03:04:05Z' });
    expect(readMeta(parseHtml('<meta name="author" content="By Jo Ruiz">')).authors).toEqual(['Jo Ruiz']);
    expect(readMeta(parseHtml('<body><p class="byline">By Nathan Willis March 25, 2015</p></body>')).authors).toEqual(['Nathan Willis']);
    expect([nameInByline('devindra'), nameInByline('Last Updated: January 7, 2025'), nameInByline('肖春芳')]).toEqual([null, null, '肖春芳']);
  });

  it('prefers the publisher’s own time zone for the same moment, so the date is the one it printed', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}</script><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">';
    expect(readMeta(parseHtml(html)).published).toBe('2017-02-23T17:18:13-08:00');
  });
});

describe('the dateline', () => {
  it.each([
    ['BAKU: Azerbaijan has denied…', 'BAKU'],
    ['LONDON — The government said…', 'LONDON'],
    ['WASHINGTON (Reuters) - The Senate…', 'WASHINGTON'],
    ['SAN JOSÉ, Costa Rica — A quake…', 'SAN JOSÉ, Costa Rica'],
    ['NEW YORK, N.Y. — Markets…', 'NEW YORK, N.Y.'],
  ])('reads %j as %j', (lead, dateline) => expect(datelineOf(lead)).toBe(dateline));

  it.each(['The minister: we will act', 'Update: the bridge is open', 'I — like many — waited', 'A: yes'])('finds none in %j', (lead) => expect(datelineOf(lead)).toBeNull());
});

describe('a page as Markdown', () => {
  /** Plain text of a page, and of the Markdown --markdown saves for it, read back. */
  async function bothWays(html: string): Promise<[string, string]> {
    const page = readPage(html, { url: 'https://example.com/story', file: null });
    if (page === null) return ['', ''];
    const article = await loadArticle({ markdown: '', name: 'page' });
    const fromPage = { ...article, form: 'html' as const, meta: page.meta, tokens: page.tokens, sections: [] };
    const saved = renderMarkdown(fromPage);
    return [renderPlain(fromPage), renderPlain(await loadArticle({ markdown: saved, name: 'page' }))];
  }

  it('the news fixture reads back from its Markdown as the same text', async () => {
    const [page, saved] = await bothWays((await import('node:fs')).readFileSync(fixture('web/news.html'), 'utf8'));
    expect(page).toContain('The Harbour Bridge will reopen');
    expect(saved).toBe(page);
  });

  it('escapes whatever text would read as Markdown: a property test over text full of syntax', async () => {
    const piece = fc.constantFrom('word', ' ', '*', '**', '_', '`', '[', ']', '(', ')', '<', '>', '#', '- ', '+ ', '1. ', '2) ', '|', '~', '&', '&amp;', '\\', '!', '---', '===', 'https://example.com/a_b*c', '<b>', '</b>', '<i>', '</i>', '<code>', '</code>', '<br>', '<a href="https://x.org/p">', '</a>');
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 3 }), async (paragraphs) => {
        const body = paragraphs.map((p) => `<p>${p} and enough words to make it read as a sentence of running prose here.</p>`).join('');
        const [page, saved] = await bothWays(`<html><body><article>${body}</article></body></html>`);
        expect(saved).toBe(page);
      }),
      { seed: 20261201, numRuns: 400 },
    );
  });
});

describe('hostile and broken pages', () => {
  it('never throw, whatever the markup: random tag soup, unclosed quotes, stray end tags, references', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<a href="', '">', '</a>', '<table><tr><td>', '</td>', '<li>', '<ul>', '</ul>', '<script>', '</script>', '<!--', '-->', '<br>', '&amp;', '&#', '&zz;', '"', "'", '<', '>', '/', 'text words', ' ', '\u001b[31m', '<h2>', '</h2>', '<pre>', '<img alt="a b c" src="x.png">', '<svg><path/>', '<![CDATA[', ']]>', '<?xml?>', '<constructor>', '</constructor>', '<toString>', '<b hasOwnProperty="1">', '<cite>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const page = readPage(parts.join(''), { url: null, file: null });
        if (page !== null) expect(Array.isArray(page.tokens)).toBe(true);
      }),
      { seed: 20261201, numRuns: 1000 },
    );
  });
});

// Categories of misses found on web-readability's pages (scored against Readability's own
// extractions), each on a page of our own.
describe('what a story is made of', () => {
  /** The plain text kara-news reads from a page. */
  const story = (html: string): string => {
    const page = readPage(html, { url: 'https://example.com/story', file: null });
    return page === null ? '' : renderPlain({ ...loadedFrom(page) });
  };
  /** A page's tokens as an article renderPlain takes. */
  const loadedFrom = (page: NonNullable<ReturnType<typeof readPage>>) => ({ name: 'page', origin: 'file' as const, form: 'html' as const, meta: page.meta, tokens: page.tokens, sections: [], pages: [], words: 0, warnings: [], prebuilt: false });
  const sentence = 'The council met on Tuesday evening and voted to reopen the old bridge, which has been closed since the spring floods damaged its piers.';

  it('keeps a linked name in a sentence, though it is wrapped in a span that is all link', () => {
    const text = story(`<body><nav><span><a href="/a">Home</a></span> <span><a href="/b">World</a></span></nav><article><p>${sentence}</p><p>Engineers from <span><a href="/firm">Halvorsen Partners</a></span> said the work would take six weeks, and that traffic would be light.</p></article></body>`);
    expect(text).toContain('Engineers from Halvorsen Partners said the work');
    expect(text).not.toContain('Home');
  });

  it('keeps a paragraph that cites a hashtag or a post; drops a short "follow us" line', () => {
    const text = story(`<body><article><p>${sentence}</p><p>Residents shared photos under <a href="https://twitter.com/hashtag/BridgeDay">#BridgeDay</a> as the first cars crossed.</p><p>Follow us on <a href="https://twitter.com/thepaper">Twitter</a>.</p></article></body>`);
    expect(text).toContain('Residents shared photos under #BridgeDay as the first cars crossed.');
    expect(text).not.toContain('Follow us');
  });

  it('reads a story written in short Chinese lines with spaces for pauses, not the comments under it', () => {
    const line = (n: number): string => `<p>第${n}天我們沿著山路慢慢走進營地 楓葉已經轉紅了 整片山谷都是金黃色的樹</p>`;
    const comments = Array.from({ length: 8 }, (_, i) => `<li>留言${i}：好漂亮的照片，謝謝分享！下次我們也想去看看，請問營地需要預約嗎？</li>`).join('');
    const text = story(`<body><div class="post">${[1, 2, 3, 4, 5, 6].map(line).join('')}</div><ul class="replies">${comments}</ul></body>`);
    expect(text).toContain('第1天我們沿著山路慢慢走進營地 楓葉已經轉紅了');
    expect(text).toContain('第6天');
  });

  it('keeps sections whose headings link back to the contents, and whose ids are their headings made slugs', () => {
    const section = (id: string, heading: string): string => `<div class="section" id="${id}"><h2><a class="toc-backref" href="#toc-${id}">${heading}</a><a class="headerlink" href="#${id}">¶</a></h2><p>${sentence}</p></div>`;
    const text = story(`<body><div class="document"><h1>Working together</h1><p>${sentence}</p>${section('sharing-with-a-single-developer', 'Sharing with a single developer')}${section('related-work', 'Related work')}</div><div class="related-posts"><p>${sentence.replace('council', 'board')}</p></div></body>`);
    expect(text).toContain('Sharing with a single developer');
    expect(text).toContain('Related work');
    expect(text.match(/The council met/g)).toHaveLength(3);
  });

  it('takes a story spread over containers side by side: its lead and every table', () => {
    const table = (decade: string): string => `<table><tr><th>Film</th><th>About</th></tr>${[1, 2, 3].map((i) => `<tr><td>${decade} film ${i}</td><td>A man wakes each morning to the same day, and must learn, slowly and with many failures, what the day asks of him before it lets him go.</td></tr>`).join('')}</table>`;
    // References whose links outweigh a table's prose: the container scores below one table by its links alone.
    const references = Array.from({ length: 30 }, (_, i) => `<li><a href="/r${i}">The review of film number ${i} in the evening paper</a></li>`).join('');
    const text = story(`<body><div class="content"><p>This list of films features time loops, in which characters live the same period of time again and again until a condition is met.</p>${table('1990s')}${table('2000s')}<ol class="references">${references}</ol></div></body>`);
    expect(text).toContain('This list of films features time loops');
    expect(text).toContain('1990s film 1');
    expect(text).toContain('2000s film 3');
  });
});

// Categories of text that is not the story, found on half of web-aeb's and web-readability's
// pages and checked on the other half, each on a page of our own.
describe('what a story is not', () => {
  const story = (html: string, authors = ''): string => {
    const head = authors ? `<head><meta name="author" content="${authors}"></head>` : '';
    const page = readPage(`<html>${head}<body>${html}</body></html>`, { url: 'https://example.com/story', file: null });
    return page === null ? '' : renderPlain({ name: 'page', origin: 'file', form: 'html', meta: page.meta, tokens: page.tokens, sections: [], pages: [], words: 0, warnings: [], prebuilt: false });
  };
  const p = (n: number): string => `<p>Paragraph ${n}: the council met on Tuesday evening and voted to reopen the old bridge, which has been closed since the spring floods damaged its piers.</p>`;
  const body = [1, 2, 3, 4, 5, 6].map(p).join('');

  it.each([
    ['an English label and its list', '<h3>You may also like...</h3>'],
    ['a label with a colon and a few words', '<p>Filed under: Politics |</p>'],
    ['a German teaser', '<p>Lesen Sie auch: <a href="/other">Die Brücke bleibt bis Mai geschlossen</a></p>'],
    ['a French teaser', '<p>À lire aussi : <a href="/autre">Le pont restera fermé jusqu’en mai</a></p>'],
    ['a Portuguese label', '<p>Leia também</p>'],
    ['an Indonesian label', '<h3>Terkait</h3>'],
    ['a call to subscribe at the end', '<p>Get the Weekly delivered to your door every month. Click here for more information.</p>'],
    ['a picture credit', '<p>Installation views, photos © Example Studio, 2018</p>'],
  ])('leaves out %s', (_, furniture) => {
    const text = story(`<article>${body}${furniture}</article>`);
    expect(text).toContain('Paragraph 6: the council met');
    expect(text.split('\n\n')).toHaveLength(6);
  });

  it('leaves out a reading time and a count of views at the start, in any of several languages', () => {
    for (const line of ['4 min read', 'Lesezeit: 3 Minuten', 'Tempo de leitura: 1 minuto', '12,345 views']) {
      expect(story(`<article><p>${line}</p>${body}</article>`).split('\n\n')).toHaveLength(6);
    }
  });

  it('leaves out a note about the author at the end, by the name the page gives', () => {
    const text = story(`<article>${body}<p>Ann Lee is a reporter who covers city hall and transport for the Paper.</p></article>`, 'Ann Lee');
    expect(text).not.toContain('Ann Lee is a reporter');
    // The same words about someone else are the story.
    expect(story(`<article>${body}<p>Bo Chan is a reporter who covers city hall and transport for the Paper.</p></article>`, 'Ann Lee')).toContain('Bo Chan is a reporter');
  });

  it('reads run-together class names: relatedposts, recirculation and noscript furniture go', () => {
    const text = story(
      `<article><div class="entry">${body}</div><div class="jp-relatedposts"><p>Another story about the bridge and the council, told at length elsewhere on the site.</p></div>` +
        `<p class="slideshow-noscript robots-nocontent">This slideshow requires JavaScript and a long sentence to be weighed as prose here.</p></article>`,
    );
    expect(text).not.toMatch(/Another story|slideshow/);
  });

  it('keeps a post the story embeds, though its box is named social; a video player in an embed box goes', () => {
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real, and the state spent half a million dollars on the campaign.</p>— A Reader (@reader) November 18, 2019</blockquote></div>';
    const video = '<div class="video-embed"><div class="player controls"><p>Wait 1 second to continue.</p></div></div>';
    const text = story(`<article>${p(1)}${tweet}${video}${p(2)}${p(3)}${p(4)}${p(5)}${p(6)}</article>`);
    expect(text).toContain('Yes this is real, and the state spent half a million dollars');
    expect(text).not.toContain('Wait 1 second');
  });

  it('keeps what only looks like furniture: a sports table of players, a tweet in an article widget, a story line that mentions subscribing', () => {
    const rows = [1, 2, 3].map((i) => `<tr class="oddrow player-2020-${i}"><td>${i}</td><td>Driver ${i}</td><td>${4000 - i * 100}</td></tr>`).join('');
    const table = `<table><tr class="colhead"><td>Pos.</td><td>Driver</td><td>Points</td></tr>${rows}</table>`;
    const tweet = '<div class="sdc-article-widget sdc-article-tweet"><blockquote class="twitter-tweet"><p>I cannot thank this man enough for everything he has done for me.</p>— Dele (@dele) November 19, 2019</blockquote></div>';
    const subscribers = '<p>The paper said more than 40,000 readers subscribe to its newsletter about the bridge, which it began when the floods closed it.</p>';
    const text = story(`<article>${p(1)}${table}${p(2)}${tweet}${subscribers}${p(3)}${p(4)}${p(5)}${p(6)}</article>`);
    expect(text).toContain('Driver 3');
    expect(text).toContain('I cannot thank this man enough');
    expect(text).toContain('readers subscribe to its newsletter');
  });
});
