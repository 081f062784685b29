// The people, organisations and countries an article names, and how later words refer back to them.
import { isFiniteVerb } from './clause.js';
import { isTitleBeforeName } from './sources.js';
import { CAPITALS, CONJUNCTIONS, COUNTRIES, COUNTRY_ALIASES, NAME_PARTICLES, NOT_NAME_START, COUNTRY_NOUNS, DEMONYMS, HONORIFICS, isCompanyNoun, MULTIWORD_COUNTRIES, ORGANISATION_WORDS, SUBORDINATORS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon.js';

/** Adverbs that open sentences, capitalised there, and name nobody (`Shortly`, `Recently`). */
export const OPENING_ADVERBS = new Set('shortly recently finally eventually previously initially subsequently additionally separately similarly ultimately currently consequently accordingly likewise later earlier afterwards afterward instead now then yesterday today tonight nonetheless nevertheless regardless otherwise overall notably importantly interestingly ironically'.split(' '));

/** Words that open a clause, not a role: `While White House press secretary …` is a role after its `While`. */
const ROLE_OPENERS = new Set([...CONJUNCTIONS, ...SUBORDINATORS, 'as', 'when', 'if', 'after', 'before', 'until']);

/** A role that is no role: a clause (`there were 3`, `it said`), words that end on a preposition, or a report (`Reuters reports`). */
const NOT_A_ROLE = /^(?:there|it|this|that|these|those|he|she|they|we|i|you|which)\b|\b(?:after|before|at|in|on|of|to|for|with|by|from|and|or|than|into|about|as|the|a|an|whether|if|what|how|why|when|where|who|which|that)$|^(?:reports?|statements?|data|figures|estimates|analysis|surveys?|study|studies|research|findings|records|says|said|meanwhile|however|also|still|too|instead|then|now|later|again|though|yet)$|\b(?:said|says|told|tells)\b/i;

/** A cue's participle that opens the words after a name (`…, adding mobile marketing pioneer`): not the role's. */
const CUE_PARTICIPLE = /^(?:adding|saying|noting|telling|explaining|stating|arguing|claiming|warning|insisting|writing)\s+/i;

/** A role as the article gives it, without a clause's opening word; null for words that are no role. */
function cleanRole(role: string | null): string | null {
  if (role === null) return null;
  let text = role.trim();
  for (let first = text.split(/\s+/, 1)[0]!; text.includes(' ') && ROLE_OPENERS.has(first.toLowerCase()); first = text.split(/\s+/, 1)[0]!) text = text.slice(first.length).trimStart();
  text = text.replace(CUE_PARTICIPLE, '');
  // `a NASA planetary scientist who`: the relative pronoun opens what follows, not the role.
  text = text.replace(/\s+(?:who|which|that)$/i, '');
  // `sees`: one word that is a verb's form is no role either.
  // `sees`, `represents`, `former`: one word that is a verb's form, a plural or a lone adjective is no role either.
  if (!/\s/.test(text) && (isFiniteVerb({ kind: 'word', text, lower: text.toLowerCase() }) || /^[a-z]+[^s]s$/.test(text) || /^(?:former|current|first|new|late|then|acting)$/i.test(text))) return null;
  return text === '' || NOT_A_ROLE.test(text) ? null : text;
}

/** What kind of speaker an entity is. */
export type EntityKind = 'person' | 'organisation' | 'country';

/** Someone or something the article names, with every way it is referred to. */
export interface Entity {
  readonly kind: EntityKind;
  /** The fullest name the article gives. */
  name: string;
  /** The role the article gives it (title or appositive), if any. */
  role: string | null;
  /** When it was last the subject or speaker of a sentence (for pronouns). */
  salience: number;
  /** When it was last mentioned at all. */
  lastSeen: number;
  /** Times mentioned (countries: demonyms and capitals count). */
  mentions: number;
}

/** A speaker as resolved: an entity, or a phrase the article leaves unnamed. */
export type Speaker = { readonly entity: Entity } | { readonly unnamed: string };

const COUNTRY_SET = new Set(COUNTRIES);

/** The country a name, demonym or capital points to, or null. */
export function countryOf(name: string): string | null {
  if (COUNTRY_SET.has(name) || MULTIWORD_COUNTRIES.includes(name)) return name;
  if (COUNTRY_ALIASES[name]) return COUNTRY_ALIASES[name];
  return DEMONYMS[name] ?? CAPITALS[name] ?? null;
}

/**
 * Splits `Armenian Prime Minister Nikol Pashinyan` or `Union representative Ellen Moss` into the
 * title and the name: the name is what follows the last title word.
 */
export function splitTitle(words: readonly string[]): { title: string[]; name: string[] } {
  let i = 0;
  // Lower-case words before a name are a role, never part of it: `county elections director`.
  while (i < words.length - 1 && /^\p{Ll}/u.test(words[i]!) && !NAME_PARTICLES.has(words[i]!)) i++;
  while (i < words.length - 1) {
    const lower = words[i]!.toLowerCase();
    // A role by its shape counts too (`Seismologist Dr Felipe Leyton`), but not a plural, which may be a surname (`Walters`).
    if (TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || DEMONYMS[words[i]!] !== undefined || isTitleBeforeName(lower)) i++;
    else break;
  }
  const lastTitle = words.findLastIndex((w, k) => k < words.length - 1 && TITLE_WORDS.has(w.toLowerCase()));
  if (lastTitle >= i) i = lastTitle + 1;
  // `NASA's Steve Clarke`, `Steenburgen's co-writer`: what a possessive owns is the name.
  const possessive = words.findLastIndex((w, k) => k < words.length - 1 && /['’]s$/.test(w));
  if (possessive >= i) i = possessive + 1;
  // `Governor of Washington Chris Gregoire`: the place a title is of belongs to the title; the name
  // is the last two words.
  if (i > 0 && /^(?:of|for)$/.test(words[i] ?? '')) i = words.length - i - 1 >= 3 ? words.length - 2 : 0;
  return { title: words.slice(0, i), name: words.slice(i) };
}

/** True when a name reads as an organisation: an organisation word in it, or an acronym. */
function isOrganisation(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) || (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!));
}

/** Keeps track of who the article has named, in reading order, and resolves references to them. */
export class EntityRegistry {
  private readonly entities: Entity[] = [];
  private clock = 0;

  /** Moves reading time forward (once a sentence) so recency can be compared. */
  tick(): void {
    this.clock++;
  }

  /** The current reading time, in sentences. */
  now(): number {
    return this.clock;
  }

  /** Records a capitalised name met in the text; returns its entity, or null for what names nobody. */
  mention(given: readonly string[], givenRole: string | null = null, affiliation: string | null = null, speaks = false): Entity | null {
    const role = cleanRole(givenRole);
    // `Even Mr. Trump’s supporters`: no opener that names nobody, no possessive ending.
    let first = 0;
    while (first < given.length - 1 && (NOT_NAME_START.has(given[first]!.toLowerCase()) || OPENING_ADVERBS.has(given[first]!.toLowerCase()))) first++;
    const words = given.slice(first).map((w, k, all) => (k === all.length - 1 ? w.replace(/['’]s$/, '') : w));
    // `Shortly, claiming …`: an adverb that opens a sentence names nobody.
    if (words.length === 1 && OPENING_ADVERBS.has(words[0]!.toLowerCase())) return null;
    const full = words.join(' ');
    // `Paris claims …` after `Valeska Paris`: a person's surname before the place it also names.
    const person = words.length === 1 ? this.personNamed(full) : null;
    if (person) return this.touch(person);
    const country = countryOf(full);
    if (country) return this.touch(this.find('country', country) ?? this.add('country', country, null));
    const { title, name } = splitTitle(words);
    if (name.length === 0) return null;
    const nameText = name.join(' ');
    const titleRole = cleanRole([title.filter((w) => !HONORIFICS.has(w.toLowerCase())).map((w) => w.replace(/['’]s$/, '')).join(' '), affiliation ?? ''].join(' ').trim() || null);
    const kind: EntityKind = isOrganisation(name) ? 'organisation' : 'person';
    // A person's name is a few words without function words: `Wild Story of How Mary Wrote` is a headline.
    if (kind === 'person' && (name.length > 4 || name.some((w) => /^(?:of|for|and|the|How|What|Why|When)$/.test(w)))) return null;
    const known = this.lookup(name, kind);
    if (known) {
      if (name.length > known.name.split(' ').length && kind === 'person') known.name = nameText;
      // The fullest role the article gives is kept once: `Seismologist` grows to `Seismologist of the University of Chile`.
      const given = role ?? titleRole;
      if (given && (!known.role || (given.length > known.role.length && given.toLowerCase().includes(known.role.toLowerCase())))) known.role = given;
      return this.touch(known);
    }
    // A lone capitalised word that is not a known name, title or organisation names nobody yet,
    // unless it speaks (`“…,” Steenburgen said`): whoever speaks is someone.
    if (kind === 'person' && name.length === 1 && title.length === 0 && !speaks) return null;
    return this.touch(this.add(kind, nameText, role ?? titleRole));
  }

  /** Records an organisation the text names by a common noun or a lone name: `the employers' federation`, `Acme`. */
  organisation(name: string, role: string | null): Entity {
    return this.touch(this.find('organisation', name) ?? this.add('organisation', name, cleanRole(role)));
  }

  /** The person whose surname is this word, if the article has named one. */
  personNamed(surname: string): Entity | null {
    return best(this.entities.filter((e) => e.kind === 'person' && e.name.endsWith(` ${surname}`)), (e) => e.lastSeen);
  }

  /** Counts a country mentioned through a demonym or capital (Azerbaijani, Baku). */
  countCountry(country: string): void {
    this.touch(this.find('country', country) ?? this.add('country', country, null));
  }

  /** Records a name a cue is addressed to (`told Business Insider`): known by name, never the newest for a pronoun. */
  listener(given: readonly string[]): void {
    const seen = new Map(this.entities.map((e) => [e, e.lastSeen]));
    const entity = this.mention(given);
    // Named, so `Smith` later finds `John Smith`; but not just now, so `he` does not stand for who was told.
    if (entity) entity.lastSeen = seen.get(entity) ?? -1;
  }

  /** Marks an entity as the subject or speaker of the current sentence. */
  makeSalient(entity: Entity): void {
    entity.salience = this.clock;
  }

  /** Resolves a pronoun: he/she to the most salient person, it/they to an organisation or country. */
  pronoun(word: string): Entity | null {
    const lower = word.toLowerCase();
    // `they` is an organisation's pronoun in news, rarely a country's (`it`).
    const kinds: EntityKind[] = lower === 'he' || lower === 'she' ? ['person'] : lower === 'it' ? ['organisation', 'country'] : lower === 'they' ? ['organisation'] : [];
    // `they` stands for an organisation only while it is a recent subject or speaker.
    const candidates = this.entities.filter((e) => kinds.includes(e.kind) && (lower !== 'they' || (e.salience >= 0 && this.clock - e.salience <= 6)));
    // A person named in this very sentence (`The steward, Tomasz Wierzbicki, … he says`) before any older subject.
    return best(candidates, (e) => (e.lastSeen === this.clock && kinds[0] === 'person' ? 1e12 : 0) + e.salience * 1000 + e.lastSeen);
  }

  /** Resolves `the nation`, `the ministry`, `the minister` to what the article named, or null. */
  definite(head: string): Entity | null {
    const lower = head.toLowerCase();
    if (COUNTRY_NOUNS.has(lower)) return best(this.entities.filter((e) => e.kind === 'country'), (e) => e.mentions * 1000 + e.lastSeen);
    if (isCompanyNoun(lower)) {
      const companies = this.entities.filter((e) => e.kind === 'organisation');
      return best(companies, (e) => e.salience * 1000 + e.mentions * 10 + (e.name.toLowerCase().includes(lower) ? 1e9 : 0));
    }
    const named = this.entities.filter((e) => e.kind === 'organisation' && e.name.toLowerCase().split(' ').includes(lower));
    const byRole = this.entities.filter((e) => e.role?.toLowerCase().split(/\s+/).some((w) => w === lower || TITLE_ABBREVIATIONS[w] === lower));
    return best([...named, ...byRole], (e) => e.lastSeen);
  }

  /** An entity named by these words (full name, surname, or a name it contains), without recording a mention. */
  lookup(name: readonly string[], kind: EntityKind): Entity | null {
    const text = name.join(' ');
    const exact = this.entities.find((e) => e.name === text);
    if (exact) return exact;
    if (kind === 'person') {
      const last = name[name.length - 1]!;
      // `Patrick Nielsen Hayden` after `Teresa Nielsen Hayden`: one surname, two people (an initial may stand for the first name).
    const sameFirst = (known: string): boolean => {
      const [a, b] = [name[0]!, known.split(' ')[0]!];
      // `de Vries` after `Anna de Vries`: a particle opens the surname, not a first name.
      if (name.length < 2 || known.split(' ').length < 2 || a === b || NAME_PARTICLES.has(a) || NAME_PARTICLES.has(b)) return true;
      return /^\p{Lu}\.?$/u.test(a) || /^\p{Lu}\.?$/u.test(b) || (a[0] === b[0] && (a.endsWith('.') || b.endsWith('.')));
    };
    const bySurname = this.entities.filter((e) => e.kind === 'person' && (e.name.endsWith(` ${last}`) || text.endsWith(` ${e.name}`)) && sameFirst(e.name));
      return best(bySurname, (e) => e.lastSeen);
    }
    return this.entities.find((e) => e.kind === kind && (e.name.includes(text) || text.includes(e.name))) ?? null;
  }

  private find(kind: EntityKind, name: string): Entity | undefined {
    return this.entities.find((e) => e.kind === kind && e.name === name);
  }

  private add(kind: EntityKind, name: string, role: string | null): Entity {
    const entity: Entity = { kind, name, role, salience: -1, lastSeen: this.clock, mentions: 0 };
    this.entities.push(entity);
    return entity;
  }

  private touch(entity: Entity): Entity {
    entity.lastSeen = this.clock;
    entity.mentions++;
    return entity;
  }
}

/** The item with the highest score, or null. */
function best<T>(items: readonly T[], score: (item: T) => number): T | null {
  let top: T | null = null;
  let topScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}
