// The words that report what someone said, wrote or found, by lemma: every form a news sentence
// uses (say, says, said, saying) is made from the lemma, so the lexicon lists each verb once.
// Every entry is an ordinary English word; none is taken from an article.

/** What a cue's content may be, beyond a quotation or a clause (`that …` or bare). */
interface CueFrame {
  /** The content may be a noun phrase: `denied the allegations`, `called for calm`. */
  readonly object?: boolean;
  /** An addressee may come first: `told reporters (that) …`, `urged residents to …`. */
  readonly addressee?: boolean;
  /** Only with a that-clause or a quotation, never a bare clause or an object (`praised the plan`). */
  readonly thatOnly?: boolean;
}

/** Verbs of saying, writing and reporting, by lemma, with what their content may be. */
const SPEECH: Record<string, CueFrame> = {};
const add = (lemmas: string, frame: CueFrame = {}): void => {
  for (const lemma of lemmas.split(/\s+/).filter(Boolean)) SPEECH[lemma] = frame;
};
add(`say state add note explain emphasize emphasise stress insist argue claim assert affirm maintain contend declare
  announce acknowledge admit suggest predict report reveal recall reply respond write tweet post clarify reiterate
  underline mention observe remark comment concede estimate allege caution complain counter testify disclose hint boast
  lament retort continue conclude agree disagree answer quip joke exclaim shout whisper plead highlight reason
  speculate theorize theorise wonder concur echo repeat restate recount confirm verify attest swear vow pledge
  promise guarantee threaten forecast calculate reckon surmise find show indicate
  determine rule`);
// Verbs whose object is itself a claim: `denied the allegations`, `confirmed the reports`. (Not
// `announced the locations`, `promised help`, `admitted refugees`: those objects are things, not claims.)
add('deny affirm confirm acknowledge reiterate', { object: true });
add('tell inform assure reassure remind notify brief urge advise warn ask instruct', { addressee: true });
// Verbs that judge what someone else said or did (`praised the plan`, `rejected the offer`): what
// they say is only a that-clause or a quotation.
add(`dismiss reject refute rebut contradict dispute challenge defend justify accuse blame criticize criticise condemn
  praise welcome applaud thank apologize apologise protest describe characterize characterise`, { thatOnly: true });

/** Past tenses (and participles) that are not the lemma + -ed. */
const IRREGULAR_PAST: Record<string, string> = {
  say: 'said', tell: 'told', write: 'wrote', swear: 'swore', find: 'found', show: 'showed', think: 'thought', hold: 'held',
  forecast: 'forecast', read: 'read', speak: 'spoke', teach: 'taught', bring: 'brought', foresee: 'foresaw', withhold: 'withheld',
};

/** Lemmas whose last consonant doubles before -ed and -ing (admitted, regretting). */
const DOUBLING = new Set(['admit', 'regret', 'commit', 'submit', 'omit', 'permit', 'rebut', 'concur', 'refer', 'prefer', 'infer', 'confer', 'quip', 'abet', 'plan', 'stop', 'chat']);

/** The third person singular: says, stresses, replies, echoes. */
function thirdPerson(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return lemma + 'es';
  return lemma + 's';
}

/** The past tense: said, stated, replied, admitted. */
function past(lemma: string): string {
  const irregular = IRREGULAR_PAST[lemma];
  if (irregular) return irregular;
  if (DOUBLING.has(lemma)) return lemma + lemma[lemma.length - 1] + 'ed';
  if (lemma.endsWith('e')) return lemma + 'd';
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ied';
  return lemma + 'ed';
}

/** The present participle: saying, stating, admitting, replying. */
function participle(lemma: string): string {
  if (DOUBLING.has(lemma)) return lemma + lemma[lemma.length - 1] + 'ing';
  if (/[^e]e$/.test(lemma) && lemma !== 'be') return lemma.slice(0, -1) + 'ing';
  return lemma + 'ing';
}

/** Each form of a cue verb, to its lemma. */
const FINITE = new Map<string, string>();
const PARTICIPLES = new Map<string, string>();
for (const lemma of Object.keys(SPEECH)) {
  for (const form of [lemma, thirdPerson(lemma), past(lemma)]) FINITE.set(form, lemma);
  PARTICIPLES.set(participle(lemma), lemma);
}
// `read` takes its content from a statement, letter or sign: `The statement read: "…"`.
FINITE.set('read', 'read').set('reads', 'read');

/** The lemma of a finite cue form (said, says, say, told), or undefined. */
export function cueLemma(word: string): string | undefined {
  return FINITE.get(word);
}

/** True when a cue form is the past participle (`said`, `told`, `asserted`), which a passive uses. */
export function isPastParticiple(word: string): boolean {
  const lemma = FINITE.get(word);
  return lemma !== undefined && past(lemma) === word;
}

/** The lemma of a present participle cue (saying, adding, noting), or undefined. */
export function participleLemma(word: string): string | undefined {
  return PARTICIPLES.get(word);
}

/** True when a cue's content may be a noun phrase: `denied the allegations`. */
export const takesObject = (lemma: string): boolean => SPEECH[lemma]?.object === true;

/** True when a cue may name its addressee before its content: `told reporters …`. */
export const takesAddressee = (lemma: string): boolean => SPEECH[lemma]?.addressee === true;

/** True when a cue's content must be a that-clause or a quotation: `found that …`. */
export const needsThat = (lemma: string): boolean => SPEECH[lemma]?.thatOnly === true || lemma === 'read';
