// The words the quote analysis knows by meaning, not by grammar (the tagger gives that): the verbs
// that report speech, by lemma, with what their content may be; and the words of names, titles,
// organisations and countries, to tell who speaks. Every entry is an ordinary English word; none
// is taken from an article. Tables are Maps: a word of an article (`constructor`) is never a key of Object's.

/** What a cue's content may be, beyond a quotation or a clause (`that …` or bare). */
export interface CueFrame {
  /** The content may be a noun phrase: `denied the allegations`, `called for calm`. */
  readonly object?: boolean;
  /** An addressee may come first: `told reporters (that) …`, `urged residents to …`. */
  readonly addressee?: boolean;
  /** Only with a that-clause or a quotation, never a bare clause or an object (`praised the plan`). */
  readonly thatOnly?: boolean;
}

/** Verbs of saying, writing and reporting, by lemma, with what their content may be. */
const SPEECH: Record<string, CueFrame> = Object.create(null) as Record<string, CueFrame>;
const add = (lemmas: string, frame: CueFrame = {}): void => {
  for (const lemma of lemmas.split(/\s+/).filter(Boolean)) SPEECH[lemma] = frame;
};
add(`say state add note explain emphasize emphasise stress insist argue claim assert affirm maintain contend declare
  announce acknowledge admit suggest predict report reveal recall reply respond write tweet post clarify reiterate
  underline mention observe remark comment concede estimate allege caution complain counter testify disclose hint boast
  lament retort continue conclude agree disagree answer quip joke exclaim shout whisper plead highlight reason
  speculate theorize theorise wonder concur echo repeat restate recount confirm verify attest swear vow pledge
  promise guarantee threaten forecast calculate reckon surmise find show indicate
  determine rule recommend propose`);
// Verbs whose object is itself a claim: `denied the allegations`, `confirmed the reports`. (Not
// `announced the locations`, `promised help`, `admitted refugees`: those objects are things, not claims.)
add('deny affirm confirm acknowledge reiterate', { object: true });
add('tell inform assure reassure remind notify brief urge advise warn ask instruct', { addressee: true });
// Verbs that judge what someone else said or did (`praised the plan`, `rejected the offer`): what
// they say is only a that-clause or a quotation.
add(`dismiss reject refute rebut contradict dispute challenge defend justify accuse blame criticize criticise condemn
  praise welcome applaud thank apologize apologise protest describe characterize characterise slam assail call label brand dub
  project`, { thatOnly: true });

/** The frame of a cue verb by its lemma, or undefined for a verb that reports no speech. */
export const cueFrame = (lemma: string): CueFrame | undefined => (Object.hasOwn(SPEECH, lemma) ? SPEECH[lemma] : undefined);

/** Lower-case particles inside names: `Anna de Vries`, `Ursula von der Leyen`. */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'der', 'den', 'van', 'von', 'bin', 'al', 'le', 'la', 'ter', 'ten', 'dos', 'das']);

/** Honorifics before a name: `Mr Baird`, `Dr. Ruiz`. */
export const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. mx mx. dr dr. prof prof. sir dame lord lady rev rev. fr fr.'.split(' '));

/** Words of a title in front of a name: `Armenian Prime Minister Nikol Pashinyan`. */
export const TITLE_WORDS = new Set(
  `president vice prime minister foreign defence defense interior finance economy justice health education secretary
  senator sen. sen ombudsman representative rep. rep governor gov. gov mayor chancellor premier king queen prince princess pope
  general gen. gen colonel col. captain capt. lieutenant lt. sergeant sgt. admiral judge justice chief director
  commissioner ambassador spokesman spokeswoman spokesperson chairman chairwoman chair ceo deputy acting former
  state speaker leader opposition party advisor adviser envoy minister-president commander officer superintendent
  inspector detective professor coach manager executive founder head treasurer attorney sheriff councillor councilman
  councilwoman congressman congresswoman lawmaker mp premier archbishop bishop cardinal rabbi imam sheikh emir sultan
  crown first lady transport trade labour labor agriculture energy environment culture communications housing home
  treasury economic development climate science technology digital industry commerce welfare social affairs regional
  city county district federal national senior principal assistant associate general majority minority whip`.split(/\s+/),
);

/** Words that make a capitalised name an organisation. */
export const ORGANISATION_WORDS = new Set(
  `ministry agency council party union association committee commission organization organisation bank company corp
  corp. inc inc. ltd ltd. llc plc group department office police army navy forces government court parliament assembly
  congress senate house university institute news times post reuters afp ap bbc cnn nato un eu who imf opec foundation
  fund network federation league institute authority authorities service services bureau board church club team
  coalition alliance administration cabinet embassy kremlin pentagon ministry prosecutors prosecutor's nations systems
  technologies motors airlines airways holdings industries capital partners labs pharmaceuticals media telecom cross
  crescent observatory watch institute`.split(/\s+/),
);

/** Common nouns for the company an article is about: `the company said`. */
const COMPANY_NOUNS = new Set('company firm group carrier bank maker manufacturer retailer insurer airline lender operator developer startup business conglomerate organisation organization charity'.split(' '));

/** True for a common noun that names a company (`the company`, `the carmaker`: any `-maker`). */
export const isCompanyNoun = (lower: string): boolean => COMPANY_NOUNS.has(lower) || /^[a-z]+maker$/.test(lower);

/** What abbreviated titles stand for, so `the senator` finds `Sen. Maria Alvarez`. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({ 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative', 'gov.': 'governor', gov: 'governor', 'gen.': 'general', 'col.': 'colonel', 'capt.': 'captain', 'lt.': 'lieutenant', 'sgt.': 'sergeant', 'prof.': 'professor', 'dr.': 'doctor', dr: 'doctor' }));

/** Common nouns that stand for an organisation or country already named: `the ministry`, `the nation`. */
export const COUNTRY_NOUNS = new Set(['nation', 'country', 'government', 'state', 'republic']);

/** Countries, to tell a country speaker from a person or organisation. */
export const COUNTRIES = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia
Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau
Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles
Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo
Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia
Zimbabwe`.split(/\s+/);

/** Other names for countries: `Britain said …`. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({ Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', UK: 'United Kingdom', 'U.K.': 'United Kingdom', US: 'United States', 'U.S.': 'United States', USA: 'United States', America: 'United States', Holland: 'Netherlands', Burma: 'Myanmar' }));

/** Multi-word country names, matched before single words. */
export const MULTIWORD_COUNTRIES = ['United States', 'United Kingdom', 'South Korea', 'North Korea', 'South Africa', 'Saudi Arabia', 'New Zealand', 'Sri Lanka', 'Costa Rica', 'El Salvador', 'United Arab Emirates', 'Czech Republic', 'Ivory Coast', 'South Sudan'];

/** Adjectives of nationality, and the country each points to. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Argentine: 'Argentina',
  Armenian: 'Armenia', Australian: 'Australia', Austrian: 'Austria', Azerbaijani: 'Azerbaijan', Azeri: 'Azerbaijan',
  Belarusian: 'Belarus', Belgian: 'Belgium', Brazilian: 'Brazil', British: 'United Kingdom', Bulgarian: 'Bulgaria',
  Canadian: 'Canada', Chilean: 'Chile', Chinese: 'China', Colombian: 'Colombia', Croatian: 'Croatia', Cuban: 'Cuba',
  Czech: 'Czech Republic', Danish: 'Denmark', Dutch: 'Netherlands', Egyptian: 'Egypt', Estonian: 'Estonia',
  Ethiopian: 'Ethiopia', Finnish: 'Finland', French: 'France', Georgian: 'Georgia', German: 'Germany', Greek: 'Greece',
  Hungarian: 'Hungary', Indian: 'India', Indonesian: 'Indonesia', Iranian: 'Iran', Iraqi: 'Iraq', Irish: 'Ireland',
  Israeli: 'Israel', Italian: 'Italy', Japanese: 'Japan', Jordanian: 'Jordan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya',
  Korean: 'South Korea', Latvian: 'Latvia', Lebanese: 'Lebanon', Libyan: 'Libya', Lithuanian: 'Lithuania',
  Malaysian: 'Malaysia', Mexican: 'Mexico', Moldovan: 'Moldova', Moroccan: 'Morocco', Nigerian: 'Nigeria',
  Norwegian: 'Norway', Pakistani: 'Pakistan', Palestinian: 'Palestine', Peruvian: 'Peru', Philippine: 'Philippines',
  Polish: 'Poland', Portuguese: 'Portugal', Qatari: 'Qatar', Romanian: 'Romania', Russian: 'Russia', Saudi: 'Saudi Arabia',
  Serbian: 'Serbia', Slovak: 'Slovakia', Somali: 'Somalia', Spanish: 'Spain', Sudanese: 'Sudan', Swedish: 'Sweden',
  Swiss: 'Switzerland', Syrian: 'Syria', Taiwanese: 'Taiwan', Thai: 'Thailand', Tunisian: 'Tunisia', Turkish: 'Turkey',
  Ukrainian: 'Ukraine', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Yemeni: 'Yemen',
}));

/** Capital cities that news uses for their governments: `Baku said …`. */
export const CAPITALS: ReadonlyMap<string, string> = new Map(Object.entries({
  Baku: 'Azerbaijan', Yerevan: 'Armenia', Moscow: 'Russia', Kyiv: 'Ukraine', Kiev: 'Ukraine', Washington: 'United States',
  Beijing: 'China', London: 'United Kingdom', Paris: 'France', Berlin: 'Germany', Tehran: 'Iran', Ankara: 'Turkey',
  Tokyo: 'Japan', Seoul: 'South Korea', Pyongyang: 'North Korea', Tbilisi: 'Georgia', Minsk: 'Belarus', Damascus: 'Syria',
  Baghdad: 'Iraq', Cairo: 'Egypt', Riyadh: 'Saudi Arabia', Islamabad: 'Pakistan', Kabul: 'Afghanistan', Ottawa: 'Canada',
  Canberra: 'Australia', Warsaw: 'Poland', Rome: 'Italy', Madrid: 'Spain', Budapest: 'Hungary', Belgrade: 'Serbia',
}));
