/**
 * Counts of the users that no person noun gives away, read by users.ts only when nothing else
 * counts people: a count with its noun left out after the people were named ("for our nurses,
 * about 50 using it"), the count a rate per user is said of ("150 labmates, each about 5 a day"),
 * and clients that are no persons named as who the system is for ("for dental practices. 1,800
 * practices").
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { QuantityContext, UPPER } from './quantityReading';
import { AT_ONCE_WORDS } from './peopleCounts';
import { attachNumbers, isPersonNoun, nounKind } from './numberAttachment';
import { namedElsewhereAsServed } from './peopleCountStanding';

/**
 * A count with its noun left out, said to use it or to be on it at once, after the people were
 * named: "a chatbot for our home-care nurses, about 50 using it at the same time", "for the lab
 * techs - maybe 30 will use it". The count is of those people (peopleNamedIn), and is read as the
 * users only when no count of people with a noun is said ("25,000 students, a few hundred at once"
 * keeps the students).
 */
export const ELIDED_NOUN_USE_RE = new RegExp(
  `\\b(?:(?:about|around|roughly|approximately|approx\\.?|abt|maybe|some|up to|~)\\s?)?(?<num>${N})${UPPER}\\s(?:(?<use>(?:(?:would|will|could|can|might|may)\\s(?:all\\s)?(?:be\\s)?)?us(?:e|es|ing|eing)\\s(?:it|this)\\b)|(?<once>${AT_ONCE_WORDS})\\b)`,
  'g',
);

/** Nouns that name software as often as clients ("40 agents, each calls our tools"): never read as users here. */
const SOFTWARE_NOUNS =
  /^(?:agents|assistants|bots|chatbots|workers|services|apps|applications|tools|scripts|jobs|pipelines|instances|models|devices)$/;

/**
 * A count of a plural noun with "each" after it and what each of them sends in a day or a week:
 * "150 labmates, each about 5 a day", "ca 150 Mitarbeitende, jede/r so 5 pro Tag" (not "90
 * notebooks, each about 6 pages a day": pages are no requests).
 */
const COUNT_THEN_EACH_RE = new RegExp(
  `(?<![\\d.,])(?<num>${N})\\s(?<noun>[a-z][a-z-]*s|[a-z][a-z-]*nde|[a-z][a-z-]*nen)\\s?,?\\s(?:each|every one|apiece)\\s(?:[a-z/]+\\s){0,3}?(?:(?:about|around|roughly|maybe|so|ca\\.?|~)\\s?)?\\d[\\d,.]*\\s(?:(?:requests?|queries|questions|prompts|messages|reports|summaries|drafts|translations|times)\\s)?(?:a|per|each|every)\\s(?:day|week|working day|workday)\\b`,
  'g',
);

/**
 * The count a rate per user is said of, when its noun names no known kind of thing: what each of
 * them sends in a day ("each about 5 a day") makes the people counted the users, whatever the noun.
 */
export function countBeforeEach(ctx: QuantityContext) {
  // the words may have been read as a rate of the group (perEntityRates.ts): the count is still theirs
  for (const m of ctx.text.matchAll(COUNT_THEN_EACH_RE)) {
    const g = m.groups!;
    const kind = nounKind(g.noun);
    if (kind !== undefined && kind !== 'person' && kind !== 'thing') continue;
    if (SOFTWARE_NOUNS.test(g.noun)) continue;
    const start = m.index ?? 0;
    const end = start + g.num.length + 1 + g.noun.length;
    const value = parseNumberToken(g.num);
    if (!(value > 0)) continue;
    return {
      value,
      kind: 'total' as UsersKind,
      start,
      end,
      written: ctx.text.slice(start, end),
      noun: g.noun,
      notes: [
        `"${ctx.text.slice(
          start,
          end,
        )}" read as the users: what each of them sends is said after it`,
      ],
    };
  }
  return undefined;
}

/**
 * A count of clients that are no persons, named elsewhere as who the system is for: "a support
 * chatbot for dental practices. 1,800 practices, peak 25 req/s", "an agent for our clinics ...
 * 1.8k clinics on the platform". Read only when nothing counts people.
 */
export function servedCountOfThings(ctx: QuantityContext) {
  for (const r of attachNumbers(ctx)) {
    if (!r.noun || r.measure || !/s$/.test(r.noun)) continue;
    if (r.kind !== undefined && r.kind !== 'thing') continue;
    if (SOFTWARE_NOUNS.test(r.noun)) continue;
    const singular = r.noun.replace(/(?:ies)$/, 'y').replace(/s$/, '');
    if (!namedElsewhereAsServed(ctx.text, singular, r.start, r.phraseEnd))
      continue;
    const written = ctx.text.slice(r.start, r.phraseEnd);
    return {
      value: r.value,
      kind: 'total' as UsersKind,
      start: r.start,
      end: r.phraseEnd,
      written,
      noun: r.noun,
      notes: [
        ...r.notes,
        `"${written.trim()}" read as the users: the ${
          r.noun
        } are named as who it is for`,
      ],
    };
  }
  return undefined;
}

/** The plural nouns in `before` that name people: those an elided count is of. */
export function peopleNamedIn(before: string): string[] {
  return [...before.matchAll(/\b[a-z]+s\b/g)]
    .map(w => w[0])
    .filter(w => isPersonNoun(w));
}
