/**
 * Counts of occasions on which the service is asked: "shipped clients request new text from our
 * servers about 90,000 times an hour", "the app calls the model some 3,000 times a day", "staff
 * query it 400 times a day". "N times a <period>" counts requests when a verb of asking the
 * service (request, call, query, ask, hit, invoke, prompt, use, open, trigger) comes before it
 * in its clause, with no other number between, and no other verb after it ("each failed call is
 * retried 3 times a day" counts retries). Without such a verb the occasions are no load: "the job
 * runs 4 times a day", "we deploy 10 times a day"; pinging is a check that a thing is up, not a
 * request for work ("each pings the API 50 times a day"). The word must be a verb: after a count
 * or a determiner it is the noun ("8 requests per second ... and 4 times that"). The period must
 * be said after "times": a multiple of a rate ("four times that during outages") is read by
 * rates.ts. Occasions said of one person ("each
 * engineer asks it 25 times a day") are read before, by itemVolumes.ts, as a per-user rate; in an
 * offline job a count of times is how often the job runs, and is not read here.
 */
import { AttachedNumber, attachNumbers } from './numberAttachment';
import { clauseText, QuantityContext } from './quantityReading';

/** A verb of asking the service, in any of its forms. */
const ASKING_VERB =
  /\b(?:request(?:s|ed|ing)?|call(?:s|ed|ing)?|quer(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|hit(?:s|ting)?|invok(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|consult(?:s|ed|ing)?|us(?:e|es|ed|ing)|open(?:s|ed|ing)?|trigger(?:s|ed|ing)?)\b/;

/**
 * Another verb between the verb of asking and the count, which the count is then of: a passive
 * or a past ("is retried", "was rebuilt"), a copula.
 */
const OTHER_VERB_AFTER =
  /\b(?:is|are|was|were|be|been|being|gets?|got)\b|\b[a-z]+ed\b/;

/**
 * What makes the asking word a noun when right before it: a determiner or a word that describes
 * a noun ("each failed call"); a count before it is checked apart.
 */
const NOUN_MARK_BEFORE =
  /\b(?:a|an|the|each|every|per|our|their|its|my|your|this|that|these|those|of|no|any|some|many|more|fewer|failed|new)\s$/;

/** The counts of occasions with a period that a verb of asking the service governs. */
export function readRequestOccasions(ctx: QuantityContext): AttachedNumber[] {
  if (ctx.batch) return [];
  return attachNumbers(ctx).filter(r => {
    if (r.noun !== 'times' || !r.period || r.measure) return false;
    // "4 times that during outages" takes its period from the rate it multiplies
    if (r.periodEnd <= r.phraseEnd) return false;
    const clause = clauseText(ctx, r.start);
    const whole = ctx.text.slice(clause.start, r.start).toLowerCase();
    // the words from the last number before this one (or the clause's start) to it
    const before = whole.replace(/^.*\d/, '');
    const afterCount = before.length < whole.length;
    const asking = [...before.matchAll(new RegExp(ASKING_VERB, 'g'))].pop();
    if (!asking) return false;
    const lead = before.slice(0, asking.index);
    if (NOUN_MARK_BEFORE.test(lead) || (afterCount && /^\s*$/.test(lead)))
      return false;
    return !OTHER_VERB_AFTER.test(
      before.slice((asking.index ?? 0) + asking[0].length),
    );
  });
}
