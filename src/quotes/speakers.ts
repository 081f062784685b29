// Who an article's sources are: the people, organisations and countries it names, every way it
// refers back to them (a surname, a title, `he`, `the company`), and the fullest name and role it
// gives each. Read in article order: a pronoun stands for someone named before it.
import { CAPITALS, COUNTRIES, COUNTRY_ALIASES, COUNTRY_NOUNS, DEMONYMS, HONORIFICS, isCompanyNoun, MULTIWORD_COUNTRIES, ORGANISATION_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon.js';

/** What kind of source an entity is. */
export type EntityKind = 'person' | 'organisation' | 'country';

/** Someone or something the article names. */
export interface Entity {
  readonly kind: EntityKind;
  /** The fullest name the article gives. */
  name: string;
  /** The role the article gives it (a title before the name, or an appositive), if any. */
  role: string | null;
  /** When it was last a subject or a speaker (for pronouns), and last mentioned at all. */
  salience: number;
  lastSeen: number;
  mentions: number;
}

/** A source as resolved: an entity, or the words of one the article does not name (`Analysts`, `a senior official`). */
export type Speaker = { readonly entity: Entity } | { readonly unnamed: string };

const COUNTRY_SET = new Set(COUNTRIES);

/** The country a name, alias, demonym or capital points to, or null. */
export function countryOf(name: string): string | null {
  if (COUNTRY_SET.has(name) || MULTIWORD_COUNTRIES.includes(name)) return name;
  return COUNTRY_ALIASES[name] ?? DEMONYMS[name] ?? CAPITALS[name] ?? null;
}

/** True for a word of a title or an honorific before a name (`Prime`, `Minister`, `Dr.`, `Sen.`). */
export const isTitleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || lower in TITLE_ABBREVIATIONS;
};

/** The kind of a name: a country, an organisation (by its words, or an acronym), else a person. */
function kindOf(name: string): EntityKind {
  if (countryOf(name)) return 'country';
  const words = name.split(/\s+/);
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''))) || /^[A-Z][A-Z.&]+$/.test(name) || /\b(?:of|for|and)\b/.test(name)) return 'organisation';
  return 'person';
}

/** Pronouns that stand for a source named before, by what they may stand for. */
const PRONOUN_KINDS: Record<string, readonly EntityKind[]> = { he: ['person'], she: ['person'], they: ['organisation', 'person', 'country'], it: ['organisation', 'country'] };

/** The people, organisations and countries of one article, as it is read. */
export class Registry {
  private readonly entities: Entity[] = [];
  /** A clock of sentences read: salience and mentions are times on it. */
  private clock = 0;
  /** The last group named as a subject by a plural common noun (`the scientists`), which `they` may mean. */
  private group: { readonly words: string; readonly at: number } | null = null;

  /** Moves the clock on: a new sentence. */
  tick(): void {
    this.clock++;
  }

  /**
   * Records a name the article gives (`Hikmet Hajiyev`, `Boudreau`, `the World Bank`), with a
   * role when one stands beside it; returns its entity. A shorter name of one already met (a
   * surname) is that entity; a longer one makes the entity's name fuller.
   */
  name(words: readonly string[], role: string | null = null, organisation = false): Entity {
    const name = words.join(' ');
    // A person's surname is the person, though it names a country or a city too (`Valeska Paris` … `Paris claims`).
    const person = this.entities.find((e) => e.kind === 'person' && e.name.endsWith(` ${name}`));
    const country = person ? null : countryOf(name);
    const full = country ?? name;
    let entity = this.find(full);
    if (entity === null) {
      entity = { kind: country ? 'country' : organisation ? 'organisation' : kindOf(full), name: full, role: null, salience: -1, lastSeen: this.clock, mentions: 0 };
      this.entities.push(entity);
    } else if (full.length > entity.name.length && full.endsWith(entity.name) && entity.kind === 'person') entity.name = full;
    if (role !== null && (entity.role === null || role.length > entity.role.length)) entity.role = role;
    entity.lastSeen = this.clock;
    entity.mentions++;
    return entity;
  }

  /** The entity a name refers to: the same name, a surname of it, or one it is a fuller form of; null for none. */
  private find(name: string): Entity | null {
    const lower = name.toLowerCase();
    let best: Entity | null = null;
    for (const e of this.entities) {
      const other = e.name.toLowerCase();
      const same = other === lower || (e.kind === 'person' && (other.endsWith(` ${lower}`) || lower.endsWith(` ${other}`)));
      if (same && (best === null || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /** Notes that an entity is a sentence's subject or a statement's speaker: a pronoun next may stand for it. */
  spoke(entity: Entity): void {
    entity.salience = this.clock;
  }

  /** Notes a group named by a plural common noun as a subject (`the scientists`), for `they`. */
  groupSpoke(words: string): void {
    this.group = { words, at: this.clock };
  }

  /** The entity a pronoun stands for: the most salient of the kinds it may mean, named lately; null for none. */
  pronoun(pronoun: string): Speaker | null {
    const lower = pronoun.toLowerCase();
    const kinds = PRONOUN_KINDS[lower];
    if (!kinds) return null;
    if (lower === 'they' && this.group && this.clock - this.group.at <= 3) return { unnamed: this.group.words };
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (!kinds.includes(e.kind) || this.clock - e.lastSeen > 8) continue;
      const score = (e.salience >= 0 ? e.salience * 2 : 0) + e.lastSeen;
      const bestScore = best === null ? -1 : (best.salience >= 0 ? best.salience * 2 : 0) + best.lastSeen;
      if (score > bestScore) best = e;
    }
    return best === null ? null : { entity: best };
  }

  /**
   * The entity a common noun phrase stands for, if the article has named it: `the minister` for the
   * person whose role says minister, `the company` for the organisation named last, `the country`
   * for the country named most; null when it names no one the article has.
   */
  commonNoun(head: string): Entity | null {
    const lower = head.toLowerCase();
    if (lower.endsWith('s') && !TITLE_WORDS.has(lower) && !COUNTRY_NOUNS.has(lower)) return null;
    const role = TITLE_ABBREVIATIONS[lower] ?? lower;
    const latest = (test: (e: Entity) => boolean, rank: (e: Entity) => number = (e) => e.lastSeen): Entity | null =>
      this.entities.filter(test).reduce<Entity | null>((a, e) => (a === null || rank(e) > rank(a) ? e : a), null);
    if (COUNTRY_NOUNS.has(lower)) return latest((e) => e.kind === 'country', (e) => e.mentions * 1000 + e.lastSeen);
    if (isCompanyNoun(lower)) return latest((e) => e.kind === 'organisation');
    if (!TITLE_WORDS.has(role)) return null;
    // A role's abbreviated titles count as written out: `Sen.` is a senator.
    const says = (text: string): boolean => text.split(/\s+/).some((w) => (TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w.toLowerCase()) === role);
    return latest((e) => e.kind === 'person' && e.role !== null && says(e.role));
  }

  /** Counts a country's mention by a demonym or capital (`Azerbaijani`), which makes it the country an article is about. */
  countCountry(country: string): void {
    this.name([country]);
  }
}
