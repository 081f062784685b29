// Which common nouns can be the source of a statement: people by what they are or do, groups,
// organisations, and what speaks for them (a report, a statement, a website). `The minister said`
// and `officials say` are sources; `a hand recount` and `the light show` are not. Every entry is an
// ordinary English word; none is taken from an article.
import { TITLE_WORDS } from './lexicon.js';

/** Nouns that name a source, singular and plural where the plural is irregular or not -s. */
const SOURCE_NOUNS = new Set(
  `official spokesman spokeswoman spokesperson minister president leader chief head director expert analyst economist
  scientist researcher author police army military navy government ministry department agency authority authorities
  council committee commission board union party team club coalition alliance panel jury court judge prosecutor lawyer
  attorney witness victim survivor resident neighbour neighbor parent mother father son daughter wife husband sister brother
  family families relative child children man men woman women boy girl people person staff crew public crowd community
  company firm group organisation organization charity business bank maker carrier airline operator retailer insurer
  lender developer startup manufacturer regulator watchdog source sources critic opponent supporter campaigner activist
  organiser organizer voter citizen local colleague friend doctor nurse teacher student worker employee employer owner
  manager executive founder chairman chairwoman chair member members senator governor mayor candidate officer soldier
  general commander diplomat envoy ambassador negotiator mediator investigator inspector detective coroner sheriff
  report study survey statement poll research analysis findings paper letter message post tweet blog website site
  newspaper magazine broadcaster channel network outlet agency station document filing ruling verdict decision law
  results data figures estimates records evidence tests test model projections forecast census audit review inquiry
  investigation complaint lawsuit petition memo release announcement notice sign text email note
  country nation state republic administration cabinet parliament congress senate assembly house office embassy
  ministry prosecution defence defense side camp bloc movement network church mosque temple school university college
  hospital clinic institute centre center foundation fund association federation league society individual user poster
  blogger commenter reader viewer listener caller fan player coach referee speaker writer reporter journalist editor`.split(/\s+/),
);

/** Words with a person's ending that name no one: `offers`, `numbers`, `events`. */
const NOT_PEOPLE = new Set(
  `offers others numbers answers letters powers waters centers centres matters orders papers towers layers filters markers
  borders corners chapters characters computers containers headquarters quarters registers barriers sectors factors
  motors mirrors errors colors colours doors floors events accidents incidents contents talents percents plants grants
  restaurants giants consonants elephants number water order matter corner border center centre computer character chapter
  register quarter layer filter marker tower power offer answer error mirror motor color colour door floor sector factor
  weather summer winter dinner river silver`.split(/\s+/),
);

/** Endings of nouns for people by what they do: `protesters`, `the purser`, `economists`, `residents`, `politicians`. */
const PERSON_ENDINGS = /(?:ers|ors|er|or|ists|ist|ians|ian|ants|ents|ees)$/;

/** True when a common noun (the head of a phrase, lower case) can be the source of a statement. */
export function isSourceNoun(head: string): boolean {
  const lower = head.toLowerCase().replace(/['’]s?$/, '');
  if (NOT_PEOPLE.has(lower)) return false;
  if (SOURCE_NOUNS.has(lower) || (lower.endsWith('s') && SOURCE_NOUNS.has(lower.slice(0, -1)))) return true;
  if (lower.endsWith('ies') && SOURCE_NOUNS.has(lower.slice(0, -3) + 'y')) return true;
  return PERSON_ENDINGS.test(lower) && !/(?:ments|ment)$/.test(lower);
}

/** True for a lower-case word of a role: a title (`director`, `co-founder`) or a noun for a person or body. */
export function isRoleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.slice(lower.lastIndexOf('-') + 1)) || isSourceNoun(lower);
}

/**
 * True for a capitalised word before a name that is a role, not a first name: a title, a noun of
 * the lexicon, or an -ist (`Seismologist Dr Ana Soto`). Not by the other endings: `Pieter`, `Brian`.
 */
export function isTitleBeforeName(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (SOURCE_NOUNS.has(lower) && !NOT_PERSON_SOURCES.has(lower)) || (lower.length > 5 && lower.endsWith('ist'));
}

/**
 * Sources that are no person, so no title before a person's name: `Business Insider` is no
 * insider titled `Business`, nor `Cabinet Room` a room.
 */
const NOT_PERSON_SOURCES = new Set(
  `government ministry department agency authority authorities council committee commission board union party team club
  coalition alliance panel jury court company firm group organisation organization charity business bank carrier airline
  retailer insurer lender startup manufacturer regulator watchdog report study survey statement poll research analysis
  findings paper letter message post tweet blog website site newspaper magazine broadcaster channel network outlet station
  document filing ruling verdict decision law results data figures estimates records evidence tests test model projections
  forecast census audit review inquiry investigation complaint lawsuit petition memo release announcement notice sign text
  email note country nation state republic administration cabinet parliament congress senate assembly house office embassy
  prosecution defence defense side camp bloc movement church mosque temple school university college hospital clinic
  institute centre center foundation fund association federation league society public crowd community`.split(/\s+/),
);
