/** Words between a subject and its cue that do not change who speaks: `has vehemently denied`. */
export const AUXILIARIES = new Set('has have had was is were are also later again previously repeatedly then further would will did does do had already once earlier recently publicly privately separately similarly however'.split(' '));

/** Lower-case particles inside names: `Anna de Vries`, `Ursula von der Leyen`. */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'der', 'den', 'van', 'von', 'bin', 'al', 'le', 'la', 'ter', 'ten', 'dos', 'das']);

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

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

/** Prepositions that open an adverbial, not what was said: `said on a call with analysts`. */
export const PREPOSITIONS = new Set('on in at during after before to from via by late earlier while with without through over for against into as'.split(' '));

/** Conjunctions that join clauses: a word before a subject, never part of it. */
export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet']);

/** Words that open a subordinate clause (`although`, `while`). */
export const SUBORDINATORS = new Set(['although', 'though', 'while', 'because', 'since', 'whereas']);

/** Modal verbs and `do`: a bare form after one is a verb, and no statement made (`can say`). */
export const MODALS = new Set(['can', 'could', 'would', 'should', 'might', 'may', 'must', 'will', 'shall', 'do', 'does', 'did', "can't", "won't", "don't", "doesn't", "didn't", 'cannot']);

/** Prepositions, every one a noun phrase may follow. */
export const PREPOSITION_WORDS = new Set(
  'about above across after against along among around as at atop before behind below beneath beside between beyond by during for from in inside into like near of off on onto outside over past per since than through throughout to toward towards under until upon via with within without'.split(' '),
);

/** Words of time an adverbial may end with: days, months, seasons, parts of a day or year, a year. */
export const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|day|night|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|\d{4})$/;

/** What leads into a time (`on Monday`, `last week`, `in October`). */
export const TIME_LEADS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'late', 'early']);

/** What abbreviated titles stand for, so `the senator` finds `Sen. Maria Alvarez`. */
export const TITLE_ABBREVIATIONS: Record<string, string> = { 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative', 'gov.': 'governor', gov: 'governor', 'gen.': 'general', 'col.': 'colonel', 'capt.': 'captain', 'lt.': 'lieutenant', 'sgt.': 'sergeant', 'prof.': 'professor', 'dr.': 'doctor', dr: 'doctor' };

/** Common nouns that stand for an organisation or country already named: `the ministry`, `the nation`. */
export const COUNTRY_NOUNS = new Set(['nation', 'country', 'government', 'state', 'republic']);

/** Sentence openers that look capitalised but never begin a name. */
export const NOT_NAME_START = new Set(
  `the a an in on at for but and or yet so as after before while when if although though because since during this that these
  those there here it its he she they we i his her their our my many some most several other others one two three for
  to from by with of into onto over under about without within against among between toward towards upon via
  that’s that's it’s it's there’s there's here’s here's what’s what's who’s who's let’s let's
  would could should can might must shall did does do both either neither each every all any another such like unlike recent
  even whatever whoever only just perhaps maybe
  addressing following according however meanwhile still also monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december`.split(/\s+/),
);

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
export const COUNTRY_ALIASES: Record<string, string> = { Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', UK: 'United Kingdom', 'U.K.': 'United Kingdom', US: 'United States', 'U.S.': 'United States', USA: 'United States', America: 'United States', Holland: 'Netherlands', Burma: 'Myanmar' };

/** Multi-word country names, matched before single words. */
export const MULTIWORD_COUNTRIES = ['United States', 'United Kingdom', 'South Korea', 'North Korea', 'South Africa', 'Saudi Arabia', 'New Zealand', 'Sri Lanka', 'Costa Rica', 'El Salvador', 'United Arab Emirates', 'Czech Republic', 'Ivory Coast', 'South Sudan'];

/** Adjectives of nationality, and the country each points to. */
export const DEMONYMS: Record<string, string> = {
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
};

/** Capital cities that news uses for their governments: `Baku said …`. */
export const CAPITALS: Record<string, string> = {
  Baku: 'Azerbaijan', Yerevan: 'Armenia', Moscow: 'Russia', Kyiv: 'Ukraine', Kiev: 'Ukraine', Washington: 'United States',
  Beijing: 'China', London: 'United Kingdom', Paris: 'France', Berlin: 'Germany', Tehran: 'Iran', Ankara: 'Turkey',
  Tokyo: 'Japan', Seoul: 'South Korea', Pyongyang: 'North Korea', Tbilisi: 'Georgia', Minsk: 'Belarus', Damascus: 'Syria',
  Baghdad: 'Iraq', Cairo: 'Egypt', Riyadh: 'Saudi Arabia', Islamabad: 'Pakistan', Kabul: 'Afghanistan', Ottawa: 'Canada',
  Canberra: 'Australia', Warsaw: 'Poland', Rome: 'Italy', Madrid: 'Spain', Budapest: 'Hungary', Belgrade: 'Serbia',
};
