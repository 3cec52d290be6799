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
import { NUMBER_SOURCE as N } from './numbers';
import { plural } from './plural';
import {
  clauseText,
  matches,
  QuantityContext,
  readAmount,
  UPPER,
} from './quantityReading';

/** A verb of asking the service, in any of its forms. */
const ASKING_VERB =
  /\b(?:request(?:s|ed|ing)?|call(?:s|ed|ing)?|quer(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|hit(?:s|ting)?|invok(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|consult(?:s|ed|ing)?|us(?:e|es|ed|ing)|open(?:s|ed|ing)?|trigger(?:s|ed|ing)?)\b/;

/**
 * The served software itself as the subject of "run", right before the count: "it would run about
 * 35 times an hour", "the agent runs some 50 times a day". Each run of the agent or assistant is
 * a request to it; "the job runs 4 times a day" (a job, not the model's work) stays no load, and
 * so does an offline job (readRequestOccasions reads nothing in one).
 */
const SERVED_RUNS =
  /(?:^\s*|[.;:!?]\s*|,\s*(?:and\s|so\s)?)(?:it|the\s(?:agent|assistant|bot|chatbot|copilot|model))\s(?:(?:would|will|should|might|may|could|'d|'ll)\s)?(?:probably\s|usually\s|typically\s)?run(?:s)?\s(?:(?:about|around|roughly|approximately|maybe|some|perhaps|up to|~)\s?)?$/;

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

/**
 * What sets off each request, said with a verb after "each time", "every time" or "whenever" and
 * its subject: "drafts a hint each time someone opens a ticket", "whenever a rider taps a stop",
 * "every time a shopper visits a product page". The verb, as written ("opens", "taps").
 */
const TRIGGER_RE =
  /\b(?:(?:each|every|any)\s(?:single\s)?time(?:\sthat)?|whenever)\s(?:someone|somebody|anyone|anybody|they|we|you|people|users|(?:a|an|the|one|any|some)\s(?:[a-z-]+\s)?[a-z-]+)\s(?:[a-z]+ly\s)?(?<verb>[a-z]+)\b/g;

/** A period after a count of occasions: "a day", "per hour", "/min", "each week". */
const OCCASION_PERIOD =
  '(?:\\s?/\\s?|\\s(?:a|an|per|each|every)\\s)(?<per>second|sec|s|minute|min|hour|hr|h|day|week|month)\\b';

/**
 * The verb that sets off each request, as the noun of a count of its occasions: "opens" in
 * "800k opens a day" after "each time someone opens a ticket"; "visit" gives "visits".
 */
function triggerNouns(text: string): string[] {
  const nouns = new Set<string>();
  for (const m of text.toLowerCase().matchAll(TRIGGER_RE)) {
    // a verb in the third person is already the plural noun ("opens"); else add its ending
    nouns.add(plural(m.groups!.verb));
  }
  return [...nouns];
}

/**
 * Counts of the occasions that set off a request, said with the trigger's verb as their noun:
 * "a hint is drafted each time someone opens a ticket ... about 800,000 opens a day", one
 * request each. Without a sentence saying what sets a request off, "50,000 opens a week" (of a
 * newsletter, say) is no load.
 */
function readTriggerCounts(ctx: QuantityContext): AttachedNumber[] {
  const nouns = triggerNouns(ctx.text);
  if (nouns.length === 0) return [];
  const re = new RegExp(
    `(?<num>${N})${UPPER}\\s(?:[a-z-]+\\s)?(?<noun>${nouns.join(
      '|',
    )})${OCCASION_PERIOD}`,
    'gi',
  );
  return [...matches(ctx, re)].map(m => {
    const g = m.groups!;
    const read = readAmount(g.num, g.num2, { count: true });
    const end = m.index + m[0].length;
    const noun = g.noun.toLowerCase();
    return {
      value: read.value,
      notes: [
        ...read.notes,
        `one request for each of the ${noun}, which set it off`,
      ],
      num: g.num,
      num2: g.num2,
      describing: [],
      noun,
      slot: 'volume',
      period: g.per.toLowerCase(),
      periodEnd: end,
      start: m.index,
      end: m.index + g.num.length,
      phraseEnd: m.index + m[0].toLowerCase().lastIndexOf(noun) + noun.length,
    };
  });
}

/**
 * The counts of occasions with a period that a verb of asking the service governs, and the
 * counts of what sets each request off (readTriggerCounts).
 */
export function readRequestOccasions(ctx: QuantityContext): AttachedNumber[] {
  if (ctx.batch) return [];
  return [...timesAsked(ctx), ...readTriggerCounts(ctx)];
}

/** "the app calls the model some 3,000 times a day": counts of times with a verb of asking. */
function timesAsked(ctx: QuantityContext): AttachedNumber[] {
  return attachNumbers(ctx).filter(r => {
    if (r.noun !== 'times' || !r.period || r.measure) return false;
    // "4 times that during outages" takes its period from the rate it multiplies
    if (r.periodEnd <= r.phraseEnd) return false;
    const clause = clauseText(ctx, r.start);
    const whole = ctx.text.slice(clause.start, r.start).toLowerCase();
    // the words from the last number before this one (or the clause's start) to it
    const before = whole.replace(/^.*\d/, '');
    const afterCount = before.length < whole.length;
    if (!afterCount && SERVED_RUNS.test(whole)) return true;
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
