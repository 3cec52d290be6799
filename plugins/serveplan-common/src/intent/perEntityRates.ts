/**
 * Rates said per entity, multiplied by how many entities there are: "30 tenants, and each tenant
 * sends about 2 requests per second" is 60 req/s in all; "1 request per second per 100 seats"
 * with "2,500 seats" is 25 req/s. The entity is the subject after "each"/"every" before the rate,
 * or the noun after "per"/"for every" after it; its count is any other count of the same noun in
 * the text (found by the number-noun attachment). A distributive "each" with no noun of its own
 * ("each one sends", "each of them", "200 requests each per day") stands for the count said just
 * before it in its sentence, or in the sentence before when a pronoun points back to it ("We
 * have 40 nurses. They each check it 12 times a day") (distributedOver): multiplied by it when
 * those are things ("40 kiosks, 200 requests each a day"), a per-user rate when they are people.
 * A rate per GPU or node is a throughput, not a load, and is left alone; so is a rate per person that a person could send ("each user sends 20
 * requests a day" with "500 users"): that stays a per-user rate for the load model to multiply.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import {
  AttachedNumber,
  attachNumbers,
  isPersonNoun,
  nounKind,
} from './numberAttachment';
import { clauseText, fmt, QuantityContext } from './quantityReading';
import { PLACE_OF_PEOPLE } from './peopleCounts';
import { Spans } from './signals';

/** "per 100 seats", "for every 50 users", "per tenant", "/ store" right after the rate. */
const PER_ENTITY_AFTER = new RegExp(
  `^\\s?(?:,\\s)?(?:per|for every|for each|/)\\s?(?:(?<n>${N})\\s)?(?<noun>[a-z][a-z-]*)\\b`,
);
/**
 * "each tenant sends", "every store pushes", "each of our 30 tenants": the subject of the rate,
 * with the word after it, which is the head when it names people ("each staff member", "every
 * team lead").
 */
const EACH_BEFORE =
  /\b(?:each|every)\s(?:of\s(?:(?:our|the|its|their|these|those|all)\s)?(?:[\d,.]+k?\s)?)?(?<noun>[a-z][a-z-]*)\b(?:\s(?<head>[a-z][a-z-]*)\b)?/g;

/** A noun's plural, for the lexicons of plurals: "tenant" → "tenants". */
const pluralOf = (noun: string) => (/s$/.test(noun) ? noun : `${noun}s`);

/**
 * Whether a subject after "each" names one person: by its plural ("tenant" no, "nurse" yes), as
 * a collective of people ("each staff member" reads "staff"), or by a person noun heading it.
 */
const namesAPerson = (noun: string) =>
  isPersonNoun(pluralOf(noun)) || isPersonNoun(noun);

/**
 * The person named after "each"/"every" before `at` in its clause, with no number between them:
 * "each physician sees about 20", "every staff member reviews 6" ("member"); undefined when that
 * subject is no person ("each kiosk sends 5") or there is none. perUserRates.ts reads a count
 * said of one person with it.
 */
export function personSubjectBefore(
  ctx: QuantityContext,
  at: number,
): string | undefined {
  const clause = clauseText(ctx, at);
  const before = ctx.text
    .slice(clause.start, at)
    .toLowerCase()
    .replace(/^.*\d/, '');
  const subject = [...before.matchAll(EACH_BEFORE)].pop()?.groups;
  if (!subject) return undefined;
  if (subject.head && namesAPerson(subject.head)) return subject.head;
  return namesAPerson(subject.noun) ? subject.noun : undefined;
}

/** Kinds of entity whose per-entity rate is a throughput or no entity at all. */
const NOT_LOAD_SOURCES = new Set(['gpu', 'node', 'time', 'money', 'token']);

/**
 * "each" or "every" as a pronoun before the rate in its clause: "each one", "each of them",
 * "every one of those", "they each", or "each" before a verb ("each sends", "each writing").
 */
const DISTRIBUTIVE_BEFORE =
  /\b(?:(?:each|every)\s(?:one\b(?:\sof\s(?:them|those|these)\b)?|of\s(?:them|those|these)\b|(?=(?!(?:morning|evening|meeting|building|setting|listing|booking|posting|filing|recording)\b)[a-z]+ing\b)|(?=[a-z]+[^sui\W]s\b))|they(?:'d|\swould|\swill)?\seach\b)/g;
/**
 * "each", "each one" or "apiece" after the counted noun, alone, before its period or before an
 * aside: "200 requests each per day", "5 times a day each one", "6 a minute each (~35 req/s)",
 * "3 each/day".
 */
const DISTRIBUTIVE_AFTER =
  /\s(?:each(?:\sone)?|apiece)(?=\s?(?:$|[,.;:!?()/]|(?:per|a|an|every|daily|weekly|monthly|nightly|hourly)\b))/;

/** The end of a sentence, not the point of a decimal ("1.5"). */
const SENTENCE_END = /[.!?](?=\s|$)|[;\n]/g;

/**
 * A pronoun standing for what was named before: "they", "them", "each one", "every one of
 * them". With one in its sentence, a distributive "each" with nothing counted before it in that
 * sentence stands for the count of the sentence before ("We have 40 nurses. Each one checks it
 * 12 times a day"); so does "each" opening its sentence or clause ("45 associates would use it;
 * each reviews six agreements a day", "1 in 4 use it on a school day, each producing 10").
 */
const ANAPHOR =
  /\b(?:they|them|(?:each|every)\sone)\b|(?:^|[,;:])\s*each\s(?!of\b)[a-z]/;

/**
 * People counted by how often they are active, which the attachment leaves without a noun (it
 * reads "daily" as a period): "800 daily active users", "2,000 weekly active members".
 */
const ACTIVE_PEOPLE_AFTER =
  /^\s(?:daily|weekly|monthly)\s(?:active\s)?(?<noun>[a-z][a-z-]*)/;

/** The count `r` as a count of people when it counts active people (ACTIVE_PEOPLE_AFTER). */
function activePeopleCount(text: string, r: AttachedNumber): AttachedNumber {
  if (r.noun) return r;
  const m = ACTIVE_PEOPLE_AFTER.exec(text.slice(r.end, r.end + 40));
  const noun = m?.groups?.noun;
  if (!noun || !isPersonNoun(noun)) return r;
  const phraseEnd = r.end + m[0].length;
  return { ...r, noun, kind: 'person', phraseEnd };
}

/**
 * A share of what was counted before, which "each" does not stand for (it stands for what the
 * share is of): "1 quarter of them use it daily, each one ..." (the people), "a third of those
 * log in, each sending ...", "half of the riders".
 */
const SHARE_OF_THOSE =
  /^\S+\s(?:quarters?|thirds?|fifths?|tenths?|halves|half|percent)\sof\b/;

/** Where the sentence holding `at` starts. */
function sentenceStartBefore(text: string, at: number): number {
  const end = [...text.slice(0, at).matchAll(SENTENCE_END)].pop();
  return end ? (end.index ?? 0) + end[0].length : 0;
}

/**
 * Every count of the text with its noun, read whatever other readers took: the same for every
 * "each" of one text, so it is read once per text (a text of many rates would otherwise be read
 * again for each of them).
 */
let countsRead: { text: string; counts: AttachedNumber[] } | undefined;
function countsOfText(ctx: QuantityContext): AttachedNumber[] {
  if (countsRead?.text !== ctx.text) {
    const text = ctx.text.toLowerCase();
    countsRead = {
      text: ctx.text,
      counts: attachNumbers({ ...ctx, spans: new Spans() }).map(r =>
        activePeopleCount(text, r),
      ),
    };
  }
  return countsRead.counts;
}

/**
 * The count a distributive "each" with no noun of its own stands for: the nearest count with a
 * noun said before it in its sentence ("3,000 customers a day and each one sends 6 messages" →
 * the customers; "40 kiosks, 200 requests each per day" → the kiosks). Undefined when the rate
 * at `start`-`end` has no such "each", or nothing is counted before it.
 */
export function distributedOver(
  ctx: QuantityContext,
  start: number,
  end: number,
): AttachedNumber | undefined {
  const text = ctx.text.toLowerCase();
  const clause = clauseText(ctx, start);
  let at: number | undefined;
  if (DISTRIBUTIVE_AFTER.test(text.slice(start, end + 12))) at = start;
  else {
    const before = [
      ...text.slice(clause.start, start).matchAll(DISTRIBUTIVE_BEFORE),
    ].pop();
    if (before) at = clause.start + (before.index ?? 0);
  }
  if (at === undefined) return undefined;
  const sentenceStart = sentenceStartBefore(text, at);
  const counted = countsOfText(ctx).filter(
    r =>
      r.noun &&
      r.kind !== undefined &&
      r.phraseEnd <= at! &&
      !SHARE_OF_THOSE.test(text.slice(r.start, r.phraseEnd + 12)),
  );
  const ofSentence = counted.filter(r => r.start >= sentenceStart);
  const inSentence = peopleWhereTheyAre(text, ofSentence) ?? ofSentence.pop();
  if (inSentence || sentenceStart === 0) return inSentence;
  // "...for our 120 engineers. They will use it 15 times a day each one."
  if (!ANAPHOR.test(text.slice(sentenceStart, Math.max(at, end))))
    return undefined;
  const previousStart = sentenceStartBefore(text, sentenceStart - 1);
  const ofPrevious = counted.filter(r => r.start >= previousStart);
  return peopleWhereTheyAre(text, ofPrevious) ?? ofPrevious.pop();
}

/**
 * People counted with where they are, the last counts of a sentence: "1,200 physicians across 3
 * hospitals ... each of them" stands for the physicians, not the hospitals.
 */
function peopleWhereTheyAre(
  text: string,
  counted: AttachedNumber[],
): AttachedNumber | undefined {
  const [people, place] = counted.slice(-2);
  if (!place || people.kind !== 'person' || place.kind === 'person')
    return undefined;
  return new RegExp(`^${PLACE_OF_PEOPLE}$`).test(
    text.slice(people.phraseEnd, place.start),
  )
    ? people
    : undefined;
}

/** Whether a counted noun is the entity, singular or plural ("tenants" for "tenant"). */
const sameNoun = (counted: string, entity: string) =>
  [entity, `${entity}s`, `${entity}es`].includes(counted.toLowerCase());

export interface EntityScale {
  /** What the per-entity rate is multiplied by: entities / entities per group. */
  factor: number;
  note: string;
  /** Where the per-entity words after the rate end (the rate's own end when said before it). */
  end: number;
  /** The count of the entities, as attached to its noun ("30 tenants"). */
  count: AttachedNumber;
}

/**
 * The factor a rate said at `start`-`end` is multiplied by when it is per entity and the text
 * counts those entities; undefined when it is no per-entity rate or the count is missing.
 * `tooMuchForOnePerson` says the rate is more than a person sends (then a rate per person with
 * a headcount is multiplied too, rather than asked about).
 */
export function perEntityScale(
  ctx: QuantityContext,
  start: number,
  end: number,
  tooMuchForOnePerson: boolean,
): EntityScale | undefined {
  const text = ctx.text.toLowerCase();
  let entity: string | undefined;
  let group = 1;
  let wordsEnd = end;
  const after = PER_ENTITY_AFTER.exec(text.slice(end, end + 40));
  const perNoun = after && nounKind(after.groups!.noun) !== 'time';
  const distributed = perNoun ? undefined : distributedOver(ctx, start, end);
  if (after && perNoun) {
    entity = after.groups!.noun;
    group = after.groups!.n ? parseNumberToken(after.groups!.n) : 1;
    wordsEnd = end + after[0].length;
  } else if (distributed) {
    // "each" standing for people is a per-user rate, asked about when too much for a person
    if (distributed.kind === 'person') return undefined;
    entity = distributed.noun;
  } else {
    const clause = clauseText(ctx, start);
    const before = text.slice(clause.start, start);
    const subject = [...before.matchAll(EACH_BEFORE)].pop()?.groups;
    entity =
      subject?.head && namesAPerson(subject.head)
        ? subject.head
        : subject?.noun;
  }
  if (!entity || !(group > 0)) return undefined;
  const plural = pluralOf(entity);
  const person = namesAPerson(entity);
  const kind = distributed?.kind ?? (person ? 'person' : nounKind(plural));
  if (!kind || NOT_LOAD_SOURCES.has(kind)) return undefined;
  // one person's rate that a person could send stays a per-user rate
  if (group === 1 && person && !tooMuchForOnePerson) return undefined;
  const count =
    distributed ??
    attachNumbers({ ...ctx, spans: new Spans() }).find(
      r =>
        r.noun &&
        sameNoun(r.noun, entity!) &&
        (r.end <= start || r.start >= wordsEnd),
    );
  if (!count || !(count.value > 0)) return undefined;
  // "our 45 support agents; each agent handles about 60 tickets a day": the word alone may name
  // software, but the count says they are people: a per-user rate
  if (group === 1 && count.kind === 'person' && !tooMuchForOnePerson)
    return undefined;
  const factor = count.value / group;
  return {
    factor,
    end: wordsEnd,
    count,
    note:
      group === 1
        ? `a rate for each of ${fmt(
            count.value,
          )} ${plural}: multiplied by ${fmt(count.value)}`
        : `a rate per ${fmt(group)} ${plural}, with ${fmt(
            count.value,
          )} ${plural}: multiplied by ${fmt(factor)}`,
  };
}
