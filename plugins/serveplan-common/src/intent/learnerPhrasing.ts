/**
 * Periods and ranges in the words a learner of English (or a hurried writer) uses, rewritten to
 * the forms the readers know, for the rules only:
 * - "45 thousand messages for month", "per one day": a month, per day;
 * - "each user sends around 30 messages in one day", "in one day we have 12,000 uploads": a
 *   rate, a day (but "processed in one day", "done in a day" is a window, left alone);
 * - "4 or 5 analyses", "30 or 40 requests": a range, "4-5", read at its middle like any range;
 * - "~10 q/day": 10 queries a day; "our consultants (we are 45)": 45 consultants;
 * - "5 thousand of reconciliations": 5 thousand reconciliations; "40 peoples": 40 people; "8 GPU maximum": 8
 *   GPUs.
 */

/** "for month", "for day": a period with no article ("for a month" is a duration, left alone). */
const FOR_PERIOD_RE =
  /\bfor (day|week|month|year|hour)\b(?!\s?(?:\d|one|two|three|zero)\b)/gi;
/** "per one day", "per one month": per day. */
const PER_ONE_RE = /\bper (?:one|1) (day|week|month|year|hour)\b/gi;
/** "in one day", "in a day" as the period of a count. */
const IN_ONE_PERIOD_RE = /\bin (?:one|a|1) (day|week|month|hour)\b/gi;
/**
 * Words before "in one day" that make it the time to finish a job in, not the period of a rate:
 * "processed in one day", "all done in a day", "back within".
 */
const FINISHING_BEFORE =
  /\b(?:finish\w*|done|complet\w*|process\w*|handl\w*|through|turn(?:ed)?\s?around|ready|back|deliver\w*|translat\w*|classif\w*|summari[sz]\w*|tag\w*|label\w*|clear\w*|run|runs|all|whole|entire|backlog|batch|once|reply|answer\w*|respond\w*|takes?|took|only|just|than|within|even|at most|fit|fits)\b/;
/** A count in words before: "30 messages", "12,000". */
const COUNT_BEFORE = /\d/;

/** Two counts joined by "or" before a word: "4 or 5 analyses". */
const OR_RANGE_RE =
  /(?<![\w.,$€£/-])(\d+(?:[.,]\d+)?)(k?) or (\d+(?:[.,]\d+)?)(k?)(?=\s?[a-z])/gi;
/** Before a number "or" joins options, not the bounds of a range: "tp 2 or 4", "x 8 or 16". */
const OPTION_BEFORE =
  /\b(?:tp|pp|x|v|version|p|gen|fp|int|q|between|either)\s?$/i;

function rewriteOrRanges(text: string): string {
  return text.replace(
    OR_RANGE_RE,
    (whole, a: string, ka: string, b: string, kb: string, offset: number) => {
      if (OPTION_BEFORE.test(text.slice(Math.max(0, offset - 12), offset)))
        return whole;
      const lo = Number(a.replace(',', '.')) * (ka ? 1000 : 1);
      const hi = Number(b.replace(',', '.')) * (kb ? 1000 : 1);
      // a range has its bounds in order and near each other ("2 or 20 users" is no range)
      if (!(lo > 0 && hi > lo && hi <= 3 * lo)) return whole;
      return `${a}${ka}-${b}${kb}`;
    },
  );
}

/**
 * "5 thousand of reconciliations", "10 millions of documents": a count in thousands or millions
 * with "of" before its noun, as many learners write it ("5 thousand of them", "2 million of our
 * users" keep it: a part of a whole).
 */
const SCALE_OF_RE =
  /(\d[\d.,]*\s?(?:thousands?|millions?|hundreds?|k|m))\s+of\s(?!(?:them|those|these|us|our|the|their|its|his|her|which|whom|all|my|your)\b)(?=[a-z])/gi;

/** `text` with learner phrasings of periods and ranges rewritten (see the module comment). */
export function rewriteLearnerPhrasing(text: string): string {
  const plain = text
    .replace(SCALE_OF_RE, '$1 ')
    // "quota for 8 GPU maximum": more than one GPU, in the singular a learner gives it
    .replace(
      /\b([2-9]|\d{2,})\s?(GPU|card)(?=\s(?:max(?:imum)?|in total|total|at most)\b|\s?[,.;)]|$)/gi,
      '$1 $2s',
    )
    // "~10 q/day each": queries, in ops shorthand
    .replace(
      /(?<=\d\s?)q(?=\s?\/\s?(?:d|day|h|hr|hour|s|sec|min)\b)/gi,
      'queries',
    )
    // "our consultants (we are 45)": the count of the people just named
    .replace(
      /\b([a-z]+s) \((?:we are|we're|there are|they are|in total|total|about|around|~)\s?(\d[\d,.]*k?)\)/gi,
      '$1 ($2 $1)',
    )
    // "our team (40 peoples)": people counted, in the plural a learner gives it
    .replace(/(?<=\d\s?)peoples\b/gi, 'people')
    .replace(FOR_PERIOD_RE, 'a $1')
    .replace(PER_ONE_RE, 'per $1');
  const periods = plain.replace(
    IN_ONE_PERIOD_RE,
    (whole, period: string, offset: number) => {
      const clauseStart = Math.max(
        plain.lastIndexOf('.', offset),
        plain.lastIndexOf(';', offset),
        plain.lastIndexOf('\n', offset),
      );
      const before = plain.slice(
        Math.max(clauseStart + 1, offset - 70),
        offset,
      );
      const after = plain.slice(
        offset + whole.length,
        offset + whole.length + 60,
      );
      if (FINISHING_BEFORE.test(before)) return whole;
      // the count is before ("30 messages in one day") or, at the clause's start, after it ("in
      // one day we have maybe 12,000 uploads")
      const countAfter =
        /^\s*(?:[,;:]\s*)?$/.test(plain.slice(clauseStart + 1, offset)) &&
        COUNT_BEFORE.test(after.split(/[.;]/)[0]);
      if (countAfter) return `every ${period}`;
      return COUNT_BEFORE.test(before) ? `a ${period}` : whole;
    },
  );
  return rewriteOrRanges(periods);
}
