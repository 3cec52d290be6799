/**
 * Whether the people just counted are said to be there on a day or in a month, by the words
 * right after them: "25,000 users (DAU)", "300 people use it daily", "600 people hitting it on a
 * busy day", "3,000 customers go through onboarding each day", "2k ppl/day" are daily actives; "1,200 sellers
 * are active in a typical month", "40k readers log in every month", "9k members (MAU)" are
 * monthly actives. A number between the people and the period takes the period itself ("300
 * people send 5 requests a day", "2k sellers list 30 items a month").
 */
import { UsersKind } from './intentSchema';

/** The kinds of users a period of activity makes. */
export type ActivePeriod = Extract<
  UsersKind,
  'daily_active' | 'monthly_active'
>;

interface PeriodWords {
  /** The period as a noun ("day"). */
  noun: string;
  /** The period as an adverb ("daily"). */
  adverb: string;
  /** Its abbreviation for the actives ("dau"). */
  short: string;
  /** Words that qualify the period: "a working day", "a calendar month". */
  qualifier: string;
}

const PERIODS: Array<[ActivePeriod, PeriodWords]> = [
  [
    'daily_active',
    {
      noun: 'day',
      adverb: 'daily',
      short: 'dau',
      qualifier: 'single|business|working',
    },
  ],
  [
    'monthly_active',
    {
      noun: 'month',
      adverb: 'monthly',
      short: 'mau',
      qualifier: 'single|calendar|billing',
    },
  ],
];

/** Words saying a period is an ordinary one: "on a typical day", "in any given month". */
const ORDINARY =
  '(?:given|busy|typical|normal|average|regular|peak|usual|good)';

interface PeriodReaders {
  /** The period right after the people: "2k users a day", "900 members each month". */
  right: RegExp;
  /**
   * A period of use after the people and what they do, with no number between: "600 people
   * hitting it on a busy day", "1,200 sellers are active in a typical month".
   */
  ofUse: RegExp;
  /**
   * What the people do, then the period, in their clause with no number between: "400 drivers
   * check the app every day", "2k staff ask it questions daily", "800 tutors publish courses
   * each month".
   */
  doingEach: RegExp;
  /** The actives named in brackets after the people: "25,000 users (DAU)". */
  bracketed: RegExp;
  /** A use verb with the system and the period: "300 people use it daily", "are active monthly". */
  useIt: RegExp;
  /**
   * The people then more words about them, then a modal use of the system and the period, with
   * no number between: "45 chemists and biologists, and all of them would use it daily", "30 of
   * us in marketing will use the tool every day".
   */
  wouldUseIt: RegExp;
}

function readersFor(p: PeriodWords): PeriodReaders {
  // "3 thousand buyers by month": "by" for "per", as in Portuguese "por", Spanish "por mes"
  const each = `(?:(?:a|per|each|every|by)\\s(?:(?:${p.qualifier})\\s)?|\\/\\s?)${p.noun}`;
  const period = `(?:${each}|${p.adverb}|(?:on|in)\\s(?:a|any)\\sgiven\\s${p.noun})`;
  // "message us in one month": one period, said after what the people do in it
  const inOne = `(?:in|during)\\s(?:one|1|a\\ssingle)\\s${p.noun}`;
  return {
    right: new RegExp(`^\\s?${period}\\b`),
    ofUse: new RegExp(
      `^[^\\d.;!?]{0,25}?\\b(?:on|in|during)\\s(?:a|an|any)\\s${ORDINARY}\\s${p.noun}\\b`,
    ),
    doingEach: new RegExp(
      `^\\s(?:(?!(?:per|each|every)\\b)[a-z'-]+\\s){1,4}?(?:${each}|${p.adverb}|${inOne})\\b`,
    ),
    bracketed: new RegExp(
      `^\\s?\\(\\s?(?:${p.short}|${p.adverb}(?: active)?)\\b`,
    ),
    wouldUseIt: new RegExp(
      `^[^\\d.;!?]{0,45}?\\b(?:would|will|could|can|might|may|should)\\s(?:(?:all|both|each|probably|likely|then)\\s)?(?:use|log into|open|be on)\\s(?:it|this|the \\w+|our \\w+)\\s${period}\\b`,
    ),
    useIt: new RegExp(
      `^\\s(?:(?:use|uses|using|log into|logs? in(?:to)?|open|visit|are on|come to)\\s(?:it|the \\w+|our \\w+|this)\\s?|are active\\s|log in\\s)${period}\\b`,
    ),
  };
}

/**
 * Time the people spend or lose, then the period: "our 40 clerks lose hours each day to filing",
 * "60 nurses spend too much time every day on notes". The period measures their work, not days
 * they use the system: it makes no actives.
 */
const TIME_SPENT =
  /^\s(?:[a-z'-]+\s){0,2}?(?:spend|spends|spending|lose|loses|losing|waste|wastes|wasting|sink|sinks|burn|burns|wait|waits|waiting)\s(?:(?:for|up|to|a|lot|lots|of|so|too|much|many|several|countless|whole|long)\s){0,3}(?:hours|minutes|time|ages)\b/;

const READERS: Array<[ActivePeriod, PeriodReaders]> = PERIODS.map(
  ([kind, words]) => [kind, readersFor(words)],
);

/** Words that make a count approximate, between a period said first and the count. */
const HEDGE =
  '(?:(?:somewhere\\s)?(?:about|around|roughly|approximately|approx\\.?|~|maybe|some|up to|over|nearly|almost|close to|more than|at least)\\s?)?';
/** Who the count is of, said as its label: "daily users are about", "monthly visitors:". */
const LABEL =
  '(?:active\\s)?(?:users?|visitors?|people|persons?|customers?|members?|players?|readers?|shoppers?|logins?)\\s?(?:(?:is|are|count is|number is|will be|would be|=|:)\\s?)?';

/**
 * A period said right before the people, in their clause, with only a hedge between: "daily
 * around 4,000 pet owners", "every month some 20k readers", "on a typical day about 300 clerks";
 * or as the label of their count: "daily users are about 3,000 people", "monthly visitors: 40k";
 * or with "there are" between: "every day there are some 2,500 riders on it", "each month
 * there will be about 12k sellers".
 */
function periodBefore(p: PeriodWords): RegExp {
  const each = `(?:per|each|every)\\s(?:(?:${p.qualifier})\\s)?${p.noun}`;
  // "on a typical school night" is a day's use too
  const noun =
    p.noun === 'day' ? '(?:[a-z]+\\s)?(?:day|night|evening)' : p.noun;
  const occasion = `(?:on|in)\\s(?:a|an|any)\\s${ORDINARY}\\s${noun}`;
  return new RegExp(
    `(?:^|[^a-z-])(?:${p.adverb}|${each}|${occasion})\\s?(?:,\\s?)?(?:there\\s(?:are|were|will be|would be|should be)\\s)?(?:${LABEL})?${HEDGE}$`,
  );
}

const BEFORE: Array<[ActivePeriod, RegExp]> = PERIODS.map(([kind, words]) => [
  kind,
  periodBefore(words),
]);

/**
 * The period the people are said to be active in, from the words before their count in its
 * clause (`before`, about 40 characters): "Daily around 4000 pet parents will use it".
 */
export function activePeriodBefore(before: string): ActivePeriod | undefined {
  const lower = before.toLowerCase();
  return BEFORE.find(([, re]) => re.test(lower))?.[0];
}

/**
 * The period the people are said to be active in, from the words after their count in its
 * clause: `after` (about 30 characters), `longer` (about 70) and `next` (the next 12 characters
 * of the text, across a bracket). Undefined when no period of activity is said.
 */
export function activePeriodAfter(
  after: string,
  longer: string,
  next: string,
): ActivePeriod | undefined {
  for (const [kind, r] of READERS) {
    if (
      r.right.test(after) ||
      r.ofUse.test(longer) ||
      (r.doingEach.test(longer) && !TIME_SPENT.test(longer)) ||
      r.bracketed.test(next) ||
      r.useIt.test(after) ||
      r.wouldUseIt.test(longer)
    )
      return kind;
  }
  return undefined;
}

/**
 * The period said right after a count ("users: 4.5k daily", "audience of 40k a month"), from the
 * words after it in its clause; undefined when none is.
 */
export function activePeriodRightAfter(
  after: string,
): ActivePeriod | undefined {
  return READERS.find(([, r]) => r.right.test(after))?.[0];
}
