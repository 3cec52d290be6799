/**
 * Users: how many and what they count (total, daily active, concurrent), from "5k DAU", "400
 * simultaneous calls", "team of 40"; and the share of them active on a day.
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N, roundSig } from './numbers';
import { setSignal } from './signals';
import {
  around,
  approximateAt,
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  DESCRIBING_WORDS,
  readAmount,
  UPPER,
  USER_NOUNS,
} from './quantityReading';
import { ONLINE_AFTER, readPeopleCount } from './peopleCounts';
import { attachNumbers, isPersonNoun } from './numberAttachment';
import { readShares } from './shares';
import { roleNamedForEarlier } from './countReferents';
import { countsOwnOrganisation, saysWhoUsesIt } from './ownOrganisation';

/** A count, describing words and a user noun: "5k daily active users". */
const USERS_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?<gap>${DESCRIBING_WORDS})(?<noun>${USER_NOUNS})\\b`,
  'g',
);
const USERS_BEFORE_RE = new RegExp(
  `\\b(?<lead>team|company|org(?:anization|anisation)?|user ?base|audience|head ?count|workforce|dau|mau|wau|users|concurrency|concurrent users)\\s?(?:of|with|is|are|:|=|around|about|~|roughly|approximately|size)?\\s?(?:about|around|roughly|~|approximately|maybe)?\\s?(?<num>${N})${UPPER}(?!\\s?(?:%|ms|s\\b|req|tokens?|gpus?|[km]?\\$))`,
  'g',
);
/**
 * A person noun as a label with its count after it: "team members: 120", "baristas = 40", "staff
 * members are 300". Which nouns are people is the attachment's test (isPersonNoun), not a list.
 */
const LABEL_THEN_COUNT_RE = new RegExp(
  `\\b(?:(?<mod>[a-z-]+)\\s)?(?<noun>[a-z-]+)\\s?(?::|=|\\s(?:are|total|number)\\s)\\s?(?:about|around|roughly|~|approximately|maybe)?\\s?(?<num>${N})${UPPER}(?!\\s?(?:%|ms|s\\b|req|tokens?|gpus?|[km]?\\$|x\\b|times\\b|[a-z]))`,
  'g',
);
/** Open sessions at once stand for people at once: "500 concurrent sessions", "200 chats open at the same time". */
const SESSIONS_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?\\+?\\s?(?:(?<adj>concurrent|simultaneous|parallel|active|open|live|in-flight)\\s(?:user\\s|chat\\s)?(?<noun>sessions|conversations|chats|connections|calls|streams)\\b|(?<noun2>sessions|conversations|chats|connections|calls|streams)\\s(?:open\\s|running\\s|active\\s)?(?<when>at once|at the same time|in parallel|simultaneously|concurrently)\\b)`,
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
const USERS_ADJ_RE = new RegExp(
  `(?<num>${N})${UPPER}[\\s-](?:person|people|member|strong|seat|user)\\s(?<noun>team|company|org|department|group|firm|shop|startup)\\b`,
  'g',
);

/**
 * A day of use said after the people and what they do, with no number between: "600 people
 * hitting it on a busy day", "200 nurses on it on a typical day" (a number between would make
 * the day belong to it: "300 people send 5 requests a day").
 */
const DAY_OF_USE_AFTER =
  /^[^\d.;!?]{0,25}?\bon\s(?:a|an|any)\s(?:given|busy|typical|normal|average|regular|peak)\sday\b/;

/**
 * What the people do, then a day, in their clause with no number between: "3,000 new customers
 * go through onboarding each day", "400 drivers check the app every day", "2k staff ask it
 * questions daily": the people are there on a day, so the count is of daily actives. A number in
 * between takes the day itself ("300 people send 5 requests a day"), and so does a count of
 * things ("500 tickets a day" is read before this).
 */
const DOING_EACH_DAY_AFTER =
  /^\s(?:(?!(?:per|each|every)\b)[a-z'-]+\s){1,4}?(?:(?:per|each|every|a)\s(?:single\s|business\s|working\s)?day|daily)\b/;

/**
 * A later, smaller count after a word that corrects the first ("18,000 accounts but realistically
 * maybe 600 people on a busy day", "5,000 staff, in practice 800 use it"): the writer narrows the
 * population to the people who will use it, so the narrowed count is the users.
 */
const NARROWING_BEFORE =
  /\b(?:realistically|in practice|in reality|actually|really|more like)\b[^\d.;!?]{0,20}$/;

function narrowedCount<T extends { start: number; end: number; value: number }>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [first, ...later] = free;
  if (!first) return undefined;
  const narrowed = later.find(
    f =>
      f.value < first.value &&
      NARROWING_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 40), f.start)),
  );
  if (narrowed)
    ctx.signals.assumptions.push(
      `${fmt(narrowed.value)} read as the users: said after ${fmt(
        first.value,
      )} as the realistic number of people using it`,
    );
  return narrowed;
}

/**
 * The writer's own organisation counted first ("we're about 80 people", "we're a startup, eleven
 * people") and a later count that says who uses the system ("only the 40 writers would use it",
 * "120k monthly active users"): the later count is the users, the first is who the writer is.
 */
function usersPastOwnOrganisation<
  T extends {
    start: number;
    end: number;
    value: number;
    kind: UsersKind;
    written: string;
  },
>(ctx: QuantityContext, found: T[]): { organisation: T; users: T } | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [organisation, ...later] = free;
  if (!organisation) return undefined;
  if (!countsOwnOrganisation(ctx.text.slice(0, organisation.start)))
    return undefined;
  const users = later.find(f =>
    saysWhoUsesIt(
      ctx.text.slice(Math.max(0, f.start - 40), f.start),
      f.written,
      ctx.text.slice(f.end, f.end + 60),
      f.kind,
    ),
  );
  if (!users) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(organisation.value)} read as the size of your organisation and ${fmt(
      users.value,
    )} as the users: the people said to use it`,
  );
  return { organisation, users };
}

/**
 * Whether the people counted at `start`-`end` are said to be there on a day, by the words right
 * after them: "25,000 users (DAU)", "300 people use it daily", "2k users log in every day",
 * "600 people hitting it on a busy day", "3,000 customers go through onboarding each day".
 */
function saidDaily(ctx: QuantityContext, start: number, end: number): boolean {
  const { after } = around(ctx, start, end, 0, 30);
  const { after: longer } = around(ctx, start, end, 0, 50);
  const next = ctx.text.slice(end, end + 12);
  return (
    /^\s?(?:a day|per day|each day|every day|daily|on a given day)\b/.test(
      after,
    ) ||
    DAY_OF_USE_AFTER.test(after) ||
    DOING_EACH_DAY_AFTER.test(longer) ||
    /^\s?\(\s?(?:dau|daily(?: active)?)\b/.test(next) ||
    /^\s(?:(?:use|uses|using|log into|logs? in(?:to)?|open|visit|are on|come to)\s(?:it|the \w+|our \w+|this)\s?|are active\s|log in\s)(?:a day|per day|each day|every day|daily|on a given day)\b/.test(
      after,
    )
  );
}

function usersKindFrom(words: string, clause: string): UsersKind {
  if (/\bdau\b|daily(?:[\s-]active)?\b|\bper day\b|\ba day\b/.test(words))
    return 'daily_active';
  if (/\bmau\b|monthly(?:[\s-]active)?\b/.test(words)) return 'monthly_active';
  if (
    /\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|concurrency|sessions?)\b/.test(
      words,
    )
  )
    return 'concurrent';
  if (
    /\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|at (?:the same time|once)|in parallel|at any (?:one )?time)\b/.test(
      clause,
    )
  )
    return 'concurrent';
  if (/\bdaily active\b|\bdau\b/.test(clause)) return 'daily_active';
  return 'total';
}

/** Upper bound on users: more than the people on Earth is a typo or a test. */
export const MAX_USERS = 1e10;

/** Users and what they count ("5k DAU", "300 concurrent users", "team of 40", "ten thousand employees"). */
export function extractUsers(ctx: QuantityContext): void {
  const found: Array<{
    value: number;
    kind: UsersKind;
    start: number;
    end: number;
    written: string;
    /** How a range or a dotted count was read. */
    notes?: string[];
    /** Open sessions, which one person can hold several of. */
    sessions?: boolean;
  }> = [];
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
    if (/^\s?(?:per|each)\s(?!day\b)/.test(after)) continue;
    const daily = saidDaily(ctx, m.index, m.index + m[0].length);
    const read = count(g, m.index + m[0].length);
    // "120k players online at peak": there at one moment
    let kind: UsersKind = usersKindFrom(`${g.gap} ${g.noun}`, clause);
    if (ONLINE_AFTER.test(after)) kind = 'concurrent';
    if (daily) kind = 'daily_active';
    found.push({
      value: read.value,
      kind,
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
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
      notes: read.notes,
    });
  }
  for (const re of [USERS_BEFORE_RE, USERS_ADJ_RE]) {
    for (const m of matches(ctx, re)) {
      const g = m.groups!;
      const { clause } = around(ctx, m.index, m.index + m[0].length, 0, 0);
      const lead = g.lead ?? g.noun ?? '';
      const read = count(g, m.index + m[0].length);
      found.push({
        value: read.value,
        kind: usersKindFrom(lead, clause),
        start: m.index,
        end: m.index + m[0].length,
        written: m[0],
        notes: read.notes,
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
    // "about 900 agents in all" after "a chatbot for our claims agents": the people it is for
    const person =
      r.kind === 'person' ||
      roleNamedForEarlier(
        r.noun,
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
    if (saidDaily(ctx, r.start, end)) kind = 'daily_active';
    if (people.concurrent) kind = 'concurrent';
    found.push({
      value: r.value,
      kind,
      start: r.start,
      end,
      written: ctx.text.slice(r.start, end),
      notes: r.notes,
    });
  }
  found.sort((a, b) => a.start - b.start);
  const narrowed = narrowedCount(ctx, found);
  const pastOrganisation = narrowed
    ? undefined
    : usersPastOwnOrganisation(ctx, found);
  const first =
    narrowed ??
    pastOrganisation?.users ??
    found.find(f => !ctx.spans.overlaps(f.start, f.end));
  for (const f of found) ctx.spans.take(f.start, f.end);
  if (!first) return;
  if (!Number.isFinite(first.value)) return;
  if (first.value <= 0) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${first.written.trim()}": the number of users must be at least 1`,
    });
    return;
  }
  if (first.value > MAX_USERS) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${first.written.trim()}" is ${first.value.toExponential(
        1,
      )} users, more than there are people on Earth; give a realistic number of users`,
    });
    return;
  }
  // more people at once than there are people: a contradiction to put back to the writer
  const atOnce = found.find(f => f.kind === 'concurrent' && !f.sessions);
  // the writer's own organisation is not a headcount of the users said after it
  const organisation = pastOrganisation?.organisation;
  const headcount = found.find(
    f =>
      f.kind === 'total' &&
      !(
        organisation &&
        f.start < organisation.end &&
        f.end > organisation.start
      ),
  );
  if (atOnce && headcount && atOnce.value > headcount.value) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${atOnce.written.trim()}" is more people at once than the ${fmt(
        headcount.value,
      )} users in all ("${headcount.written.trim()}"); which number is right?`,
    });
    return;
  }
  if (!Number.isInteger(first.value)) {
    first.value = Math.round(first.value);
  }
  const approx = approximateAt(ctx, first.start, first.end);
  let note: string | undefined;
  if (approx)
    note = `"${approx.phrase}" read as about ${fmt(
      first.value,
    )}; give the exact number if it matters`;
  else if (first.notes?.length) note = first.notes.join('; ');
  setSignal(
    ctx.signals,
    'users',
    first.value,
    note ? 'inferred' : 'stated',
    note,
  );
  setSignal(
    ctx.signals,
    'users_kind',
    first.kind,
    first.kind === 'total' ? 'inferred' : 'stated',
  );
  const others = found.filter(
    f => f !== first && f.value !== first.value && Number.isFinite(f.value),
  );
  if (others.length > 0 && first.kind === others[0].kind) {
    ctx.signals.assumptions.push(
      `several user counts given (${[first, ...others]
        .map(f => fmt(f.value))
        .join(', ')}): used the first, ${fmt(first.value)}`,
    );
  }
}

/** Words that say the share is of people active, on a day or at once. */
const ACTIVE_CUE =
  /\b(?:use|uses|using|active|activity|daily|a day|per day|(?:each|every|any|given) day|at a time|at once|simultaneously|concurrently|online|at peak|log in|logs in|logged in|opens?)\b/;

/**
 * "a fifth of them would use it on a given day", "of whom maybe 60 % code on any given day", "1
 * in 4 are on at once" → active_share. The share is read with the number-noun attachment
 * (shares.ts): it must be a share of people (a person noun, or a pronoun or nothing after a
 * people count), and its clause must say they are active; "1 in 10 requests need tools" or "a
 * quarter of the tickets" are shares of something else.
 */
export function extractActiveShare(ctx: QuantityContext): void {
  for (const s of readShares(ctx)) {
    if (s.of !== 'people') continue;
    const { clause } = around(ctx, s.start, s.end, 0, 0);
    if (!ACTIVE_CUE.test(clause)) continue;
    setSignal(ctx.signals, 'active_share', roundSig(s.share, 4), 'stated');
    ctx.spans.take(s.start, s.end);
    return;
  }
}
