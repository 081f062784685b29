// Whether a run of words reads as a clause of its own (a subject, then a finite verb): the test that
// lets a cue take its content without `that` (`said the bridge would reopen`) and no other words
// (`said on Monday`, `found the body in the river`). No tagger: closed word classes and word shapes.
import { startsUpper } from '../text/chars.js';
import { cueLemma } from './cues.js';
import { SUBORDINATORS } from './lexicon.js';

/** A word of a sentence, as the clause test sees it. */
export interface ClauseWord {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly text: string;
  readonly lower: string;
}

/** Auxiliaries and modals: a subject followed by one of these is a clause. */
const FINITE = new Set('is are was were am has have had will would can could may might must should shall does did do won\'t can\'t isn\'t wasn\'t hasn\'t haven\'t hadn\'t doesn\'t didn\'t wouldn\'t couldn\'t'.split(' '));

/** Past tenses that are not made with -ed. */
const IRREGULAR_PASTS = new Set(
  `became began bought brought built caught chose came cut drove fell felt fought found gave got grew heard held hit hurt kept
  knew led left let lost made meant met paid put ran rose said sat saw sent set shut sold spent spoke stood struck taught thought
  threw told took understood went won wore wrote`.split(/\s+/),
);

/** Words ending in -ed that are not past tenses. */
const NOT_PASTS = new Set('need speed seed bed red shed hundred kindred sacred naked wicked rugged ragged beloved bred breed greed creed deed weed steed indeed'.split(' '));

/** Present tenses common after a singular subject (the -s form is too often a plural noun to take on its shape). */
const PRESENT_S = new Set('seems remains needs wants plans means makes takes gives continues appears lacks faces poses looks expects intends hopes knows believes thinks works stands exists depends includes involves requires'.split(' '));

/** Words ending in -ly that are not adverbs: nouns and adjectives (`family`, `ally`, `likely`). */
const NOT_ADVERBS = new Set('family ally rally supply reply assembly anomaly monopoly belly bully jelly lily folly holly italy july elderly friendly likely unlikely lonely lovely deadly costly daily weekly monthly yearly holy ugly silly early only'.split(' '));

/** True when a lower-case word is an adverb by shape (`vehemently`), not a noun that ends so (`family`). */
export function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !NOT_ADVERBS.has(word) && !startsUpper(word);
}

/** Prepositions that may join a subject's noun phrase: `reduction of crop yields by 2050`. */
const PHRASE_PREPOSITIONS = new Set('of in for from at on with by to across among between within about over under than'.split(' '));

/** Words that never open a subject: prepositions, conjunctions, relatives and the infinitive marker. */
const NOT_OPENERS = new Set('out up off down away back themselves himself herself itself myself ourselves yourself yourselves to of in on at by for from with without into onto over under after before during since until while as because although though if unless whether where when which who whom whose why how and or but nor so yet than via per against'.split(' '));

/** Words that open a clause and need no noun after them: `what began as …`, `how it works`. */
const CLAUSE_OPENERS = new Set(['what', 'how', 'why', 'whether', 'if', 'who', 'there', 'here']);

/** Subject pronouns. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'nobody', 'everyone', 'someone', 'none']);

/** Words before a noun phrase that quantify it: `about 300 jobs`, `only a quarter of citizens`. */
const PRE_QUANTIFIERS = new Set('about around nearly almost some roughly approximately only just at least more fewer less than up over'.split(' '));

/** True when a word is a finite verb by form: an auxiliary, a past tense, a cue, a common -s present. */
export function isFiniteVerb(w: ClauseWord | undefined): boolean {
  if (!w || w.kind !== 'word') return false;
  const lower = w.lower;
  if (startsUpper(w.text) && w.text !== 'I') return false;
  if (FINITE.has(lower) || IRREGULAR_PASTS.has(lower) || PRESENT_S.has(lower)) return true;
  if (/^[a-z]{2,}ed$/.test(lower) && !NOT_PASTS.has(lower)) return true;
  const lemma = cueLemma(lower);
  return lemma !== undefined && lemma !== lower;
}

/** Past participles that are also past tenses: after a noun and before a preposition they may open a reduced relative (`a statement made on his blog`). */
const isParticipleForm = (lower: string): boolean => IRREGULAR_PASTS.has(lower) || /ed$/.test(lower);

/** Words a verb may be followed by; a bare content word after an -ed form makes it an adjective (`bloodied bodies`). */
const AFTER_VERB = new Set('the a an his her its their our my your this that these those to in on at by for from with of as up down out off back into onto over and but or not no than so some all every each any more most many much few little there here it him them us me what how why who which whether if'.split(' '));

/** Relatives: a noun phrase with one in it is not a clause's plain subject. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * True when words[from..to] read as a clause: a subject (a pronoun, `there`, a wh-word, or a noun
 * phrase of up to a dozen words, prepositional phrases included), any adverbs, then a finite verb.
 */
export function opensClause(words: readonly ClauseWord[], from: number, to: number): boolean {
  let i = from;
  // `over 345 pilgrims`, `about 300 jobs`: a quantifier before a number.
  while (i < to && words[i]?.kind === 'word' && PRE_QUANTIFIERS.has(words[i]!.lower) && /^(?:\d|a$|an$|half$|one$|two$|three$|a$)/.test(words[i + 1]?.text ?? '')) i++;
  const first = words[i];
  if (!first) return false;
  if (first.kind === 'quote') return true;
  if (first.kind !== 'word') return false;
  // `although temperature and ozone are known to …, “nobody has looked”`: a subordinate clause first.
  if (SUBORDINATORS.has(first.lower)) return opensClause(words, i + 1, to);
  if (NOT_OPENERS.has(first.lower) && !CLAUSE_OPENERS.has(first.lower)) return false;
  if (CLAUSE_OPENERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower)) {
    for (let k = i + 1; k <= Math.min(to, i + 6); k++) if (isFiniteVerb(words[k])) return true;
    return false;
  }
  while (i <= to && words[i]?.kind === 'word' && PRE_QUANTIFIERS.has(words[i]!.lower)) i++;
  // The noun phrase: words that are not verbs, up to a dozen, through prepositions, `and`, quoted
  // words and an aside in commas (`John Kerry, the Secretary of State,`); then its verb. An -ed form
  // before a preposition may be a reduced relative instead (`the boat rescued on Friday was …`): a
  // later verb is preferred, and it is the verb if none comes.
  const phraseStart = i;
  let fallback = false;
  let asides = 0;
  for (; i <= to && i - phraseStart < 16; i++) {
    const w = words[i]!;
    if (w.kind === 'quote') continue;
    if (w.kind === 'punct') {
      if (/['’%&-]/.test(w.text)) continue;
      const close = w.text === ',' && asides === 0 ? asideEnd(words, i, to) : -1;
      if (close < 0) return fallback;
      asides++;
      i = close;
      continue;
    }
    if (RELATIVES.has(w.lower) || w.lower === 'that') return fallback;
    if (!isFiniteVerb(w) && !presentAfterName(words, phraseStart, i)) continue;
    const previous = words[i - 1];
    if (i === phraseStart) return fallback;
    // After a determiner or a preposition a verb's form is a noun's: `the works`, `of plans`.
    if (previous?.kind === 'word' && (PHRASE_PREPOSITIONS.has(previous.lower) || /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those)$/.test(previous.lower))) continue;
    if (previous?.kind === 'word' && /^(?:and|or)$/.test(previous.lower)) return fallback;
    const next = words[i + 1];
    const nextWord = next?.kind === 'word' ? next : null;
    const regularPast = /ed$/.test(w.lower) && !IRREGULAR_PASTS.has(w.lower) && !FINITE.has(w.lower);
    if (regularPast && nextWord && !startsUpper(nextWord.text) && !/^\d/.test(nextWord.text) && !AFTER_VERB.has(nextWord.lower) && !isAdverb(nextWord.lower) && !/ing$/.test(nextWord.lower)) continue;
    if (isParticipleForm(w.lower) && nextWord && PHRASE_PREPOSITIONS.has(nextWord.lower)) {
      fallback = true;
      continue;
    }
    return true;
  }
  return fallback;
}


/** Where an aside that opens with the comma at i closes (`, the Secretary of State,`), or -1: a lower-case or `the` opener, words only, a comma within ten. */
function asideEnd(words: readonly ClauseWord[], i: number, to: number): number {
  const opener = words[i + 1];
  if (opener?.kind !== 'word' || (startsUpper(opener.text) && !/^(?:The|A|An)$/.test(opener.text))) return -1;
  if (words[i - 1]?.kind !== 'word' || !startsUpper(words[i - 1]!.text)) return -1;
  for (let k = i + 2; k <= Math.min(to - 1, i + 11); k++) {
    const w = words[k]!;
    if (w.kind === 'punct') return w.text === ',' ? k : -1;
    if (w.kind !== 'word') return -1;
  }
  return -1;
}

/** Capitalised words at a sentence's start that are no name: `Many residents`, `Some officials`. */
const NOT_NAMES = new Set('the a an many most some several all both each every this that these those his her its their our my your no other such few'.split(' '));

/** `Alia Salem said Mohamed wishes to …`: a lower-case -s word straight after a subject that is only a name. */
function presentAfterName(words: readonly ClauseWord[], from: number, i: number): boolean {
  const w = words[i]!;
  if (i === from || !/^[a-z]{3,}[^s']s$/.test(w.text)) return false;
  for (let k = from; k < i; k++) if (words[k]!.kind !== 'word' || !startsUpper(words[k]!.text) || NOT_NAMES.has(words[k]!.lower)) return false;
  return true;
}
