// Paragraphs of a story that are not the story, told by what they say: metadata lines at its
// start or end (bylines, dates, reading times, view counts), labels of other content (`Related`,
// `Read more:`, `Filed under:`, `Lesen Sie auch:`), teasers that are a label and a link, promotions
// (sign-ups, social networks), a note about the author at the end, and markup shown as text.
import type { Token, Tokens } from 'marked';

/** Plain text of inline tokens. */
export function plain(tokens: readonly Token[]): string {
  return tokens.map((t) => ('tokens' in t && Array.isArray(t.tokens) ? plain(t.tokens) : 'text' in t && typeof t.text === 'string' ? t.text : '')).join('');
}

/** A date or a time as a byline writes it: 2019-11-19, 19/11/2019, 2016.12.01, 10:48, Nov 19, 19 November 2019. */
const DATE_OR_TIME = /\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}年\d{1,2}月/i;

/** Words that open a line of metadata rather than of the story: `By`, `Published`, `Updated`, and their like in a few languages. */
const META_LEAD = /^[-–—|•·\s]*(?:by|von|par|por|di|door|de|published|updated|posted|first published|last updated|publicado|atualizado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato)\b/i;

/** A reading time or a count of views, as sites print them by a story (`4 min read`, `Lesezeit: 3 Minuten`, `12,345 views`). */
const READ_TIME_OR_VIEWS =
  /\b\d+\s*(?:min(?:ute)?s?|minutos?|minuten?)\.?\s*(?:read|de lecture|de leitura|de lectura|di lettura|lesezeit|lesen)\b|\b(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tempo de leitura|tiempo de lectura|tempo di lettura)\b|^[\d.,\s]+[kKmM]?\s*(?:views|reads|aufrufe|vues|visualizações|visitas|visualizzazioni|kali dibaca)$/i;

/**
 * True for a line of metadata left in a story: short, and naming its author, opening with `By`
 * or `Published`, giving a date or a time, a reading time or a count of views (`By Justine
 * Coleman - 11/18/19 11:04 PM`, `PUBLISHED: 10:48, Tue, Nov 19, 2019`, `- by 事務所 ／ 2016.12.01`,
 * `Tempo de leitura: 1 minuto`).
 */
function isMetaLine(text: string, authors: readonly string[]): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > 16 || /[.!?]["”’]?$/.test(text.trim()) && words > 6) return false;
  return DATE_OR_TIME.test(text) || META_LEAD.test(text) || READ_TIME_OR_VIEWS.test(text) || authors.some((a) => a.length > 3 && text.includes(a));
}

/**
 * Labels of what is not the story, in the languages news is read in: related and recommended
 * stories, more to read, sharing, tags and categories, comments (`You may also like…`, `Read
 * more:`, `Filed under: Politics |`, `Lesen Sie auch:`, `À lire aussi`, `Leia também`, `Terkait`).
 */
const OTHER_CONTENT_LABEL = new RegExp(
  `^(?:${[
    'related(?: (?:articles?|stories|posts|content|coverage|news|reading|topics))?', 'more(?: (?:stories|news|on this( story| topic)?|from [^:]{1,40}|to read|like this))?', 'read (?:more|next|also|this next)', 'also read', 'see also',
    'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)', 'recommended(?: for you| stories| articles)?', 'trending(?: now| news| stories)?', 'most (?:read|popular|viewed|shared)', 'popular(?: stories| now)?',
    '(?:next|previous) (?:article|story|post)', 'share(?: this(?: (?:article|story|post))?)?', 'like this', 'tags?', 'topics', 'filed under', 'posted in', 'categor(?:y|ies)',
    '(?:\\d+ )?comments?', '(?:leave|post|add) a comment', 'comment on this (?:article|story)', 'advertisement', 'sponsored(?: content)?', 'this slideshow requires javascript',
    'mehr zum thema', 'das könnte sie auch interessieren', 'lesen sie (?:auch|mehr)', 'weitere (?:artikel|themen|nachrichten)', 'weiterlesen', '(?:ähnliche|verwandte) artikel', 'themen', 'schlagworte', 'kommentare', 'teilen', 'anzeige', 'werbung',
    '(?:à )?lire aussi', 'sur le même sujet', 'voir aussi', 'partager', 'commentaires', 'publicité',
    'te puede interesar', 'lee también', 'leia (?:também|mais)', 'veja também', '(?:noticias |notícias )?relacionad[oa]s', 'comentarios', 'comentários', 'compartir', 'compartilhe', 'publicidad', 'publicidade',
    'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'terkait', 'baca juga', 'sukai ini', 'bagikan ini',
  ].join('|')})\\b`,
  'i',
);

/** Punctuation around a label: `» Related:`, `More…`, `Tags |`. */
const LABEL_MARKS = /^[\s»›>|•·*–—-]+|[\s:.…|»›>–—-]+$/g;

/**
 * True for a line that labels other content: a label alone (`Related`, `You may also like...`),
 * or a label, a colon and a few words (`Filed under: Khawarij |`, `Tags: budget, tax`).
 */
function isOtherContentLabel(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').replace(LABEL_MARKS, '');
  if (line === '' || line.split(' ').length > 12) return false;
  const m = OTHER_CONTENT_LABEL.exec(line);
  return m !== null && (m[0].length === line.length || /^\s*:/.test(line.slice(m[0].length)));
}

/** The plain text of inline tokens that is inside links. */
function linkedText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'link' ? plain((t as Tokens.Link).tokens) : 'tokens' in t && Array.isArray(t.tokens) ? linkedText(t.tokens) : '')).join('');
}

/** True for a teaser: a label of other content, a colon, and the linked title of another story (`Lesen Sie auch: <a>…</a>`). */
function isTeaser(text: string, inline: readonly Token[]): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 40 || !OTHER_CONTENT_LABEL.test(text.slice(0, colon).replace(LABEL_MARKS, '').trim())) return false;
  const rest = text.slice(colon + 1).replace(/\s+/g, '');
  return rest.length > 0 && linkedText(inline).replace(/\s+/g, '').length >= 0.6 * rest.length;
}

/** Words that say what a person is or does, after their name in a note about the author (`Ann Lee is a reporter…`). */
const ABOUT_AUTHOR = /^\s*(?:is|was|ist|war|est|es|é|è|covers|writes|reports|has been|has written|,? (?:a|an|the) )/i;

/** True for a note about the story's author: their name, then what they are (`Eric Song is IGN's deal curator…`), or `About the author`. */
function isAuthorNote(text: string, authors: readonly string[]): boolean {
  if (/^about the author\b/i.test(text)) return true;
  return authors.some((a) => a.includes(' ') && text.startsWith(a) && ABOUT_AUTHOR.test(text.slice(a.length)));
}

/**
 * Hosts and paths of links that sign a reader up or send them to a social network's profile or
 * home: promotions, not the story. A link to one post, photo or hashtag is a citation, and stays.
 */
const PROMOTION_LINK = /subscri|newsletter|sign-?up|register|eepurl\.com|list-manage\.com|\/join\b|(?:facebook|instagram|linkedin|pinterest)\.com(?![^?#\s]*\/(?:posts|photos|videos|permalink|p|reel|pin)\/)|(?:twitter|x)\.com\/(?!\w+\/status|hashtag\/|search)|t\.me\/|whatsapp/i;

/** Every link target in inline tokens. */
function linkTargets(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.type === 'link' ? [(t as Tokens.Link).href, ...linkTargets((t as Tokens.Link).tokens)] : 'tokens' in t && Array.isArray(t.tokens) ? linkTargets(t.tokens) : []));
}

/** Unrendered markup in text: a WordPress shortcode (`[button link=…]…[/button]`), or an HTML tag shown as text. */
const MARKUP_TEXT = /^\s*(?:\[\/?[a-z_-]+(?:\s[^\]]*)?\].*|<[a-z]+[\s>][^]*>)\s*$/i;

/**
 * A call to act that closes a promotion, not a story: a `click here` or a code anywhere, or a
 * sentence that opens with a sign-up verb (`Click here for more information`, `Use the code
 * "GETPRO"`, `Subscribe to our newsletter`). A story's own sentence that mentions subscribers is none.
 */
const CALL_TO_ACT =
  /\b(?:click here|tap here|hier klicken|klicken sie hier|cliquez ici|clique aqui|haga clic|haz clic|clicca qui|use (?:the )?code|promo code|coupon code|gutscheincode|code promo)\b|(?:^|[.!?]\s+)(?:subscribe|sign up|join|download|register|abonnieren sie|abonnez-vous|suscr[ií]bete|assine|inscreva-se|iscriviti)\b/i;

/** A line that credits a picture (`Photo: Reuters`, `Foto: dpa`, `… photos © Inexhibit, 2018`), not a line of the story. */
const PICTURE_CREDIT = /^(?:photo|photograph|foto|bild|image|picture|credit|crédit|crédito)s?\s*:|\((?:photo|image|foto|bild)(?: credit)?:|\b(?:photos?|fotos?|images?|bild|bilder|pictures?)\b[^.]{0,60}©|©[^.]{0,60}\b(?:photos?|fotos?|images?|bild|bilder|pictures?)\b/i;

/** How many blocks at a story's end can be what follows a story: labels, notes about the author, promotions. */
const END = 5;

/**
 * Paragraphs of a story that are not the story: metadata lines at its start or end, labels of
 * other content and teasers, promotions (short paragraphs that link to a sign-up or a social
 * network), a note about the author at its end, and markup shown as text. A heading that is a
 * label of other content goes too.
 */
export function withoutFurnitureLines(tokens: Token[], authors: readonly string[]): Token[] {
  const paragraphs = tokens.map((t, i) => (t.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  const edge = new Set([...paragraphs.slice(0, 3), ...paragraphs.slice(-2)]);
  const end = new Set(paragraphs.slice(-END));
  return tokens.filter((t, i) => {
    if (t.type === 'heading') return !isOtherContentLabel(plain((t as Tokens.Heading).tokens));
    if (t.type !== 'paragraph') return true;
    const inline = (t as Tokens.Paragraph).tokens;
    const text = plain(inline).trim();
    if (edge.has(i) && isMetaLine(text.replace(/\s+/g, ' '), authors)) return false;
    if (isOtherContentLabel(text) || isTeaser(text, inline)) return false;
    const words = text.split(/\s+/).length;
    if (end.has(i) && (isAuthorNote(text, authors) || (words <= 40 && CALL_TO_ACT.test(text)))) return false;
    if (words <= 20 && PICTURE_CREDIT.test(text)) return false;
    if (text.length < 400 && words <= 40 && linkTargets(inline).some((href) => PROMOTION_LINK.test(href))) return false;
    return !(text.startsWith('[') || text.startsWith('<')) || !MARKUP_TEXT.test(text);
  });
}

