/**
 * Where model developers are based, for requests such as "no models from Chinese labs" or
 * "European models only". The kb records each model's developer country (`developer_country`,
 * ISO 3166-1 alpha-2, with its source); this file only knows the geography: which country codes
 * an origin word covers.
 */
import { IntentVocabulary } from './vocabulary';

/**
 * The EU and EEA member states, the United Kingdom and Switzerland: "European models" means a
 * developer headquartered in one of these.
 */
const EUROPE = [
  // EU
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  // EEA outside the EU
  'IS',
  'LI',
  'NO',
  // and
  'GB',
  'CH',
];

/**
 * Origins by the words that name them, each with the ISO 3166-1 alpha-2 codes it covers (the
 * codes are the standard's; the grouping of Europe is EUROPE's above). Adjectives and places
 * both: "Chinese models", "models from China". "US"/"the US" is read only where it cannot be the
 * pronoun (ORIGIN_WORD).
 */
const ORIGINS = {
  china: { codes: ['CN'], words: ['chinese', 'china', 'prc'] },
  usa: {
    codes: ['US'],
    words: [
      'american',
      'america',
      'us',
      'u.s.',
      'usa',
      'the us',
      'the usa',
      'the u.s.',
      'the united states',
    ],
  },
  europe: {
    codes: EUROPE,
    words: [
      'european',
      'europe',
      'eu',
      'the eu',
      'eea',
      'european union',
      'the european union',
    ],
  },
  france: { codes: ['FR'], words: ['french', 'france'] },
  germany: { codes: ['DE'], words: ['german', 'germany'] },
  uk: {
    codes: ['GB'],
    words: ['british', 'britain', 'uk', 'the uk', 'the united kingdom'],
  },
  canada: { codes: ['CA'], words: ['canadian', 'canada'] },
  japan: { codes: ['JP'], words: ['japanese', 'japan'] },
  korea: { codes: ['KR'], words: ['korean', 'south korea', 'korea'] },
  uae: { codes: ['AE'], words: ['emirati', 'the uae', 'uae'] },
  israel: { codes: ['IL'], words: ['israeli', 'israel'] },
} satisfies Record<string, { codes: string[]; words: string[] }>;

export type ModelOrigin = keyof typeof ORIGINS;

/**
 * A country's ISO 3166-1 alpha-2 code names its origin too ("no CN models", "FR-based labs",
 * "models from JP"), for origins of one country. "CA" is left out: it is as often California or
 * "circa" as Canada.
 */
const CODE_WORDS_LEFT_OUT = new Set(['ca']);

const wordsOf = (origin: { codes: readonly string[]; words: string[] }) =>
  origin.codes.length === 1 &&
  !CODE_WORDS_LEFT_OUT.has(origin.codes[0].toLowerCase())
    ? [...origin.words, origin.codes[0].toLowerCase()]
    : origin.words;

/**
 * The origin words of one word ("chinese", "european"), for the spelling pass (spelling.ts): a
 * slip of one ("chineese models") is corrected before the origin reader looks for it.
 */
export const ORIGIN_VOCABULARY: readonly string[] = Object.values(
  ORIGINS,
).flatMap(({ words }) => words.filter(w => /^[a-z]+$/.test(w)));

const ORIGIN_BY_WORD = new Map<string, ModelOrigin>(
  (
    Object.entries(ORIGINS) as Array<
      [ModelOrigin, { codes: string[]; words: string[] }]
    >
  ).flatMap(([origin, o]) => wordsOf(o).map(w => [w, origin] as const)),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * One origin word; "us" never after a verb or preposition that makes it the pronoun ("help us").
 * A word ends at a space or a sentence's full stop ("... developed in China."), not inside a
 * dotted name ("china.com").
 */
const ORIGIN_WORD = `(?:${[...ORIGIN_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})(?!\\w|\\.\\w)`;
const PRONOUN_US =
  /\b(?:give|gives|for|to|let|lets|help|helps|tell|send|show|with|get|gets|got|cost|costs|allow|allows|suggest|let's|of|about|brings?|takes?)\s+us$/;
/** Origin words joined into a list: "the US or Europe", "American, French and Canadian". */
const ORIGIN_LIST = `(?:${ORIGIN_WORD})(?:\\s?(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s?(?:an?\\s|the\\s)?(?:${ORIGIN_WORD}))*`;
/** What an origin describes: models and the labs that make them. */
const MAKER_NOUN =
  '(?:ai\\s)?(?:labs?|laborator(?:y|ies)|models?|llms?|weights|ones|vendors?|companies|company|developers?|providers?|firms?|startups?|origin|checkpoints?|open[\\s-]weights?(?:\\smodels?)?)';
/**
 * The same right after an adjective, where a company word needs "AI" ("Chinese AI companies"):
 * "we serve American companies" is about customers, not models.
 */
const MODEL_NOUN =
  '(?:(?:ai\\s)?(?:labs?|laborator(?:y|ies)|models?|llms?|weights|ones|origin|checkpoints?|open[\\s-]weights?(?:\\smodels?)?)|ai\\s(?:vendors?|companies|company|developers?|providers?|firms?|startups?))';
/**
 * "Chinese-developed", "US-made", "EU-based", "China-headquartered": an origin joined to a verb
 * of making or of where the maker is.
 */
const MADE =
  '(?:[\\s-](?:developed|made|built|trained|based|headquartered|origin|owned|hosted))';
/**
 * What may follow an origin said of "nothing"/"anything" alone ("nothing Chinese", "anything
 * American is fine"): the phrase's end, a verb or a list word, not a noun of its own ("anything
 * American customers ask for" is about customers).
 */
const PRONOUN_ADJ_END =
  '\\s*(?:$|[.,;:!?)]|(?:is|are|was|were|would|will|please|allowed|permitted|whatsoever|at\\sall|either|too|or|and|nor|then)\\b)';
/**
 * The makers of models said as people or firms ("developers", "vendors", "providers", "makers"):
 * with an origin before them these are as often a team's own staff or its customers ("we hire
 * US developers"), so they name the models' makers only in a restriction, with "only" right
 * before the origin or right after the noun: "US or EU developers only", "only European
 * vendors".
 */
const MAKER_PEOPLE = '(?:developers?|vendors?|providers?|makers?)';

/**
 * An origin said of models, six ways: after "nothing"/"anything" alone ("nothing Chinese"); before a maker noun ("Chinese models", "US-based labs",
 * "no Chinese-developed weights", "an American or European lab"); after "from"/"in"/"by" in a
 * clause about models ("anything that comes from China", "models from the US or Europe only",
 * "models whose makers are headquartered in Korea"); "of Chinese origin"; or before makers in a
 * restriction (MAKER_PEOPLE: "US or EU developers only"); or as what the maker is, after "whose"
 * ("no model whose developer is Chinese", "... is based in China"; "our developers are American" is
 * about staff).
 */
const ORIGIN_PHRASE = new RegExp(
  `\\b(?:nothing|anything|everything|something)\\s(?<pronounAdj>${ORIGIN_LIST})(?=${PRONOUN_ADJ_END})|\\b(?<adj>${ORIGIN_LIST})(?:${MADE}\\s(?:${MAKER_NOUN})?|[\\s-]${MODEL_NOUN}\\b|${MADE}\\b)|\\b(?:from|made in|developed in|built in|trained in|based in|headquartered in|incorporated in|registered in|located in|domiciled in|out of|by)\\s(?:a\\s|an\\s|the\\s)?(?<place>${ORIGIN_LIST})(?<noun>\\s${MAKER_NOUN}\\b)?|\\bof\\s(?<of>${ORIGIN_LIST})\\sorigin\\b|\\b(?<makers>${ORIGIN_LIST})[\\s-]${MAKER_PEOPLE}\\s(?:only|exclusively)\\b|\\b(?:only|exclusively)\\s(?<onlyMakers>${ORIGIN_LIST})[\\s-]${MAKER_PEOPLE}\\b|\\bwhose\\s(?:makers?|developers?|vendors?|providers?|creators?|publishers?|labs?|compan(?:y|ies))\\s(?:is|are|was|were)\\s(?:(?:based|headquartered|located|registered)\\sin\\s(?:the\\s)?)?(?<whose>${ORIGIN_LIST})\\b`,
  'g',
);
/**
 * Words before "from China" that make the clause about models ("anything that comes from China");
 * a verb alone is not enough: "our customers come from the EU".
 */
const ABOUT_MODELS =
  /\b(?:models?|llms?|weights|anything|nothing|something|everything|stuff|ones|checkpoints?|vendors?|labs?|it|they)\b/;

/**
 * The sentence before `at`, up to 160 characters: "any model used must be released under an
 * open licence and may not originate from China" speaks of models however long the sentence
 * runs to its "from"; an earlier sentence does not.
 */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 160), at);
  const ends = [...window.matchAll(/[.!?;](?:\s|$)/g)];
  const last = ends[ends.length - 1];
  return last ? window.slice((last.index ?? 0) + last[0].length) : window;
}

export interface OriginMention {
  origins: ModelOrigin[];
  /** Offset of the phrase in the text, and its length. */
  at: number;
  length: number;
}

/** Every origin said of models in `text` (lower case), with the origins it lists. */
export function findOrigins(text: string): OriginMention[] {
  const out: OriginMention[] = [];
  for (const m of text.matchAll(ORIGIN_PHRASE)) {
    const g = m.groups ?? {};
    const list =
      g.pronounAdj ??
      g.adj ??
      g.place ??
      g.of ??
      g.makers ??
      g.onlyMakers ??
      g.whose ??
      '';
    // the mention starts at the origin words, so "nothing from" and "keep away from" stand before it
    const at = (m.index ?? 0) + m[0].indexOf(list);
    const length = (m.index ?? 0) + m[0].length - at;
    if (
      g.place !== undefined &&
      g.noun === undefined &&
      !ABOUT_MODELS.test(text.slice(Math.max(0, at - 80), at)) &&
      !ABOUT_MODELS.test(sentenceBefore(text, at))
    )
      continue;
    const origins: ModelOrigin[] = [];
    for (const w of list.matchAll(new RegExp(ORIGIN_WORD, 'g'))) {
      const word = w[0].trim();
      const wordAt = at + (w.index ?? 0);
      // a bare "us" ending a sentence is the pronoun ("they buy models from us."); the country
      // is written "the US" there
      if (
        word === 'us' &&
        (PRONOUN_US.test(text.slice(Math.max(0, wordAt - 20), wordAt + 2)) ||
          text[wordAt + 2] === '.')
      )
        continue;
      const origin = ORIGIN_BY_WORD.get(word);
      if (origin && !origins.includes(origin)) origins.push(origin);
    }
    if (origins.length > 0) out.push({ origins, at, length });
  }
  return out;
}

/** The kb models whose developer is headquartered in `origin` (by the kb's developer_country). */
export function modelsFrom(
  vocabulary: IntentVocabulary,
  origin: ModelOrigin,
): string[] {
  const countries = new Set<string>(ORIGINS[origin].codes);
  return vocabulary.models
    .filter(m => countries.has(m.developerCountry))
    .map(m => m.id);
}

/**
 * The kb models whose developer is headquartered outside every origin listed: "the model must
 * come from a US or European developer" rules out all the others.
 */
export function modelsNotFrom(
  vocabulary: IntentVocabulary,
  origins: readonly ModelOrigin[],
): string[] {
  const countries = new Set<string>(origins.flatMap(o => ORIGINS[o].codes));
  return vocabulary.models
    .filter(m => !countries.has(m.developerCountry))
    .map(m => m.id);
}

/**
 * Origin words standing alone, as in a restriction named by its origin ("drop the China
 * restriction"): findOrigins needs them said of models, which a lifted restriction does not.
 */
export function bareOrigins(text: string): OriginMention[] {
  const out: OriginMention[] = [];
  for (const w of text.matchAll(new RegExp(`\\b${ORIGIN_WORD}`, 'g'))) {
    const at = w.index ?? 0;
    const word = w[0].trim();
    // alone, "us" is a country only as "the US" ("drop the US rule", not "the rule blocks us")
    if (word === 'us' && !/\bthe\s$/.test(text.slice(Math.max(0, at - 4), at)))
      continue;
    const origin = ORIGIN_BY_WORD.get(word);
    if (origin) out.push({ origins: [origin], at, length: w[0].length });
  }
  return out;
}
