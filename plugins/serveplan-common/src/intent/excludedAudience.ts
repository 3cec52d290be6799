/**
 * People the writer says the system is not for: "an assistant for branch advisors - not for
 * customers directly", "internal only, not patient-facing", "patients won't use it", "65,000
 * members but they'd never touch it", "for the dispatchers rather than the drivers". A count of
 * those people ("1.8 million customers") is background, never the users. "not only for customers"
 * and "not just for staff" include them, so they are not read.
 */

/** Determiners before the noun: "not for our customers", "rather than the drivers". */
const DETERMINERS = '(?:(?:the|our|any|its|their|your|all|end)\\s)*';
/**
 * The noun, or a describing word and the noun ("not for retail customers", "not for customers
 * directly"): both words are kept, since either may be the noun.
 */
const WORDS = '(?<noun>[a-z-]+)(?:\\s(?!(?:only|alone)\\b)(?<noun2>[a-z-]+))?';
/** Not the users said after it: "not for customers only" still includes them. */
const NOT_ONLY = '(?!\\s(?:only|alone)\\b)';
/** "not for customers", "not meant for the public", "not aimed at our members", "not used by". */
const NOT_FOR = new RegExp(
  `\\bnot\\s(?:(?:(?:meant|intended|built|designed|made|something)\\s)?for|(?:aimed|targeted)\\sat|(?:to be\\s)?used by)\\s${DETERMINERS}${WORDS}\\b${NOT_ONLY}`,
  'g',
);
/** "not customer-facing", "never patient-facing": the system is not in front of them. */
const NOT_FACING = /\b(?:not|never)\s(?:directly\s)?(?<noun>[a-z]+)-facing\b/g;
/** Saying someone will not do something: "won't", "would never", "shouldn't". */
const WILL_NOT =
  "(?:won't|will not|wouldn't|would not|will never|would never|shouldn't|should not)";
/** The same, or saying they do not: "never", "don't", "do not". */
const DO_NOT = `(?:${WILL_NOT}|never|don't|do not)`;
/** Words before the verb that keep the denial: "won't ever use it", "don't actually see it". */
const ADVERB = '(?:directly|ever|even|actually)';
/** Verbs of using the system: "use", "see", "touch", "interact with". */
const USE_VERB =
  '(?:use|see|touch|access|interact\\swith|talk\\sto|chat\\swith)';
/** Using the system, said with its object: "use it", "touch this", "see the dashboard". */
const USE_IT = `${USE_VERB}\\s(?:it|this|that|the\\s[a-z-]+)\\b`;

/** Not using it or not given access to it: "will not get access", "won't ever use it". */
const DENIED_USE = `(?:${DO_NOT}|can't|cannot)\\s(?:${ADVERB}\\s)?(?:(?:get|have|be\\sgiven|gain)\\saccess\\b|${USE_IT})`;

/**
 * "customers won't use it", "the public will never see it", "patients would not touch this". A
 * bare noun with "never" or "don't" ("users don't see it") says how the system works, not who it
 * is not for, so only a refusal is read here.
 */
const WILL_NOT_USE = new RegExp(
  `(?<![a-z-])(?<noun>[a-z-]{1,40})\\s${WILL_NOT}\\s(?:(?:directly|ever)\\s)?${USE_VERB}\\s(?:it|this)\\b`,
  'g',
);
/**
 * The people just counted, then "but they'd never use it", "who will not touch this tool": the
 * noun before the pronoun or "who" is who the system is not for ("65,000 members but they'd never
 * touch this tool"), also past where they are and in an aside, or denied all of them ("200k
 * readers on the web (they won't all use it)": the count is not who uses it). A pronoun with no
 * denial ("and they'd all use it") names no one.
 */
const THEY_WILL_NOT_USE = new RegExp(
  `(?<![a-z-])(?<noun>[a-z-]{1,40})(?:\\s(?:on|in|at|across)\\s[a-z-]{1,40})?,?\\s(?:\\(|(?:but|and|though|yet)\\s)(?:they|those|these)(?:'d|'ll)?\\s${DO_NOT}\\s(?:(?:${ADVERB}|all)\\s)?${USE_IT}|(?<![a-z-])(?<noun2>[a-z-]{1,40}),?\\swho(?:'d|'ll)?\\s${DO_NOT}\\s(?:${ADVERB}\\s)?${USE_IT}`,
  'g',
);
/**
 * The people just counted, then most of them denied the system: "45,000 subscribers but most are
 * occasional readers and won't be given access", "9k members, and the bulk of them won't use it". Nearly
 * all of the count is not served, so the count is background. A share that will use it ("but
 * most will use it") denies nothing.
 */
const MOST_WILL_NOT = new RegExp(
  `(?<![a-z-])(?<noun>[a-z-]{1,40}),?\\s(?:but|and|though|yet)\\s(?:most|the\\s(?:majority|bulk)|nearly\\sall|almost\\sall|the\\svast\\smajority)(?:\\sof\\s(?:them|those|these))?\\s[^.;!?\\d]{0,40}?\\b${DENIED_USE}`,
  'g',
);

/**
 * "for the dispatchers rather than the drivers", "instead of customers": the word right after
 * only, so "rather than making customers wait" names no one.
 */
const RATHER_THAN = new RegExp(
  `\\b(?:rather than|instead of|as opposed to)\\s(?:for\\s)?${DETERMINERS}(?<noun>[a-z-]+)\\b${NOT_ONLY}`,
  'g',
);

/** A noun in the singular, for comparing: "customers", "nurses", "coaches" → "customer", "nurse", "coach". */
function singular(noun: string): string {
  return noun
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(ch|sh|ss|x)es$/, '$1')
    .replace(/s$/, '');
}

/** The nouns (singular) of the people the text (lower case) says the system is not for. */
export function peopleNotServed(text: string): string[] {
  const out = new Set<string>();
  for (const re of [
    NOT_FOR,
    NOT_FACING,
    WILL_NOT_USE,
    THEY_WILL_NOT_USE,
    MOST_WILL_NOT,
    RATHER_THAN,
  ])
    for (const m of text.toLowerCase().matchAll(re)) {
      for (const word of [m.groups?.noun, m.groups?.noun2])
        if (word) out.add(singular(word));
    }
  return [...out];
}

/** Whether a count of people with the noun `noun` counts people the system is said not to be for. */
export function countsPeopleNotServed(
  noun: string | undefined,
  notServed: string[],
): boolean {
  if (!noun || notServed.length === 0) return false;
  const last = /[a-z-]+$/.exec(noun.toLowerCase().trim())?.[0];
  return last !== undefined && notServed.includes(singular(last));
}
