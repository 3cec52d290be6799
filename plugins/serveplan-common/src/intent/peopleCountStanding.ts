/**
 * How much the words around a count of people make it the users, for choosing among several
 * counts when no rule of users.ts settles it ("we began with 5 people ... 8,000 members log in
 * each week"). Each cue adds or takes away; the count standing highest is the users, the first
 * of them on a tie, so a text whose counts no cue tells apart reads as before.
 *
 * - For: the words say they use it (ownOrganisation.ts saysWhoUsesIt), a clause right after says
 *   some of them use it ("of whom most would use it") or what each of them asks for ("about 30
 *   drafts each a day"), or the people it counts are named
 *   elsewhere as who the system serves ("for the dispatcher", "the planners open it", "on the
 *   tenant portal").
 * - Against:
 *   - said of the past (samePopulation.ts; not a count of the last month or week, which is
 *     today's measure), by more than being said to use it counts for, since what happened then
 *     is background to what is planned now;
 *   - the writer's own side, unless use is said right after it ("the team, 6 people, would use
 *     it");
 *   - use denied right after ("though none of them will see it");
 *   - one person picked out of a group ("one of the nurses");
 *   - a singular noun after a count above one ("the 2020 rollout"), which reads as something
 *     else; a writer who marks no plural writes "90 foreman", so this only breaks ties.
 */
import { UsersKind } from './intentSchema';
import {
  countsOwnOrganisation,
  countsWritersSide,
  saysWhoUsesIt,
} from './ownOrganisation';
import { plural } from './plural';
import { saidOfThePast, who } from './samePopulation';

export interface PeopleCountCandidate {
  start: number;
  end: number;
  value: number;
  written: string;
  kind: UsersKind;
  /** The noun it counts ("players", "team"), when it has one. */
  noun?: string;
  /** Where the number stands, for a count read after a lead word ("crew: 12"). */
  countAt?: number;
}

/** Some of the people counted said to use it, in a clause right after: "of whom about half would use it". */
const SOME_USE_AFTER =
  /^,?\s?(?:of\s(?:whom|which|them|those)|who)\b[^.;!?\d]{0,30}?\b(?:use|uses|open|opens|log\sin|logs\sin|access|ask|query)\b/;

/** A number of things each of them asks for, right after the count: "maybe 30 drafts each a day". */
const EACH_ASKS_AFTER =
  /^[^.;!?]{0,30}?\b\d[\d,.]*\s?(?:[a-z-]+\s){0,2}?(?:each|apiece|per head|per person)\b/;

/** Use said right after the count: "70 people who'd use it", "5 people, would use this for drafts". */
const USE_RIGHT_AFTER =
  /^[^.;!?\d]{0,30}?\b(?:would|will|could|can|'d|'ll|to|all|then)\s(?:all\s|mostly\s|also\s)?(?:use|access|query)\s(?:it|this|that|the)\b/;

/** Use denied right after the count: "though none of them will see it", "who never touch it". */
const DENIED_USE_AFTER =
  /^[^.;!?]{0,40}?(?:\b(?:none|no\sone|nobody|not\sone)\b[^.;!?]{0,25}?\b(?:would|will|could|can|does|do|is|are|ever)\b|\b(?:they|who|these|those)\s(?:would(?:n't|\snot|\snever)|won't|will\s(?:not|never)|never|don't|do\snot|aren't|are\snot)\b)[^.;!?]{0,20}?\b(?:use|touch|see|interact|talk|need)\b/;

/** A recent period in the past, whose count is today's measure: "last week the app had 3,000 daily actives". */
const RECENT_PERIOD_BEFORE =
  /\b(?:last|past|previous)\s(?:month|week|quarter|30\sdays|7\sdays)\b[^.;!?]*$/;

/** One person picked out of a group: "1 of the nurses", "one of our engineers". */
const ONE_OF = /^\s?of\s(?:the|our|their|my|them|those|its)\b/;
const ONE_OF_WRITTEN =
  /^\s?(?:1|one)\sof\s(?:the|our|their|my|them|those|its)\b/;

/** Nouns that count people without a plural ending: "40 staff", "300 people". */
const COLLECTIVE =
  /^(?:staff|people|personnel|crew|police|folk|ppl|faculty|workforce|headcount|audience|team|company|org|dau|mau|wau|concurrency|clergy|cattle|youth|laity|gentry)$/;

/** The word after the number of a count read after a lead word: "medics" in "crew: 12 medics". */
function nounAfterNumber(text: string, c: PeopleCountCandidate): string {
  if (c.countAt === undefined) return '';
  return /^\s([a-z][a-z-]+)/.exec(text.slice(c.end).toLowerCase())?.[1] ?? '';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the people `noun` names (singular, as samePopulation.ts's who gives it) are named
 * outside `start`-`end` of `text` as who the system serves: "for the dispatcher", "the planners
 * open", "tenants expect", "on the tenant portal", "a tenant-facing bot".
 */
export function namedElsewhereAsServed(
  text: string,
  noun: string,
  start: number,
  end: number,
): boolean {
  if (noun.length < 3) return false;
  return servedMentions(text, noun).some(
    ([from, to]) => to <= start || from >= end,
  );
}

/** The last text read for mentions, and its mentions by noun: one scan per noun, not per count. */
let mentionsText = '';
const mentionsByNoun = new Map<string, Array<[number, number]>>();

/** Where `text` names the people `noun` names as who the system serves. */
function servedMentions(text: string, noun: string): Array<[number, number]> {
  if (text !== mentionsText) {
    mentionsText = text;
    mentionsByNoun.clear();
  }
  const known = mentionsByNoun.get(noun);
  if (known) return known;
  const forms = `(?:${escapeRe(noun)}|${escapeRe(plural(noun))})`;
  const served = new RegExp(
    [
      `\\bfor\\s(?:(?:the|our|their|its|all|each|every|a|an|any)\\s){0,2}(?:[a-z-]+\\s)?${forms}\\b`,
      `\\b${forms}\\s(?:(?:would|will|can|could|might|then|just|all)\\s)?(?:use|uses|expect|expects|ask|asks|need|needs|want|wants|paste|pastes|type|types|open|opens|query|queries)\\b`,
      `\\b(?:the|our|a|an|their)\\s${forms}[\\s-](?:portal|app|site|website|platform|interface|dashboard|facing)\\b`,
      `\\b${forms}-facing\\b`,
    ].join('|'),
    'g',
  );
  const mentions: Array<[number, number]> = [];
  for (const m of text.toLowerCase().matchAll(served))
    mentions.push([m.index!, m.index! + m[0].length]);
  mentionsByNoun.set(noun, mentions);
  return mentions;
}

/**
 * Words between a counted noun and what is said of it: a second noun joined to it ("and
 * assistants" of "85 advisers and assistants would use it"), the period it is counted over ("a
 * month" of "2,500 people a month use the portal") or where they are ("of the secretariat" of
 * "we'd like the 80 people of the secretariat to use it", with its "to").
 */
const BETWEEN_NOUN_AND_VERB =
  /^\s(?:(?:and|or|&|plus)\s[a-z][a-z-]*|(?:a|an|per|each|every)\s(?:day|week|month|year|weekday|working day|business day)|(?:of|in|at|on|from)\s(?:the|our|their|its)\s[a-z][a-z-]*(?:\s(?:team|office|department|unit|desk|group))?)(?:\sto(?=\s(?:use|access|query)\b))?(?=\s)/i;

/** The words after a count past what stands between its noun and its verb. */
function afterCoordinated(after: string): string {
  return after.replace(BETWEEN_NOUN_AND_VERB, '');
}

/**
 * People given the system: "we wish to give our 60 customs brokers a tool that reads", "provide
 * the 12 planners with an assistant".
 */
const GIVEN_BEFORE =
  /\b(?:give|gives|giving|provide|provides|providing|equip|equips|equipping|offer|offers|offering|hand|arm)\s(?:(?:our|the|their|all|all\sof\sour)\s)?(?:(?:about|around|roughly|some)\s)?$/;
const GIVEN_AFTER =
  /^\s(?:with\s)?(?:an?|the|their\sown|our)\s(?:[a-z-]+\s){0,2}?(?:tool|assistant|bot|chatbot|copilot|agent|system|model|app|service)\b/;

/** The people wished able to do something: "we'd like the 80 people of the secretariat to be able to upload". */
const ABLE_TO_AFTER = /^\s(?:to\s)?be\sable\sto\s[a-z]+/;

/** What speaks for and against one count of people in `text` being the users. */
export function peopleCountCues(
  text: string,
  c: PeopleCountCandidate,
): { for: number; against: number } {
  // the words before as far as any cue reads (its sentence, in all but run-on text): bounded so
  // that many counts in a long text cost no more than their number
  const before = text.slice(Math.max(0, c.start - 300), c.start);
  const after = text.slice(c.end, c.end + 60);
  const lowerAfter = after.toLowerCase();
  let forIt = 0;
  let against = 0;
  const given =
    GIVEN_BEFORE.test(before.toLowerCase()) && GIVEN_AFTER.test(lowerAfter);
  if (
    [after, afterCoordinated(after)].some(a =>
      saysWhoUsesIt(
        before,
        c.written,
        a,
        // by the words, not by what the count measures: "900 patients a day" are seen, not users
        'total',
      ),
    ) ||
    SOME_USE_AFTER.test(lowerAfter) ||
    ABLE_TO_AFTER.test(afterCoordinated(lowerAfter)) ||
    given ||
    EACH_ASKS_AFTER.test(lowerAfter)
  )
    forIt += 2;
  // given the system outright: more than a frame of serving ("clearance for 3,000 clients")
  if (given) forIt += 1;
  const nouns = [who(c), nounAfterNumber(text, c)].filter(
    (n): n is string => !!n,
  );
  if (nouns.some(n => namedElsewhereAsServed(text, n, c.start, c.end)))
    forIt += 2;
  if (
    saidOfThePast(text, c.start) &&
    !RECENT_PERIOD_BEFORE.test(before.toLowerCase())
  )
    against += 3;
  // the writer's own people are users too when the words right after say so ("the team, which
  // is 4 people, would use this") or they are given it ("give our 60 brokers a tool")
  if (
    (countsOwnOrganisation(before, c.written) ||
      countsWritersSide(before, c.written, c.noun ?? '', after)) &&
    !USE_RIGHT_AFTER.test(lowerAfter) &&
    !given
  )
    against += 2;
  if (DENIED_USE_AFTER.test(lowerAfter)) against += 3;
  if (
    c.value === 1 &&
    (ONE_OF.test(lowerAfter) || ONE_OF_WRITTEN.test(c.written.toLowerCase()))
  )
    against += 2;
  const noun = (c.noun ?? '').toLowerCase();
  if (
    c.value > 1 &&
    c.countAt === undefined &&
    /^[a-z]+$/.test(noun) &&
    plural(noun) !== noun &&
    !COLLECTIVE.test(noun)
  )
    against += 1;
  return { for: forIt, against };
}

/** The standing of one count of people in `text`: the higher, the more the words make it the users. */
export function peopleCountStanding(
  text: string,
  c: PeopleCountCandidate,
): number {
  const cues = peopleCountCues(text, c);
  return cues.for - cues.against;
}

/**
 * The count of `candidates` standing highest in `text`. The first is the default: a later one
 * takes its place only when something speaks for it (said to use it, or its people named as who
 * the system serves) and it stands higher, so a text that says nothing of who uses it keeps its
 * first count ("we're about 90 engineers; 12 designers sit in another office").
 */
export function highestStanding<T extends PeopleCountCandidate>(
  text: string,
  candidates: T[],
): T | undefined {
  const [first, ...later] = candidates;
  if (!first) return undefined;
  let best = first;
  let bestStanding = peopleCountStanding(text, first);
  for (const c of later) {
    const cues = peopleCountCues(text, c);
    if (cues.for > 0 && cues.for - cues.against > bestStanding) {
      best = c;
      bestStanding = cues.for - cues.against;
    }
  }
  return best;
}
