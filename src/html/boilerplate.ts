// What on a page is never the article: scripts and forms, hidden elements, navigation, and the
// furniture news sites wrap around a story (share bars, related links, newsletter boxes, ads,
// comments), told by tag, by ARIA role, and by the words in class names and ids.
import { attr, findAll, findFirst, hasAttr, removeAll, textContent, type Element } from './dom.js';
import type { Measures } from './measure.js';

/** Elements that never hold article text: code, media, form controls, the document's head. */
const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'canvas', 'object', 'embed', 'applet', 'video', 'audio',
  'map', 'button', 'input', 'select', 'option', 'textarea', 'label', 'dialog', 'head', 'link', 'meta', 'base',
]);

/** Elements of page furniture by their tag: navigation, asides, footers, menus. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'figcaption']);



/** ARIA roles of page furniture. */
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|tablist|dialog|alertdialog|alert|status|marquee|timer)$/;

/**
 * Words that name page furniture in a class or id. Matched against each class name and the id,
 * split into words (`share-bar`, `relatedStories`, `ad_slot` all match), never inside a word.
 */
const FURNITURE_WORDS = new Set(
  `share sharing sharer social socials sociallinks addthis sharedaddy related relateds recommended recommendations recirc outbrain taboola
  newsletter newsletters subscribe subscription signup promo promos promotion advert adverts advertisement advertising ads ad adsense adslot
  dfp gpt sponsor sponsored sponsors comment comments commenting disqus replies cookie cookies consent gdpr cmp breadcrumb breadcrumbs
  byline bylines author authors timestamp timestamps dateline caption captions credit credits figcaption tags tag taglist keywords topics
  pagination pager paging toolbar popup modal overlay lightbox sidebar widget widgets masthead banner footer header nav navbar navigation
  menu skip print rating ratings more-stories trending popular mostread most-read most-popular readmore read-more also-read see-also
  next-article prev-article paywall piano tp-modal login signin sign-in register meta metadata dateline-info follow rss feed sticky
  teaser teasers noscript nocontent notification notifications postinfo postmeta entry-meta post-meta bio biography about-author
  anzeige werbung kommentar kommentare teilen empfehlung empfehlungen pub publicite publicidad publicidade comentarios commentaires
  videoplayer jwplayer vjs controls`.split(/\s+/),
);

/**
 * Furniture words sites run together with another (`relatedposts`, `socialshare`, `recirculation`,
 * `newsletterSignup`): a word of a class name that starts with one of these names furniture too.
 */
const FURNITURE_PREFIXES = ['related', 'recirc', 'sharing', 'social', 'newsletter', 'subscri', 'advert', 'sponsor', 'cookie', 'trending', 'recommend', 'outbrain', 'taboola', 'disqus', 'breadcrumb', 'pagination', 'teaser'];

/** True when a word of a class name is a furniture word, or starts with one of the names run together with another. */
const isFurnitureWord = (word: string): boolean => FURNITURE_WORDS.has(word) || FURNITURE_PREFIXES.some((p) => word.startsWith(p));

/** Class names and ids of the article's own text, which furniture words inside them do not override. */
const CONTENT_NAME = /(?:^|[-_ ])(?:article|story|entry|post|blog|main|content|text|body|rich|prose|markdown)(?:[-_ ]?(?:body|content|text|copy|main|inner|wrapper|container|column))?(?:$|[-_ ])/i;

/** Class names of a post embedded in the story (a tweet, an Instagram or TikTok post), which a story quotes: content, whatever else the names say. */
const EMBED_NAME = /^(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed)$|^(?=.*embed)(?=.*(?:social|twitter|tweet|instagram|tiktok|facebook)).*$/i;

/** The words of a class name or id: split at hyphens, underscores and lower-to-upper case changes. */
function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a class name or id names page furniture: a furniture word, or two words of one (`read-more`). */
function namesFurniture(name: string): boolean {
  const known = furnitureNames.get(name);
  if (known !== undefined) return known;
  const ws = words(name);
  let found = false;
  for (let i = 0; i < ws.length && !found; i++) {
    if (isFurnitureWord(ws[i]!) || (i + 1 < ws.length && FURNITURE_WORDS.has(`${ws[i]}-${ws[i + 1]}`))) found = true;
  }
  // A page repeats its class names on thousands of elements: each is split into words once.
  if (furnitureNames.size >= 10_000) furnitureNames.clear();
  furnitureNames.set(name, found);
  return found;
}

/** What namesFurniture said of each class name or id met so far. */
const furnitureNames = new Map<string, boolean>();

/** True when an element is hidden from readers: `hidden`, `aria-hidden`, or display or visibility off inline. */
function isHidden(el: Element): boolean {
  if (hasAttr(el, 'hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when an element can never hold the article's text: code, media, form controls, hidden elements. */
function isNeverContent(el: Element): boolean {
  return NEVER_CONTENT.has(el.tag) || isHidden(el);
}

/** Removes, in place, what can never hold the article's text: code, media, form controls, hidden elements. */
export function removeNeverContent(root: Element): void {
  removeAll(findAll(root, isNeverContent));
}

/**
 * True when an element looks like page furniture by its tag, ARIA role, class names or id. Only
 * a look: whole stories have been wrapped in `Page-ad-margins`, `body_overlay` and
 * `article-header`, so the extractor weighs it (html/measure.ts) rather than removing it outright.
 */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tag)) return true;
  const role = attr(el, 'role');
  if (role !== '' && FURNITURE_ROLES.test(role)) return true;
  if (el.tag === 'html' || el.tag === 'body' || el.tag === 'main' || el.tag === 'article') return false;
  const className = attr(el, 'class');
  const id = attr(el, 'id');
  if (className === '' && id === '') return false;
  // An id that would say furniture is first checked against the element's heading (a slug names a section).
  const names = [...className.split(/\s+/), id !== '' && namesFurniture(id) && headingSlug(el, id) ? '' : id].filter(Boolean);
  if (names.length === 0) return false;
  if (attr(el, 'itemprop') === 'articleBody' || names.some((n) => (CONTENT_NAME.test(n) && !namesFurniture(n)) || EMBED_NAME.test(n))) return false;
  return names.some(namesFurniture);
}

/**
 * True when an id is its element's heading made a slug (`id="sharing-with-a-single-developer"`
 * round `<h2>Sharing with a single developer</h2>`, as documentation tools and wikis write them):
 * it names a section, not a role, whatever words the heading has.
 */
function headingSlug(el: Element, id: string): boolean {
  if (!id.includes('-') && !id.includes('_')) return false;
  const heading = findFirst(el, (e) => /^h[1-6]$/.test(e.tag));
  if (!heading) return false;
  const slug = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return slug(textContent(heading)) === slug(id);
}

/** The share of the story's prose beyond which an element inside it is a wrapper of the story, whatever its name. */
const WRAPPER_SHARE = 0.5;

/** Removes, in place, the page furniture inside the element that holds the story, but for wrappers of most of its prose. */
export function removeFurniture(article: Element, measures: Measures): void {
  const prose = measures.get(article)?.prose ?? 0;
  removeAll(findAll(article, isFurniture).filter((el) => (measures.get(el)?.prose ?? 0) <= WRAPPER_SHARE * prose));
}
