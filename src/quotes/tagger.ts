// A paragraph's words with their part of speech and lemma, from wink-nlp's English model (a
// tagger trained on real text, MIT, shipped in the package: nothing is fetched; see model.ts).
// Loaded once, on the first paragraph a quote analysis reads; the bundled article's quotes are
// found at build time and never load it.
import winkNLP from 'wink-nlp';
import { englishModel } from './model.js';

/** Universal part-of-speech tags, as the model gives them. */
export type Tag = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A word or mark of a paragraph: what it is and where it stands. */
export interface Token {
  /** As written. */
  readonly text: string;
  readonly lower: string;
  /** Its dictionary form, in lower case (`said` → `say`, `officials` → `official`). */
  readonly lemma: string;
  readonly tag: Tag;
  /** Offsets into the paragraph's text. */
  readonly start: number;
  readonly end: number;
  /** The quotation it stands inside (its index among the paragraph's quote spans), or -1. */
  quote: number;
}

/** The tagger, made on first use. */
let nlp: ReturnType<typeof winkNLP> | null = null;

/** Tags a paragraph: every token with its tag, lemma and offsets (`quote` is -1 until the caller marks quotations). */
export function tagParagraph(text: string): Token[] {
  // Sentences and tags only: negation, sentiment and entities are not asked for.
  nlp ??= winkNLP(englishModel(), ['sbd', 'pos']);
  const { its } = nlp;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as Tag[];
  // wink's types ask its.lemma for the model's add-ons, which out() passes itself.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (tags[i] === 'SPACE') continue;
    // The tokens are the text's own characters, in order: each is found from where the last ended.
    const found = text.indexOf(value, at);
    const start = found >= 0 && found - at < 64 ? found : at;
    const end = Math.min(text.length, start + value.length);
    at = end;
    out.push({ text: text.slice(start, end), lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), tag: tags[i]!, start, end, quote: -1 });
  }
  return correctNames(out);
}

/** Tags a capitalised word inside a sentence may wrongly have, for a name that is also a word (`Cook`, `Hale`, `Mark`). */
const WORD_TAGS = new Set<Tag>(['VERB', 'NOUN', 'ADJ', 'ADV', 'X']);

/** True for a word that opens with a capital and is not all capitals (`Cook`, `McDonald`; not `CEO`, `I`). */
const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text);

/**
 * Names the model takes for common words: a capitalised word inside a sentence, and one that opens
 * a sentence just before a verb (`Cook said`), are names (PROPN). News capitalises little else.
 */
function correctNames(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (!WORD_TAGS.has(t.tag) || !capitalised(t)) return t;
    const before = tokens[i - 1];
    const opens = before === undefined || /^[.!?“"‘«„(:]$/.test(before.text);
    const verbNext = tokens[i + 1]?.tag === 'VERB' || tokens[i + 1]?.tag === 'AUX';
    return !opens || (t.tag === 'VERB' && verbNext && !t.lower.endsWith('ing')) ? { ...t, tag: 'PROPN' } : t;
  });
}
