/**
 * User counts: the counts of people a text gives, each with what it counts ("5k daily active
 * users", "team of 40", "500 concurrent sessions", "make that 900 at once", "40,000 daily
 * actives", "a 40-person team", "baristas = 40", "used by 1,100 pharmacists"), before any is
 * chosen as the users (usersAmongCounts.ts).
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N } from './numbers';
import {
  around,
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  DESCRIBING_WORDS,
  readAmount,
  UPPER,
  USER_NOUNS,
} from './quantityReading';
import { AT_ONCE_WORDS, ONLINE_AFTER, readPeopleCount } from './peopleCounts';
import { attachNumbers, isPersonNoun, nounKind } from './numberAttachment';
import {
  antecedentBefore,
  PEOPLE_OR_SOFTWARE_ROLES,
  roleNamedForEarlier,
} from './countReferents';
import { peoplePerUnit } from './peoplePerUnit';
import { activePeriodRightAfter } from './activePeriod';
import {
  countBeforeEach,
  ELIDED_NOUN_USE_RE,
  peopleNamedIn,
  servedCountOfThings,
} from './usersWithoutPersonNoun';
import { saidActive, usersKindFrom } from './usersKind';

/** A count, describing words and a user noun: "5k daily active users". */
const USERS_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?<gap>${DESCRIBING_WORDS})(?<noun>${USER_NOUNS})\\b`,
  'g',
);
/**
 * A lead word then its count: "team of 40", "user base ~ 20k", "dau: 5k", "enrolment is about 9,000"
 * (the students enrolled); not an age or a
 * duration ("the company is 5 years old").
 */
const USERS_BEFORE_RE = new RegExp(
  `\\b(?<lead>team|company|org(?:anization|anisation)?|user ?base|audience|head ?count|workforce|enrol(?:l)?ment|dau|mau|wau|users|merchants|sellers|concurrency|concurrent users)\\s?(?:of|with|is|are|:|=|around|about|~|roughly|approximately|size)?\\s?(?:about|around|roughly|~|approximately|maybe)?\\s?(?<num>${N})${UPPER}(?!\\s?(?:%|ms|s\\b|req|tokens?|gpus?|[km]?\\$|(?:years?|yrs?|months?|weeks?|days?)\\b))`,
  'g',
);
/** Words that make a count approximate: "about", "something like", "in the region of". */
const HEDGE =
  '(?:(?:about|around|roughly|~|approximately|maybe|probably|typically|usually|something like|somewhere around|in the region of|close to|nearly|almost)\\s?)?';
/**
 * What may follow a labelled count: not the rest of the number ("1" of "1,200"), a unit ("%",
 * "ms", "tokens") or another noun it counts, but when or where the people are: "at peak", "on
 * weekends", "in total", "or so".
 */
const AFTER_LABELLED_COUNT =
  "(?![.,']?\\d)(?!\\s?(?:%|ms|s\\b|req|tokens?|gpus?|[km]?\\$|x\\b|times\\b|(?!(?:on|at|in|during|across|over|or so|tops)\\b)[a-z]))";
/**
 * A person noun as a label with its count after it: "team members: 120", "baristas = 40", "staff
 * members are 300", "concurrent viewers are something like 9k at peak". Which nouns are people is
 * the attachment's test (isPersonNoun), not a list.
 */
const LABEL_THEN_COUNT_RE = new RegExp(
  `\\b(?:(?<mod>[a-z-]+)\\s)?(?<noun>[a-z-]+)\\s?(?::|=|\\s(?:are|total|number)\\s)\\s?${HEDGE}(?<num>${N})${UPPER}${AFTER_LABELLED_COUNT}`,
  'g',
);
/**
 * Open sessions at once stand for people at once: "500 concurrent sessions", "200 chats open at
 * the same time", "up to 300 chats going on at the same time".
 */
const SESSIONS_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?:(?<adj>concurrent|simultaneous|parallel|active|open|live|in-flight)\\s(?:user\\s|chat\\s)?(?<noun>sessions|conversations|chats|connections|calls|streams)\\b|(?<noun2>sessions|conversations|chats|connections|calls|streams)\\s(?:open\\s|running\\s|active\\s|going on\\s|in progress\\s|ongoing\\s|happening\\s)?(?<when>at once|(?:at|in) the same time|in parallel|simultaneously|concurrently)\\b)`,
  'g',
);
/**
 * A count corrected with no noun, said to be there at the same time: "make that 900 at once",
 * "actually 250 simultaneously", "change it to 80 at the same time", "sorry, 30 at once". At
 * once, a count is of people on it: the users, concurrent.
 */
const RESTATED_AT_ONCE_RE = new RegExp(
  `\\b(?:make\\s(?:that|it)|change\\s(?:that|it)\\sto|(?:no,?\\s|sorry,?\\s)?(?:actually|i\\smeant|rather)|(?:no|sorry|oops),)\\s(?:more\\slike\\s)?(?:about\\s|around\\s|~\\s?)?(?<num>${N})${UPPER}\\s${AT_ONCE_WORDS}\\b`,
  'g',
);
/**
 * "actives" as a noun for active users, with the period they are active in: "40,000 daily
 * actives", "2m monthly actives", "300k actives".
 */
const ACTIVES_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?<period>(?:daily|weekly|monthly)[\\s-])?actives\\b`,
  'g',
);
/**
 * People said to be active in a period, whatever the noun, as long as it names people: "150,000
 * monthly active drivers", "9k daily riders" (the attachment stops at "monthly").
 */
const PERIOD_ACTIVE_PEOPLE_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?<period>daily|monthly)(?:[\\s-]active)?\\s(?<noun>[a-z][a-z-]*)\\b`,
  'g',
);
/**
 * An organisation sized by its people: "a 40-person team", "our 250-strong company", and with up
 * to two words saying what kind between: "a 9-person architecture practice", "the 600-person
 * hospital network", "a 25-person design studio". The noun names a group of people working
 * together; "a 20-person limit" or "a 6-person table" sizes no group.
 */
const USERS_ADJ_RE = new RegExp(
  `(?<num>${N})${UPPER}[\\s-](?:person|people|member|strong|seat|user)\\s(?:[a-z&-]+\\s){0,2}?(?<noun>team|company|org|organi[sz]ation|department|group|firm|shop|startup|agency|network|practice|studio|business|charity|non-?profit|consultancy|newsroom|collective|cooperative|co-op)\\b`,
  'g',
);

/** A pronoun a count stands for people with: "5,000 of them", "some of those". */
const PLURAL_PRONOUN = /^(?:them|those|these)$/;

/**
 * The role a pronoun stands for when the attachment found no noun for it ("for our call centre
 * agents, 5,000 of them"): the nearest plural before it in its sentence, when that plural names
 * people in one text and software in another ("agents", "assistants"), for roleNamedForEarlier
 * to read by its frame.
 */
function roleForPronoun(noun: string, before: string): string | undefined {
  if (!PLURAL_PRONOUN.test(noun)) return undefined;
  const antecedent = antecedentBefore(before, (word, describing) =>
    PEOPLE_OR_SOFTWARE_ROLES.test(word) ? 'role' : nounKind(word, describing),
  );
  return antecedent?.kind === 'role' ? antecedent.noun : undefined;
}

/** A count of people as read, with what it counts. */
export interface UserCount {
  value: number;
  kind: UsersKind;
  start: number;
  end: number;
  written: string;
  /** The noun it counts ("players", "team"), when it has one. */
  noun?: string;
  /** How a range or a dotted count was read. */
  notes?: string[];
  /** Open sessions, which one person can hold several of. */
  sessions?: boolean;
  /** Where the count stands, for a count read after a lead word ("company: 350"). */
  countAt?: number;
}

/**
 * The counts of people in a text, each with its kind and the noun it counts, in the order the
 * readers find them: a count with a user noun, open sessions at once, a count corrected as at
 * once, "actives", people per unit, people active in a period, a lead word then its count, an
 * organisation sized by its people, a person noun labelled with its count, any count the
 * attachment makes people; a count with its noun left out only when no other counts people.
 */
export function findUserCounts(ctx: QuantityContext): UserCount[] {
  const found: UserCount[] = [];
  // a range's value, or one settled on right after it ("200-300 users, call it 250")
  const count = (g: Record<string, string>, end: number) => {
    const read = readAmount(g.num, g.num2, {
      count: true,
      why: 'to size for it',
      after: { text: ctx.text.slice(end, end + 30), unit: USER_NOUNS },
    });
    if (read.settledEnd) ctx.spans.take(end, end + read.settledEnd);
    return read;
  };
  for (const m of matches(ctx, USERS_RE)) {
    const g = m.groups!;
    const { clause, after } = around(
      ctx,
      m.index,
      m.index + m[0].length,
      0,
      30,
    );
    // "support agents" are people, "AI agents" are not
    if (
      g.noun === 'agents' &&
      !/\b(?:support|sales|human|service|call[\s-]center|help ?desk|field)\s$/.test(
        `${g.gap} `,
      )
    )
      continue;
    // "5 developers per team": not a headcount
    if (/^\s?(?:per|each)\b(?!\s?day\b)/.test(after)) continue;
    const active = saidActive(ctx, m.index, m.index + m[0].length);
    const read = count(g, m.index + m[0].length);
    // "120k players online at peak": there at one moment
    let kind: UsersKind = usersKindFrom(`${g.gap} ${g.noun}`, clause);
    if (ONLINE_AFTER.test(after)) kind = 'concurrent';
    if (active) kind = active;
    found.push({
      value: read.value,
      kind,
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
      noun: g.noun,
      notes: read.notes,
    });
  }
  for (const m of matches(ctx, SESSIONS_RE)) {
    const read = count(m.groups!, m.index + m[0].length);
    found.push({
      value: read.value,
      kind: 'concurrent',
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
      notes: read.notes,
      sessions: true,
    });
  }
  for (const m of matches(ctx, RESTATED_AT_ONCE_RE)) {
    const read = count(m.groups!, m.index + m[0].length);
    const [start] = groupSpan(m, m.groups!.num);
    found.push({
      value: read.value,
      kind: 'concurrent',
      start,
      end: m.index + m[0].length,
      written: m[0],
      notes: read.notes,
    });
  }
  // read now, before other readers take the numbers; kept only when nothing else counts people
  const elided: typeof found = [];
  for (const m of matches(ctx, ELIDED_NOUN_USE_RE)) {
    const g = m.groups!;
    const [start] = groupSpan(m, g.num);
    const named = peopleNamedIn(
      ctx.text.slice(Math.max(0, start - 200), start),
    );
    // "realistically ~120 would use it daily", with no people named: whoever uses it are people
    if (named.length === 0 && g.use === undefined) continue;
    const noun = named[named.length - 1] ?? 'people';
    const end = m.index + m[0].length;
    const read = count(g, end);
    const next = ctx.text.slice(end, end + 60);
    const atOnce =
      g.once !== undefined ||
      new RegExp(`^[^.;!?]{0,30}?${AT_ONCE_WORDS}`).test(next);
    let kind: UsersKind = 'total';
    if (atOnce) kind = 'concurrent';
    else if (/^\s(?:daily|each day|every day|a day|per day)\b/.test(next))
      kind = 'daily_active';
    elided.push({
      value: read.value,
      kind,
      start,
      end,
      written: m[0],
      noun,
      notes: [
        ...read.notes,
        named.length > 0
          ? `"${m[0].trim()}" read as ${fmt(
              read.value,
            )} of the ${noun} named before`
          : `"${m[0].trim()}" read as ${fmt(
              read.value,
            )} people: whoever uses it`,
      ],
    });
  }
  for (const m of matches(ctx, ACTIVES_RE)) {
    const g = m.groups!;
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const read = count(g, m.index + m[0].length);
    found.push({
      value: read.value,
      kind: usersKindFrom(`${g.period ?? ''}actives`, clause),
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
      noun: 'actives',
      notes: read.notes,
    });
  }
  // "1,800 dealerships x ~6 techs each": the people in all
  for (const p of peoplePerUnit(ctx.text)) {
    if (ctx.spans.overlaps(p.start, p.end)) continue;
    // "14 ships x 3,000 guests = 42,000": the guests of one ship are a part of the product
    const inside = found.filter(f => f.start >= p.start && f.end <= p.end);
    if (p.total) for (const f of inside) found.splice(found.indexOf(f), 1);
    if (found.some(f => f.start < p.end && f.end > p.start)) continue;
    found.push({
      ...p,
      kind: 'total',
      notes: [`"${p.written.trim()}" read as ${fmt(p.value)} ${p.noun} in all`],
    });
  }
  for (const m of matches(ctx, PERIOD_ACTIVE_PEOPLE_RE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (found.some(f => f.start < end && f.end > m.index)) continue;
    if (!isPersonNoun(g.noun)) continue;
    const read = count(g, end);
    found.push({
      value: read.value,
      kind: usersKindFrom(`${g.period} active`, ''),
      start: m.index,
      end,
      written: m[0],
      noun: g.noun,
      notes: read.notes,
    });
  }
  for (const re of [USERS_BEFORE_RE, USERS_ADJ_RE]) {
    for (const m of matches(ctx, re)) {
      const g = m.groups!;
      const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
      const lead = g.lead ?? g.noun ?? '';
      const read = count(g, m.index + m[0].length);
      const kind = usersKindFrom(lead, clause);
      const { after } = around(ctx, m.index, m.index + m[0].length, 0, 30);
      found.push({
        value: read.value,
        kind: kind === 'total' ? activePeriodRightAfter(after) ?? kind : kind,
        start: m.index,
        end: m.index + m[0].length,
        written: m[0],
        noun: lead,
        notes: read.notes,
        countAt: g.lead ? groupSpan(m, g.num)[0] : undefined,
      });
    }
  }
  for (const m of matches(ctx, LABEL_THEN_COUNT_RE)) {
    const g = m.groups!;
    if (!isPersonNoun(g.noun, g.mod ? [g.mod] : [])) continue;
    const [start] = groupSpan(m, g.num);
    const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
    const read = count(g, m.index + m[0].length);
    found.push({
      value: read.value,
      kind: usersKindFrom(`${g.mod ?? ''} ${g.noun}`, clause),
      start,
      end: m.index + m[0].length,
      written: m[0],
      noun: g.noun,
      notes: read.notes,
    });
  }
  // a count with a noun no list knows, made users by its noun or the words around it
  // ("used by 1,100 pharmacists", "6,000 cars talking to it")
  for (const r of attachNumbers(ctx)) {
    if (!r.noun || r.measure) continue;
    const end = r.phraseEnd;
    if (found.some(f => f.start < end && f.end > r.start)) continue;
    const { before, clause } = around(ctx, r.start, end, 40, 0);
    const following = ctx.text.slice(end, end + 60);
    // "about 900 agents in all" after "a chatbot for our claims agents": the people it is for;
    // "for our call centre agents, 5,000 of them": the same, through the pronoun
    const noun = roleForPronoun(r.noun, ctx.text.slice(0, r.start)) ?? r.noun;
    const person =
      r.kind === 'person' ||
      roleNamedForEarlier(
        noun,
        r.describing,
        ctx.text.slice(0, r.start),
        following,
      );
    const people = readPeopleCount(
      r.noun,
      before,
      following,
      r.describing,
      person,
    );
    if (!people) continue;
    let kind: UsersKind = usersKindFrom(
      `${r.describing.join(' ')} ${r.noun}`,
      clause,
    );
    kind = saidActive(ctx, r.start, end) ?? kind;
    if (people.concurrent) kind = 'concurrent';
    found.push({
      value: r.value,
      kind,
      start: r.start,
      end,
      written: ctx.text.slice(r.start, end),
      noun,
      notes: r.notes,
    });
  }
  // "about 50 using it" after "for our nurses": the users only when no count of people has a noun
  if (found.length === 0) found.push(...elided);
  // "ca 150 Mitarbeitende, jede/r so 5 pro Tag": what each of them sends makes them people
  if (found.length === 0) {
    const each = countBeforeEach(ctx) ?? servedCountOfThings(ctx);
    if (each) found.push(each);
  }
  // "company: 350 devs concurrently": the count is read with its own noun after it, not as the
  // size of the lead word before it
  const ownNoun = found.filter(
    f =>
      f.countAt !== undefined &&
      found.some(
        o => o !== f && o.countAt === undefined && o.start === f.countAt,
      ),
  );
  for (const f of ownNoun) found.splice(found.indexOf(f), 1);
  return found;
}
