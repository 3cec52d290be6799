/**
 * Shares of a group read with the number-noun attachment (numberAttachment.ts): "1 in 4", "1/5",
 * "one out of five nurses", "20 % of them", "of whom maybe 60 %", "a third of whom". Each share says
 * what it is a share of, so a reader can tell a share of people from a share of anything else:
 * the noun the second count of "N in M" counts ("1 in 10 requests" is not people), the noun after
 * "of" ("a quarter of the tickets"), or, for a pronoun or nothing at all ("of whom", "of them",
 * "1 in 4 use it"), the count said before it ("9k guests ..., a third of whom ...").
 */
import { AttachedNumber, attachNumbers, nounKind } from './numberAttachment';
import { QuantityContext } from './quantityReading';
import { Spans } from './signals';

export interface ShareReading {
  /** The share, above 0 and at most 1. */
  share: number;
  /** Offsets of the share's own words ("1 in 4", "20 %", "a third"). */
  start: number;
  end: number;
  /** Whether it is a share of people, of something else, or nothing says. */
  of: 'people' | 'other' | undefined;
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  fifth: 1 / 5,
  tenth: 1 / 10,
};
/**
 * "a third", "one quarter", "2 thirds", "half": a fraction said in words, of something named after
 * it ("a third of them") or of the people a pronoun before it stands for ("of whom about a fifth
 * are active"); alone it may be a period ("every quarter", "half an hour").
 */
const FRACTION_RE =
  /\b(?:(?<n>\d)\s|(?:a|one)\s)?(?<frac>half|thirds?|quarters?|fifths?|tenths?)\b/g;
/** What must follow a fraction said with no pronoun before it: "of". */
const FRACTION_OF_AFTER = /^\sof\b/;
/** What follows "of": a pronoun for a group said before, or up to two words (after an article). */
const OF_AFTER =
  /^\s?of\s(?:(?<pronoun>whom|them|those|these|us|which)\b|(?:(?:the|our|all|all the|their|your)\s)?(?<words>[a-z-]+(?:\s[a-z-]+)?))/;
/** "of whom maybe 60 %", "of whom we expect roughly a quarter": the pronoun said before the share. */
const OF_BEFORE =
  /\bof\s(?<pronoun>whom|them|those|these|which)\s(?:(?:we|i)\s(?:(?:would|'d|can|could|might)\s)?(?:expect|estimate|guess|think|reckon|assume|figure)\s)?(?:(?:maybe|perhaps|about|around|roughly|only|just|some|approximately|~)\s?)?$/;
/**
 * The words for a percentage after its number: "%", "percent", "per cent", "pct", the word
 * typed with a vowel or its "er" left out ("percnt", "prcent", "pcnt"), and the same word as
 * writers of nearby languages spell it ("5 procent", "5 Prozent", "5 persen").
 */
export const PERCENT_WORDS =
  '%|per\\s?cent\\b|p(?:e?r)?ce?nt\\b|pct\\b|procent\\b|prozent\\b|persen\\b';
const PERCENT_AFTER = new RegExp(`^\\s?(?:${PERCENT_WORDS})`);
/**
 * The percent sign before the number, as Turkish and several other languages write it ("%2 of
 * them", "about %15"): a sign standing alone, not the modulo of code ("x%2") nor a percentage
 * just before ("100%2").
 */
const PERCENT_SIGN_BEFORE = /(?:^|[^\w%.,])%\s?$/;
/**
 * With no noun and no "of" after it, a share of people is the subject of what follows: "1 in 4
 * use it daily", "20 % are active", "30 percent actually log in", "40 % have it open on a given
 * day"; not "30 % cheaper", "99.9 % uptime".
 */
const PREDICATE_AFTER =
  /^\s(?:(?:[a-z]+ly|maybe|probably|only|just|still)\s)?(?:to\s)?(?:are|is|were|was|will|would|could|might|may|do|does|have|has|use|uses|using|log|logs|code|come|visit|open|chat|ask|work|need|sign|check|hit|rely)\b/;
/**
 * With no noun and no "of" after it, a share followed by when the people use it is a share of
 * them, with at most two words (none naming a kind of thing) between: "10 % on any given day",
 * "a fifth on a typical school day",
 * "5 percent enter each day", "1 in 6 at once", "30 % stop by daily"; not "10 % tokens each day",
 * "10 % more each day".
 */
const WHEN_ACTIVE_AFTER =
  /^((?:\s[a-z']+){0,2}?)\s(?:on\s(?:any|a|an|the|each|every)\s(?:(?:given|typical|normal|average|usual|regular|single)\s)?(?:(?:school|working|work|business|shift)\s)?(?:day|weekday|workday)|(?:each|every|per|a)\s(?:(?:school|working|work|business)\s)?(?:day|weekday|workday)|daily|at\s(?:once|a\stime|peak|any\s(?:one|given)\stime)|simultaneously|concurrently)\b/;
/** Words that make a share a change or a comparison, not a share of people: "10 % more". */
const CHANGE_WORDS =
  /^(?:more|less|fewer|extra|up|down|higher|lower|faster|slower|cheaper|bigger|smaller|larger|greater|better|worse|growth|increase|decrease|churn|off|discount|uptime|of)$/;
/** A change said before the share: "growing 10 % each day", "up by 5 % a day". */
const CHANGE_BEFORE =
  /\b(?:grow(?:s|ing|th)?|increas(?:e|es|ed|ing)|ris(?:e|es|ing)|drop(?:s|ping)?|fall(?:s|ing)?|churn(?:s|ing)?|decline(?:s|d)?|declining|shrink(?:s|ing)?|up|down|by|more|less)\s(?:(?:about|around|roughly|some|maybe)\s)?~?\s?$/;

/**
 * Whether a share with no noun is the people who use it, by when-words after it: `next` is the
 * text after the share, `before` the text before it.
 */
function whenActiveAfter(next: string, before: string): boolean {
  const m = WHEN_ACTIVE_AFTER.exec(next);
  if (!m || CHANGE_BEFORE.test(before)) return false;
  return m[1]
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every(word => nounKind(word) === undefined && !CHANGE_WORDS.test(word));
}
/**
 * A fraction that is the subject of using it, after the group it is a part of: "of our 3,200
 * nurses, about a quarter use it daily", "we expect a third to use it on a given day" (not "every
 * quarter", "a quarter of an hour").
 */
const FRACTION_SUBJECT_AFTER =
  /^\s(?:(?:would|will|could|might|may|should)\s)?(?:to\s)?(?:use|uses|using|log\sin|logs\sin|be\s(?:active|online|on\sit)|are\s(?:active|online|on\sit))\b/;
const PERIOD_BEFORE_FRACTION =
  /\b(?:every|each|per|this|next|last|that|the|first|second|third|fourth|fiscal|a)\s$/;

/**
 * A share that ends its clause right after words saying not all the people are there each day:
 * "120 tellers, though not everyone every day, perhaps a third", "not all of them daily, maybe
 * 40 %", "not everybody on a given day, maybe the half". The share is of the people who are.
 */
const NOT_ALL_DAILY_BEFORE =
  /\bnot\s(?:everybody|everyone|all(?:\sof\sthem)?|every\s(?:one|person|user))\s(?:(?:is|are|will be|would be|uses it|use it|comes?)\s)?(?:on\s(?:a|any|the)\s(?:(?:given|typical|single)\s)?day|(?:every|each|a|per)\s(?:single\s)?day|daily)\s?,?\s(?:(?:maybe|perhaps|probably|about|around|roughly|only|just|more like)\s)?(?:(?:the|a|an)\s)?$/;
const CLAUSE_END_AFTER = /^\s?(?:[.,;!?)]|$)/;

/** Whether the share at `start`-`end` closes its clause after NOT_ALL_DAILY_BEFORE. */
export function shareOfNotAllDaily(
  text: string,
  start: number,
  end: number,
): boolean {
  return (
    NOT_ALL_DAILY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    CLAUSE_END_AFTER.test(text.slice(end, end + 3))
  );
}

function fractionAsSubject(text: string, start: number, end: number): boolean {
  return (
    FRACTION_SUBJECT_AFTER.test(text.slice(end, end + 30)) &&
    !PERIOD_BEFORE_FRACTION.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** Between the two counts of a ratio: "1 in 4", "one out of five", "1/5". */
const RATIO_AFTER = /^(?:\s(?:in|out of)\s|\s?\/\s?)$/;
/** More of a date or a path around a slash ratio: "1/5/2024", "2024/3/4". */
const MORE_SLASHES_AFTER = /^\s?\/\s?\d/;
const MORE_SLASHES_BEFORE = /\d\s?\/\s?$/;
/**
 * A share named by what it measures of a group said before: "1.5M MAU at ~3 % daily activity",
 * "5 % DAU", "10 % active": the share of those people who are active.
 */
const ACTIVITY_AFTER =
  /^\s?(?:(?:daily|weekly|monthly)\s)?(?:activity|active|activation|engagement|dau|wau)\b/;

/**
 * A group that is its people, named after "of" and ending its noun phrase: "a third of the office
 * would use it", "10 % of the whole company, on a given day", "half of our team uses it daily".
 * Not the group's belongings or a thing it names: "a third of the company's revenue", "a quarter
 * of the office space".
 */
const PEOPLE_GROUP_AFTER =
  /^\s?of\s(?:(?:the|our|their|your|my|this|that|whole|entire|all)\s){0,2}(?:office|team|company|workforce|department|firm|practice|organi[sz]ation|org|school|class|household|audience|population|membership|user\s?base|customer\s?base|member\s?base)(?=\s?[,.;:!?)]|\s?$|\s(?:would|will|could|might|may|can|do|does|is|are|was|were|uses?|using|logs?|opens?|on|at|in|each|every|per|daily|realistically|probably|maybe|likely|actually)\b)/;

/** People, something else, or unknown, from the first of the words that names a kind. */
function ofNoun(words: string | undefined): ShareReading['of'] {
  for (const word of words?.split(' ') ?? []) {
    const kind = nounKind(word);
    if (kind === 'person') return 'people';
    if (kind) return 'other';
  }
  return undefined;
}

/** Where a count was read as people by another reader ("75,000 total users"). */
export interface PeopleCountSpan {
  start: number;
  end: number;
}

/**
 * A preposition joining a count to the count before it, which it only places: "1,500 employees
 * across 3 sites", "400 nurses in 12 wards", "90 reps spread over 4 offices".
 */
const PLACING_GAP =
  /^\s(?:(?:spread|split|divided|distributed)\s)?(?:across|in|at|over|on|among|between|from)\s(?:(?:the|our|its|their)\s)?$/;

/**
 * What a pronoun or a missing noun stands for: the nearest count of something before `at`,
 * passing over a count that only places the one before it ("1,500 employees across 3 sites, a
 * fifth of them" are the employees). A count that `people` says was read as people counts people
 * even when the attachment found no noun for it ("75,000 total users, 8 % active daily").
 */
function ofCountBefore(
  text: string,
  readings: AttachedNumber[],
  at: number,
  people: PeopleCountSpan[],
): ShareReading['of'] {
  const readAsPeople = (r: AttachedNumber) =>
    people.some(p => r.start >= p.start && r.start < p.end);
  const before = readings.filter(
    r =>
      r.end <= at &&
      (r.kind === 'person' ||
        r.kind === 'work' ||
        r.kind === 'thing' ||
        readAsPeople(r)),
  );
  let last = before[before.length - 1];
  if (!last) return undefined;
  for (;;) {
    const i = before.indexOf(last);
    const head = before[i - 1];
    if (!head || !PLACING_GAP.test(text.slice(head.phraseEnd, last.start)))
      break;
    last = head;
  }
  return last.kind === 'person' || readAsPeople(last) ? 'people' : 'other';
}

/**
 * Every share in the text not yet read, in text order, with what it is a share of. `people` are
 * counts other readers read as people.
 */
export function readShares(
  ctx: QuantityContext,
  people: PeopleCountSpan[] = [],
): ShareReading[] {
  // every number, read or not: the count a pronoun stands for was read as users already
  const readings = attachNumbers({ ...ctx, spans: new Spans() });
  const text = ctx.text.toLowerCase();
  const shares: ShareReading[] = [];
  const add = (share: number, start: number, end: number, of?: string) => {
    if (!(share > 0 && share <= 1) || ctx.spans.overlaps(start, start + 1))
      return;
    const pronoun = OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const after = OF_AFTER.exec(text.slice(end, end + 40))?.groups;
    let whom = ofNoun(of ?? after?.words);
    if (!of && PEOPLE_GROUP_AFTER.test(text.slice(end, end + 60)))
      whom = 'people';
    const next = text.slice(end, end + 40);
    const subject =
      !after &&
      (PREDICATE_AFTER.test(next) ||
        ACTIVITY_AFTER.test(next) ||
        whenActiveAfter(next, text.slice(Math.max(0, start - 30), start)) ||
        shareOfNotAllDaily(text, start, end));
    if (!whom && (pronoun || after?.pronoun || subject))
      whom = ofCountBefore(text, readings, start, people);
    shares.push({ share, start, end, of: whom });
  };
  readings.forEach((r, i) => {
    // "1 in 4", "one out of five nurses": a count in a count, of what the second counts
    const next = readings[i + 1];
    if (
      next &&
      RATIO_AFTER.test(text.slice(r.end, next.start)) &&
      !MORE_SLASHES_AFTER.test(text.slice(next.end, next.end + 3)) &&
      !MORE_SLASHES_BEFORE.test(text.slice(Math.max(0, r.start - 3), r.start))
    ) {
      // "1 in 4 logs in": the verb is no noun counted
      const verb =
        next.noun !== undefined &&
        /^(?:logs|signs|checks|shows|turns)$/.test(next.noun) &&
        /^\s(?:in|on|up)\b/.test(
          text.slice(next.phraseEnd, next.phraseEnd + 4),
        );
      add(
        r.value / next.value,
        r.start,
        next.end,
        verb ? undefined : next.noun,
      );
      return;
    }
    const percent = PERCENT_AFTER.exec(text.slice(r.end, r.end + 10));
    if (percent) add(r.value / 100, r.start, r.end + percent[0].length);
    else {
      // "%2 of them": the share starts at the sign
      const before = text.slice(Math.max(0, r.start - 3), r.start);
      if (PERCENT_SIGN_BEFORE.test(before))
        add(
          r.value / 100,
          r.start - before.length + before.lastIndexOf('%'),
          r.end,
        );
    }
  });
  for (const m of text.matchAll(FRACTION_RE)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (
      !FRACTION_OF_AFTER.test(text.slice(end, end + 4)) &&
      !OF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
      !fractionAsSubject(text, start, end) &&
      !shareOfNotAllDaily(text, start, end)
    )
      continue;
    const share = FRACTIONS[g.frac.replace(/s$/, '')] * (g.n ? Number(g.n) : 1);
    add(share, start, end);
  }
  return shares.sort((a, b) => a.start - b.start);
}
