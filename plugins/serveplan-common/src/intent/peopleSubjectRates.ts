/**
 * Counts per period said with the people themselves as the subject, and when each of them is
 * meant.
 *
 * - One person as the subject names what each does: "a teacher would open it 4 times a day",
 *   "the average clerk runs 12 lookups a day", "one driver asks about 6 questions a shift"; and
 *   so does most of a group, since a total cannot be said of most of them: "most nurses would
 *   check it 3 times a day", "many of our drivers ask it about 5 questions a shift"
 *   (onePersonNamed).
 * - The people counted before, named again in the plural or as "they", as the subject of a verb
 *   with a small count per day or week after it: "we have 600 cashiers. Cashiers would ask it
 *   about 5 questions a day", "a helper for 250 rangers, they'd look something up twice a day".
 *   Read as a total, such a count would leave most of them never using the service; read per
 *   person it is what one person does. So the count is per person when it is below the people
 *   counted and no more than one person asks in its period (EACH_PERSON_MAX). A count larger
 *   than that ("our customers send 5,000 messages a day", "our 80 agents handle 900 tickets a
 *   day") stays the total, and so does any count with no people counted before it
 *   (eachOfThePeopleSaid).
 */
import { attachNumbers, isPersonNoun } from './numberAttachment';
import { plural } from './plural';
import { clauseText, QuantityContext } from './quantityReading';

/**
 * One person named, before the verb: "one learner", "an active student", "the average clinician",
 * "a typical user". Any word the person lexicon knows stands as `who`, so no list here repeats it.
 */
const ONE_PERSON_SUBJECT = String.raw`(?:\b(?:one|an?|the\s(?:average|typical|usual))|(?<![\d,.]\s?)\b1)\s(?:(?:active|typical|average|single|individual|regular|normal|engaged|paying|registered|daily)\s)?(?<who>[a-z][a-z-]*)\s`;

/**
 * One person named as the one who sends: "one learner is sending about 25 messages a day", "an
 * active student asks for about 8 of these a day", "the average clinician runs 12", "a typical
 * user asks 5 questions a day".
 */
const ONE_PERSON = new RegExp(
  String.raw`${ONE_PERSON_SUBJECT}(?:(?:is|will|would|can|could|might|may|usually|typically|normally|probably|then)\s){0,2}(?:[a-z]+s|[a-z]+ing)\b`,
  'g',
);

/**
 * One person as the subject of a modal and a verb: "a nurse would check it", "one agent might
 * open it", "the average tutor will use it". The bare verb after a modal is not caught by
 * ONE_PERSON, which needs a verb in "-s" or "-ing".
 */
const ONE_PERSON_MODAL = new RegExp(
  String.raw`${ONE_PERSON_SUBJECT}(?:usually\s|typically\s|normally\s|probably\s)?(?:would|will|can|could|might|may|'d|'ll)\s(?:(?:usually|typically|normally|probably|then|also)\s)?[a-z]+\b`,
  'g',
);

/**
 * Most of the people as the subject of a verb with a count right after it: "most nurses would
 * check it 3 times a day", "many of our drivers ask it about 5 questions a shift", "the majority
 * of tutors open it maybe twice a week". What most of them do is what one of them does: a
 * total cannot be said of most of a group.
 */
const MOST_PEOPLE_COUNT =
  /\b(?:most|many|the\smajority)\s(?:of\s(?:our|the|their|its)\s)?(?<who>[a-z][a-z-]*)\s(?:(?:would|will|could|might|may|usually|typically|normally|probably|then)\s){0,2}[a-z]+\s(?:[a-z]+\s){0,2}?(?:(?:about|around|roughly|maybe|perhaps)\s|~\s?)?\d/g;

/** Whether `clause` names one person as the subject of a verb (ONE_PERSON), or most of them. */
export function onePersonNamed(clause: string): boolean {
  const onePerson = (m: RegExpMatchArray) =>
    !/s$/.test(m.groups!.who) &&
    (isPersonNoun(plural(m.groups!.who)) || isPersonNoun(m.groups!.who));
  return (
    [...clause.matchAll(ONE_PERSON)].some(onePerson) ||
    [...clause.matchAll(ONE_PERSON_MODAL)].some(onePerson) ||
    [...clause.matchAll(MOST_PEOPLE_COUNT)].some(m =>
      isPersonNoun(m.groups!.who),
    )
  );
}

/**
 * The most one person is taken to ask in a day or a week when the text does not say "each": a
 * few dozen. A bigger count said of the people is what they send together.
 */
export const EACH_PERSON_MAX = 30;

/** Periods a person's own use is counted in. */
const PERSONAL_PERIOD =
  /^(?:day|d|days|weekday|workday|working day|business day|shift|week|wk)$/;

/**
 * The people as the subject at the start of the clause, then a verb, then a few words up to the
 * count: "cashiers would ask it about", "they'd look something up", "and our nurses usually
 * check it". `who` is the plural noun or "they"; `verb` the verb after any modal.
 */
const PEOPLE_SUBJECT =
  /^\s*(?:(?:and|so|then|also)\s)?(?:(?:our|the|these|those|all|all\sour|all\sthe|both)\s)?(?<who>they|[a-z][a-z-]*s)(?:'d|'ll)?\s(?:(?:would|will|could|might|may|can|should|usually|typically|normally|probably|generally|often|then|also|all|likely)\s){0,3}(?<verb>[a-z]+)\b(?<rest>(?:\s[a-z'-]+){0,5})\s?(?:~\s?)?$/;

/** Verbs that say what the people are or have, not what they do: "they are 3 shifts a week". */
const NOT_DOING =
  /^(?:is|are|were|was|be|been|have|has|had|get|got|work|works|worked|cover|covers|make|makes|earn|earns|spend|spends|sleep|sleeps)$/;

/** The end of a sentence, not the point of a decimal ("1.5"). */
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/** Where the sentence before the one holding `at` starts (0 when there is none). */
function previousSentenceStart(text: string, at: number): number {
  const ends = [...text.slice(0, at).matchAll(SENTENCE_END)].map(
    m => (m.index ?? 0) + m[0].length,
  );
  return ends.length >= 2 ? ends[ends.length - 2] : 0;
}

/**
 * Whether a count `value` per `period` at `start` is said of each of the people counted before:
 * its clause opens with those people (the same plural noun, or "they") as the subject of a verb,
 * with no other number before the count, and the count is what one person asks in the period
 * (at most EACH_PERSON_MAX) and fewer than the people counted. "We have 600 cashiers. Cashiers
 * would ask it 5 questions a day" is 5 each; "our customers send 5,000 messages a day" is a
 * total, and so is "they send 20 a day" with no people counted in its sentence or the one
 * before.
 */
export function eachOfThePeopleSaid(
  ctx: QuantityContext,
  start: number,
  value: number,
  period: string | undefined,
): boolean {
  if (!period || !PERSONAL_PERIOD.test(period.toLowerCase())) return false;
  if (!(value > 0) || value > EACH_PERSON_MAX) return false;
  const clause = clauseText(ctx, start);
  const before = ctx.text.slice(clause.start, start).toLowerCase();
  if (/\d/.test(before)) return false;
  const subject = PEOPLE_SUBJECT.exec(before)?.groups;
  if (!subject || NOT_DOING.test(subject.verb)) return false;
  const who = subject.who;
  if (who !== 'they' && !isPersonNoun(who)) return false;
  // "they" stands for people counted in its sentence or the one before; a noun said again
  // names them wherever they were counted
  const from = who === 'they' ? previousSentenceStart(ctx.text, start) : 0;
  const people = attachNumbers(ctx).filter(
    r =>
      r.kind === 'person' &&
      r.start >= from &&
      r.end <= clause.start &&
      r.noun !== undefined &&
      (who === 'they' || r.noun === who),
  );
  const counted = people.pop();
  return counted !== undefined && value < counted.value;
}
