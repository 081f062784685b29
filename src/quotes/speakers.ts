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
  /** What the article's own words say of a person (`Mr.`, `spokeswoman`), for `he` and `she`; null when they say nothing. */
  gender: 'female' | 'male' | null;
}

/** A source as resolved: an entity, or the words of one the article does not name (`Analysts`, `a senior official`). */
export type Speaker = { readonly entity: Entity } | { readonly unnamed: string };

const COUNTRY_SET = new Set(COUNTRIES);

/** The country a name, alias, demonym or capital points to, or null. */
export function countryOf(name: string): string | null {
  if (COUNTRY_SET.has(name) || MULTIWORD_COUNTRIES.includes(name)) return name;
  return COUNTRY_ALIASES.get(name) ?? DEMONYMS.get(name) ?? CAPITALS.get(name) ?? null;
}

/** True for a word of a title or an honorific before a name (`Prime`, `Minister`, `Dr.`, `Sen.`). */
export const isTitleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || TITLE_ABBREVIATIONS.has(lower);
};

/** The kind of a name: a country, an organisation (by its words, or an acronym), else a person. */
function kindOf(name: string): EntityKind {
  if (countryOf(name)) return 'country';
  const words = name.split(/\s+/);
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''))) || /^[A-Z][A-Z.&]+$/.test(name) || /\b(?:of|for|and)\b/.test(name)) return 'organisation';
  return 'person';
}

/** Words of an honorific or a role that say a person is a woman or a man. */
const FEMALE_WORDS = new Set('mrs mrs. ms ms. miss dame lady queen princess duchess baroness spokeswoman chairwoman congresswoman councilwoman businesswoman sportswoman mother sister daughter wife widow grandmother aunt niece actress'.split(' '));
const MALE_WORDS = new Set('mr mr. sir lord king prince duke baron spokesman chairman congressman councilman businessman sportsman father brother son husband widower grandfather uncle nephew actor'.split(' '));

/** What a role's words say of a person's gender, or null. */
function genderOf(role: string): 'female' | 'male' | null {
  const words = role.toLowerCase().split(/[\s,]+/);
  if (words.some((w) => FEMALE_WORDS.has(w))) return 'female';
  return words.some((w) => MALE_WORDS.has(w)) ? 'male' : null;
}

/** How many sentences back a pronoun may reach for whom it stands for. */
const PRONOUN_REACH = 8;

/** Pronouns that stand for a source named before, by what they may stand for. */
const PRONOUN_KINDS: ReadonlyMap<string, readonly EntityKind[]> = new Map(Object.entries({ he: ['person'], she: ['person'], they: ['organisation', 'person', 'country'], it: ['organisation', 'country'] }));

/** The last word of a name, in lower case: what a surname and a full name share. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** The people, organisations and countries of one article, as it is read. */
export class Registry {
  /** Every entity by its name in lower case, and the people by their last name (for surnames and fuller names). */
  private readonly byName = new Map<string, Entity>();
  private readonly byLastName = new Map<string, Entity[]>();
  /** Entities mentioned lately, for pronouns; countries, organisations, and people with a role, for common nouns. */
  private recent: Entity[] = [];
  private readonly countries: Entity[] = [];
  private readonly withRole = new Set<Entity>();
  private lastOrganisation: Entity | null = null;
  /** A clock of sentences read: salience and mentions are times on it. */
  private clock = 0;
  /** The last group named as a subject by a plural common noun (`the scientists`), which `they` may mean. */
  private group: { readonly words: string; readonly at: number } | null = null;

  /** Moves the clock on: a new sentence. */
  tick(): void {
    this.clock++;
    if (this.recent.length > 64) this.recent = this.recent.filter((e) => this.clock - e.lastSeen <= PRONOUN_REACH);
  }

  /**
   * Records a name the article gives (`Hikmet Hajiyev`, `Boudreau`, `the World Bank`), with a
   * role when one stands beside it; returns its entity. A shorter name of one already met (a
   * surname) is that entity; a longer one makes the entity's name fuller.
   */
  name(words: readonly string[], role: string | null = null, organisation = false): Entity {
    const name = words.join(' ');
    const people = this.byLastName.get(lastWord(name)) ?? [];
    // A person's surname is the person, though it names a country or a city too (`Valeska Paris` … `Paris claims`).
    const country = people.some((e) => e.name.endsWith(` ${name}`)) ? null : countryOf(name);
    const full = country ?? name;
    let entity = this.find(full);
    if (entity === null) {
      entity = { kind: country ? 'country' : organisation ? 'organisation' : kindOf(full), name: full, role: null, salience: -1, lastSeen: this.clock, mentions: 0, gender: null };
      this.byName.set(full.toLowerCase(), entity);
      if (entity.kind === 'person') {
        const namesakes = this.byLastName.get(lastWord(full));
        if (namesakes) namesakes.push(entity);
        else this.byLastName.set(lastWord(full), [entity]);
      }
      if (entity.kind === 'country') this.countries.push(entity);
    } else if (full.length > entity.name.length && full.endsWith(entity.name) && entity.kind === 'person') {
      entity.name = full;
      this.byName.set(full.toLowerCase(), entity);
    }
    if (role !== null && entity.kind === 'person') entity.gender ??= genderOf(role);
    if (role !== null && (entity.role === null || role.length > entity.role.length)) {
      entity.role = role;
      this.withRole.add(entity);
    }
    if (entity.kind === 'organisation') this.lastOrganisation = entity;
    entity.lastSeen = this.clock;
    entity.mentions++;
    if (this.recent[this.recent.length - 1] !== entity) this.recent.push(entity);
    return entity;
  }

  /** The entity a name refers to: the same name, a surname of it, or one it is a fuller form of; null for none. */
  private find(name: string): Entity | null {
    const lower = name.toLowerCase();
    const same = this.byName.get(lower);
    if (same) return same;
    let best: Entity | null = null;
    for (const e of this.byLastName.get(lastWord(lower)) ?? []) {
      const other = e.name.toLowerCase();
      if ((other.endsWith(` ${lower}`) || lower.endsWith(` ${other}`)) && (best === null || e.lastSeen > best.lastSeen)) best = e;
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
    const kinds = PRONOUN_KINDS.get(lower);
    if (!kinds) return null;
    if (lower === 'they' && this.group && this.clock - this.group.at <= 3) return { unnamed: this.group.words };
    let best: Entity | null = null;
    for (const e of this.recent) {
      if (!kinds.includes(e.kind) || this.clock - e.lastSeen > PRONOUN_REACH) continue;
      // `she` is not a man the article calls `Mr.`, nor `he` a spokeswoman.
      if ((lower === 'she' && e.gender === 'male') || (lower === 'he' && e.gender === 'female')) continue;
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
    const role = TITLE_ABBREVIATIONS.get(lower) ?? lower;
    const best = (entities: Iterable<Entity>, rank: (e: Entity) => number): Entity | null => {
      let found: Entity | null = null;
      for (const e of entities) if (found === null || rank(e) > rank(found)) found = e;
      return found;
    };
    if (COUNTRY_NOUNS.has(lower)) return best(this.countries, (e) => e.mentions * 1000 + e.lastSeen);
    if (isCompanyNoun(lower)) return this.lastOrganisation;
    if (!TITLE_WORDS.has(role)) return null;
    // A role's abbreviated titles count as written out: `Sen.` is a senator.
    const says = (text: string): boolean => text.split(/\s+/).some((w) => (TITLE_ABBREVIATIONS.get(w.toLowerCase()) ?? w.toLowerCase()) === role);
    return best([...this.withRole].filter((e) => e.kind === 'person' && says(e.role!)), (e) => e.lastSeen);
  }

  /** Counts a country's mention by a demonym or capital (`Azerbaijani`), which makes it the country an article is about. */
  countCountry(country: string): void {
    this.name([country]);
  }
}
