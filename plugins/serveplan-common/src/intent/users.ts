/**
 * Users: how many and what they count (total, daily or monthly active, concurrent), from "5k
 * DAU", "400 simultaneous calls", "team of 40", "1,200 sellers are active in a typical month";
 * parts said of them ("of whom 300 log in each day"); and the share of them active on a day.
 */
import { UsersKind } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken, roundSig } from './numbers';
import { setSignal, Signals } from './signals';
import { sentenceAround } from './text';
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
import { AT_ONCE_WORDS, ONLINE_AFTER, readPeopleCount } from './peopleCounts';
import { attachNumbers, isPersonNoun, nounKind } from './numberAttachment';
import { PeopleCountSpan, readShares, shareOfNotAllDaily } from './shares';
import {
  antecedentBefore,
  PEOPLE_OR_SOFTWARE_ROLES,
  roleNamedForEarlier,
} from './countReferents';
import {
  countsOwnOrganisation,
  countsWritersSide,
  namesOnCallCrew,
  saysWhoUsesIt,
  namesOwnGroup,
} from './ownOrganisation';
import { mayCountSamePeople, saidOfThePast } from './samePopulation';
import { whenPeopleUseIt } from './whenPeopleUseIt';
import { clauseBeforeParts, GroupPart, partOfGroupAfter } from './partOfGroup';
import { deploymentScopes, namesScope } from './deploymentScope';
import { writerCount } from './writerAsUser';
import { peoplePerUnit } from './peoplePerUnit';
import { activePeriodRightAfter } from './activePeriod';
import { countsPeopleNotServed, peopleNotServed } from './excludedAudience';
import { countBreakdowns, inBreakdown } from './countBreakdown';
import { setLoneUserDailyUse } from './loneUserRate';
import { SingledOutUsers, singledOutUsersAfter } from './singledOutUsers';
import {
  countBeforeEach,
  ELIDED_NOUN_USE_RE,
  peopleNamedIn,
  servedCountOfThings,
} from './usersWithoutPersonNoun';
import {
  highestStanding,
  PeopleCountCandidate,
  peopleCountStanding,
} from './peopleCountStanding';

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
 * A group counted, then fewer of it singled out as the ones who use it ("35 planning officers, but
 * only about 12 would use this tool on a given day"): the number singled out is the users
 * (singledOutUsers.ts). Its span is taken so it is read as nothing else.
 */
function usersSingledOut<
  T extends { start: number; end: number; value: number },
>(ctx: QuantityContext, found: T[]): SingledOutUsers | undefined {
  for (const group of found) {
    if (ctx.spans.overlaps(group.start, group.end)) continue;
    const part = singledOutUsersAfter(
      ctx.text.slice(group.end, group.end + 150),
      group.end,
      group.value,
    );
    if (!part) continue;
    ctx.spans.take(part.start, part.end);
    ctx.signals.assumptions.push(
      `${fmt(part.value)} read as the users: singled out of the ${fmt(
        group.value,
      )} as the ones who use it`,
    );
    return part;
  }
  return undefined;
}

/**
 * The organisation counted first, then a deployment said to cover only a part of it ("38,000 staff
 * in all, but this pilot only covers radiology") and a smaller count of that part after it
 * ("Radiology has about 350 clinicians"): the part counted is the users (deploymentScope.ts).
 */
function usersInScope<T extends { start: number; end: number; value: number }>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [first, ...later] = free;
  if (!first) return undefined;
  for (const scope of deploymentScopes(ctx.text)) {
    const part = later.find(
      f =>
        f.value < first.value &&
        namesScope(sentenceAround(ctx.text, f.start, f.end), scope),
    );
    if (!part) continue;
    ctx.signals.assumptions.push(
      `${fmt(part.value)} read as the users: the part of the ${fmt(
        first.value,
      )} that the deployment is said to cover (${scope.words.join(' ')})`,
    );
    return part;
  }
  return undefined;
}

/** Organisations counted, not people: "3,000 subscriber firms", "40 client companies". */
const ORGANISATIONS_COUNTED =
  /^(?:some\s|about\s|around\s|~\s?)?[\d.,]+\s?k?\s(?:[a-z-]+\s)?(?:firms|companies|businesses|organi[sz]ations|agencies|practices|institutions|enterprises|tenants)\b/;

/**
 * A count of organisations beside a count of people ("some 3,000 subscriber firms have access; we
 * expect around 700 individual lawyers on it daily"): the organisations are who buys it, the
 * people are who use it.
 */
function countsOrganisationsBesidePeople(
  text: string,
  f: PeopleCountCandidate,
  found: PeopleCountCandidate[],
): boolean {
  const organisations = (g: PeopleCountCandidate) =>
    ORGANISATIONS_COUNTED.test(text.slice(g.start, g.end + 40));
  return organisations(f) && found.some(g => g !== f && !organisations(g));
}

/**
 * People said to be the only ones using it, after their count in the same sentence: "our editorial
 * team of twelve will be the only people using the tool", "the 40 analysts are the only users of
 * it".
 * The writer says who uses it and who does not, so every other count is someone else.
 */
const THE_ONLY_ONES_AFTER =
  /^[^.;!?]{0,40}?\b(?:will|would|are|'re|shall)\s(?:be\s)?the\sonly\s(?:users\b|(?:ones|people|persons|staff)\s(?:using|to\suse|who\s(?:will\s|would\s)?use|with\saccess)\b)/;

function usersSaidToBeTheOnlyOnes<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  if (found.length < 2) return undefined;
  const only = found.find(
    f =>
      !ctx.spans.overlaps(f.start, f.end) &&
      THE_ONLY_ONES_AFTER.test(ctx.text.slice(f.end, f.end + 120)),
  );
  if (!only) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(only.value)} read as the users: said to be the only ones using it`,
  );
  return only;
}

/**
 * The writer's own organisation counted first ("we're about 80 people", "we're a startup, eleven
 * people") and a later count that says who uses the system ("only the 40 writers would use it",
 * "120k monthly active users"): the later count is the users, the first is who the writer is.
 */
function usersPastOwnOrganisation<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
): { organisation: T; users: T } | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [organisation, ...later] = free;
  if (!organisation) return undefined;
  const before = ctx.text.slice(0, organisation.start);
  // the writer's side read more widely ("260 of us in IT", "7 people on the team", "we shipped
  // it with a team of 85") only when that count is not itself said to use it
  const after = ctx.text.slice(organisation.end, organisation.end + 60);
  const writersSide =
    countsOwnOrganisation(before, organisation.written) ||
    (countsWritersSide(
      before,
      organisation.written,
      organisation.noun ?? '',
      after,
    ) &&
      !saysWhoUsesIt('', organisation.written, after, organisation.kind));
  if (!writersSide) return undefined;
  // users of the past ("last year 9,000 viewers at once") are background to users said now
  const sayUse = later.filter(f => saysWhoUsesItAt(ctx, f));
  const users =
    sayUse.find(f => !saidOfThePast(ctx.text, f.start)) ?? sayUse[0];
  if (!users) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(organisation.value)} read as the size of your organisation and ${fmt(
      users.value,
    )} as the users: the people said to use it`,
  );
  return { organisation, users };
}

/** A part of a group named by its count, right after a count: "(1,000) of those 250". */
const PART_OF_NAMED_COUNT =
  /^[\d.,]+\s?k?\sof\s(?:those|these|the|our|all)\s(?<n>\d[\d,.]*\s?k?)\b/;

/** A part of the people just counted: "40 of them", "300 of whom". */
const PART_OF_EARLIER = /\bof\s(?:them|those|whom|which|these)\b/;

/**
 * Whether `later` counts people active on a day or in a month who are other people than the
 * `context` ("14 partners" and "200 of our staff would use it daily", "90 vets" and "6,000
 * visitors to the site each day"), not a part of them ("40 of them daily"; more of them than the
 * group, as "14 curators" and "3,000 people a day", are no part of it), and the words say they
 * use it: then they are the users, as a later headcount said to use it would be.
 */
function activeOthersSaidToUseIt<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  context: T,
  later: T,
): boolean {
  if (later.kind !== 'daily_active' && later.kind !== 'monthly_active')
    return false;
  if (PART_OF_EARLIER.test(later.written.toLowerCase())) return false;
  // more people active on a day than the group counted are not a part of that group
  if (
    later.value <= context.value &&
    mayCountSamePeople(context, later, ctx.text)
  )
    return false;
  return saysWhoUsesItAt(ctx, { ...later, kind: 'total' });
}

/**
 * A first count of people that nothing says uses the system ("the migration took 3 vendors",
 * "our plant runs 3 shifts with 1,100 line workers") and a later count of people said to use it
 * ("a diagnostic agent for our 35 technicians", "650 underwriters, half of them use it daily"):
 * the first is context, the later one is the users; of several such, the one standing highest
 * (peopleCountStanding.ts). Both must be headcounts: a later count at once or of actives is
 * another measure of the same people, read with the headcount elsewhere.
 */
function usersPastContext<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [context, ...later] = free;
  if (!context || context.kind !== 'total' || saysWhoUsesItAt(ctx, context))
    return undefined;
  const users = highestStanding(
    ctx.text,
    later.filter(
      f =>
        f.value !== context.value &&
        ((f.kind === 'total' && peopleCountStanding(ctx.text, f) > 0) ||
          activeOthersSaidToUseIt(ctx, context, f)),
    ),
  );
  if (!users) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(users.value)} read as the users: the people said to use it; ${fmt(
      context.value,
    )} ("${context.written.trim()}") read as other people`,
  );
  return users;
}

/**
 * A first count of people said of the past ("in 2019 we had a meltdown where 30,000 passengers
 * were stranded", "last season the site peaked at 90,000 readers") and a later count that is not
 * (samePopulation.ts): the past is background, the later count is who uses what is asked for now.
 * A later part of the people of the past ("400 testers, 40 of them daily") is not another count.
 */
function usersPastThePast<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const [past, ...later] = free;
  if (!past || !saidOfThePast(ctx.text, past.start)) return undefined;
  const now = highestStanding(
    ctx.text,
    later.filter(
      f =>
        !saidOfThePast(ctx.text, f.start) &&
        !PART_OF_EARLIER.test(f.written.toLowerCase()),
    ),
  );
  if (!now) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(now.value)} read as the users; ${fmt(
      past.value,
    )} ("${past.written.trim()}") read as said of the past`,
  );
  return now;
}

/**
 * When no rule above settles which count is the users: the first count, unless the words speak
 * for a later one and it stands higher (peopleCountStanding.ts highestStanding).
 */
function usersByStanding<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
): T | undefined {
  const free = found.filter(f => !ctx.spans.overlaps(f.start, f.end));
  const best = highestStanding(ctx.text, free);
  if (best && best !== free[0])
    ctx.signals.assumptions.push(
      `${fmt(
        best.value,
      )} read as the users: the count of people the words most say use it; ${fmt(
        free[0].value,
      )} ("${free[0].written.trim()}") read as other people`,
    );
  return best;
}

/** Whether the words around a count of people say they use the system (ownOrganisation.ts). */
function saysWhoUsesItAt(
  ctx: QuantityContext,
  f: { start: number; end: number; written: string; kind: UsersKind },
): boolean {
  return saysWhoUsesIt(
    ctx.text.slice(Math.max(0, f.start - 300), f.start),
    f.written,
    ctx.text.slice(f.end, f.end + 60),
    f.kind,
  );
}

/**
 * Whether a count names an on-call crew in a story of the past that nothing says uses the system
 * ("last year's final gave us 11x traffic and our on-call rotation of 8 people barely slept"): who
 * kept the service running then, not who uses what is asked for (ownOrganisation.ts). On-call
 * engineers counted for a tool of their own ("an SRE agent for 40 on-call engs") are its users.
 */
function countsOnCallCrew(
  ctx: QuantityContext,
  f: { start: number; end: number; written: string; kind: UsersKind },
): boolean {
  return (
    namesOnCallCrew(
      ctx.text.slice(Math.max(0, f.start - 60), f.start),
      f.written,
      ctx.text.slice(f.end, f.end + 40),
    ) &&
    saidOfThePast(ctx.text, f.start) &&
    !saysWhoUsesItAt(ctx, f)
  );
}

/**
 * When the people counted at `start`-`end` are said to use it, by the words around them
 * (whenPeopleUseIt.ts): "300 people use it daily", "1,200 sellers are active in a typical month",
 * "daily around 4,000 pet owners", "40 dispatchers, all on it at once".
 */
function saidActive(
  ctx: QuantityContext,
  start: number,
  end: number,
): Exclude<UsersKind, 'total'> | undefined {
  const { before, after } = around(ctx, start, end, 40, 30);
  const { after: longer } = around(ctx, start, end, 0, 70);
  return whenPeopleUseIt({
    before,
    after,
    longer,
    next: ctx.text.slice(end, end + 12),
    following: ctx.text.slice(end, end + 120),
  });
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
  // what the clause says of a part ("and 300 of them at once") is not said of them all
  const own = clauseBeforeParts(clause);
  if (
    /\b(?:concurrent(?:ly)?|concurrency|simultaneous(?:ly)?|(?:at|in) (?:the )?same (?:time|moment)|at once|in parallel|at any (?:one )?time)\b/.test(
      own,
    )
  )
    return 'concurrent';
  if (/\bdaily active\b|\bdau\b/.test(own)) return 'daily_active';
  if (/\bmonthly active\b|\bmau\b/.test(own)) return 'monthly_active';
  return 'total';
}

/**
 * Parts said of groups: a part larger than its group ("2,000 users, of which 5,000 are daily
 * active") is a contradiction to ask about, since one of the two numbers is wrong but nothing
 * says which; the daily actives of the users counted ("12,000 members, of whom 1,500 log in each
 * day") are the share active on a day.
 */
function readParts(
  ctx: QuantityContext,
  parts: Array<{
    whole: { value: number; written: string };
    part: GroupPart;
  }>,
  users: { value: number },
): void {
  for (const { whole, part } of parts) {
    if (part.value > whole.value) {
      ctx.signals.questions.push({
        field: 'users',
        message: `"${part.written}" is more people than the ${fmt(
          whole.value,
        )} they are said to be part of ("${whole.written.trim()}"); which number is right?`,
      });
      continue;
    }
    if (whole !== users || part.kind !== 'daily_active') continue;
    const share = roundSig(part.value / whole.value, 4);
    if (share > 0)
      setSignal(
        ctx.signals,
        'active_share',
        share,
        'stated',
        `"${part.written}" of ${fmt(whole.value)}: ${fmt(
          share * 100,
        )} % active on a day`,
      );
  }
}

/**
 * The noun a count of people ends with ("users" in "2,000 total users"): more daily actives than
 * people in all is a contradiction only when both count the same people ("2,000 users, 5,000
 * daily active users"), not "40 staff" and "3,000 customers a day".
 */
function headNoun(written: string): string {
  return /[a-z]+$/.exec(written.trim().toLowerCase())?.[0] ?? '';
}

/**
 * The counts of people extractUsers read in a text, for extractActiveShare: a share said after
 * one of them ("75,000 total users, 8 % active daily") is a share of those people.
 */
const peopleCounted = new WeakMap<Signals, PeopleCountSpan[]>();

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

/** Upper bound on users: more than the people on Earth is a typo or a test. */
export const MAX_USERS = 1e10;

/**
 * Words that settle on a count worked out from what was said before: "(9k players, a third of
 * them chatting) so call it 3,000 people at once", "which makes about 1,200 users", "i.e. 400".
 */
const SETTLED_BEFORE =
  /(?:\bso,?\s(?:(?:call it|let'?s say|that'?s|that is|roughly|about|around|maybe)\s)?|\b(?:call it|let'?s say|which makes|i\.e\.,?|that'?s)\s)(?:(?:about|around|roughly|maybe|some)\s|~\s?)?$/;

/**
 * A count of the same kind as the one chosen, said after it in the same sentence or the next and
 * settled on ("so call it 3,000 people at once"): the writer's conclusion is the users.
 */
function countSettledOn<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  found: T[],
  first: T,
): T {
  const settled = found.find(
    f =>
      f !== first &&
      f.start > first.end &&
      f.kind === first.kind &&
      f.start - first.end < 300 &&
      SETTLED_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 25), f.start)),
  );
  if (!settled) return first;
  ctx.signals.assumptions.push(
    `${fmt(
      settled.value,
    )} ("${settled.written.trim()}") read as the users: the count settled on after ${fmt(
      first.value,
    )}`,
  );
  return settled;
}

/** Users and what they count ("5k DAU", "300 concurrent users", "team of 40", "ten thousand employees"). */
export function extractUsers(ctx: QuantityContext): void {
  const found: Array<{
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
  }> = [];
  // "for me and 2 friends": the writer and the people counted with them
  const writer = writerCount(ctx.text);
  if (writer && ctx.spans.overlaps(writer.start, writer.end)) writer.value = 0;
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
  // the writer alone ("just me") only when no one else is counted, or said to be the only one
  // using it when no one else counted is said to use it (the others are then background)
  const writerUsesIt =
    writer?.saysUse === true &&
    writer.value > 0 &&
    !found.some(
      f => !ctx.spans.overlaps(f.start, f.end) && saysWhoUsesItAt(ctx, f),
    );
  const besideWriter = writerUsesIt
    ? found.filter(f => !ctx.spans.overlaps(f.start, f.end))
    : [];
  if (
    writer &&
    writer.value > 0 &&
    (writer.withOthers ||
      writerUsesIt ||
      !found.some(f => !ctx.spans.overlaps(f.start, f.end)))
  ) {
    // the others beside the writer are not a count of their own ("me and 2 friends" is 3)
    for (const f of found.filter(
      o => o.start < writer.end && o.end > writer.start,
    ))
      found.splice(found.indexOf(f), 1);
    found.push({
      ...writer,
      kind: 'total',
      notes: [
        `"${writer.written.trim()}" read as ${fmt(writer.value)} ${
          writer.value === 1 ? 'user' : 'users'
        }, you included`,
      ],
    });
  }
  found.sort((a, b) => a.start - b.start);
  // "1.8 million customers" in a text that says the system is "not for customers": background
  const notServed = peopleNotServed(ctx.text);
  const background = found.filter(
    f =>
      countsPeopleNotServed(f.noun, notServed) ||
      countsOrganisationsBesidePeople(ctx.text, f, found) ||
      besideWriter.includes(f) ||
      countsOnCallCrew(ctx, f),
  );
  // "3 clients: 18,000 + 7,500 + 4,500 = 30,000 DAU": the parts and the groups are no counts
  const breakdowns = countBreakdowns(ctx.text);
  background.push(
    ...found.filter(
      f => !background.includes(f) && inBreakdown(breakdowns, f.start, f.end),
    ),
  );
  for (const f of background) found.splice(found.indexOf(f), 1);
  peopleCounted.set(
    ctx.signals,
    found.filter(f => !f.sessions),
  );
  const narrowed =
    usersSaidToBeTheOnlyOnes(ctx, found) ??
    usersSingledOut(ctx, found) ??
    narrowedCount(ctx, found) ??
    usersInScope(ctx, found);
  const pastOrganisation = narrowed
    ? undefined
    : usersPastOwnOrganisation(ctx, found);
  let first =
    narrowed ??
    pastOrganisation?.users ??
    (pastOrganisation ? undefined : usersPastContext(ctx, found)) ??
    usersPastThePast(ctx, found) ??
    usersByStanding(ctx, found);
  // a part said right after a group ("2,000 users, of which 300 are daily active"), read before
  // the counts take their spans, since the part may be one of them
  const parts = found.flatMap(whole => {
    if (whole.kind !== 'total') return [];
    const part = partOfGroupAfter(
      ctx.text.slice(whole.end, whole.end + 90),
      whole.end,
    );
    return part && !ctx.spans.overlaps(part.start, part.end)
      ? [{ whole, part }]
      : [];
  });
  for (const f of [...found, ...background]) ctx.spans.take(f.start, f.end);
  for (const { part } of parts) ctx.spans.take(part.start, part.end);
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
  // more at once than are active in a month or a day, said of those people ("120k MAU ... 150k
  // of them at the same time"): as impossible as more at once than in all
  const actives = found.find(
    f =>
      (f.kind === 'monthly_active' || f.kind === 'daily_active') &&
      f.start < (atOnce?.start ?? 0),
  );
  if (
    atOnce &&
    actives &&
    atOnce.value > actives.value &&
    PART_OF_EARLIER.test(atOnce.written.toLowerCase())
  ) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${atOnce.written.trim()}" is more people at once than the ${fmt(
        actives.value,
      )} ${
        actives.kind === 'monthly_active' ? 'monthly' : 'daily'
      } active users ("${actives.written.trim()}"); which number is right?`,
    });
    return;
  }
  // "1,000 of those 250 chatting concurrently": more than the group they are said to be a part of
  const whole = atOnce
    ? PART_OF_NAMED_COUNT.exec(ctx.text.slice(atOnce.start, atOnce.end + 40))
    : null;
  if (atOnce && whole && atOnce.value > parseNumberToken(whole.groups!.n)) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${ctx.text
        .slice(atOnce.start, atOnce.start + whole[0].length)
        .trim()}" is more people than the ${whole.groups!.n.trim()} they are said to be a part of; which number is right?`,
    });
    return;
  }
  // "the team is 25 lawyers and we need to support 120 of them concurrently": more than the group
  // "them" stands for, said just before in the sentence
  const group =
    atOnce && PART_OF_EARLIER.test(atOnce.written.toLowerCase())
      ? found
          .filter(
            f =>
              f.end <= atOnce.start &&
              !/[.!?]/.test(ctx.text.slice(f.end, atOnce.start)),
          )
          .pop()
      : undefined;
  // (the headcount itself is held against it below, with its own message)
  if (atOnce && group && group !== headcount && atOnce.value > group.value) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${atOnce.written.trim()}" is more people at once than the ${fmt(
        group.value,
      )} ("${group.written.trim()}") they are said to be a part of; which number is right?`,
    });
    return;
  }
  if (atOnce && headcount && atOnce.value > headcount.value) {
    // "a few people have been asking for it ... at most forty at the same time": a count said in
    // vague words is no headcount to hold a precise count against; the precise one is the users
    const vague = approximateAt(ctx, headcount.start, headcount.end);
    if (vague && first === headcount) {
      first = atOnce;
      ctx.signals.assumptions.push(
        `${fmt(atOnce.value)} at once read as the users; "${
          vague.phrase
        }" is too vague a count to hold against it`,
      );
    } else if (mayCountSamePeople(headcount, atOnce, ctx.text)) {
      ctx.signals.errors.push({
        field: 'users',
        message: `"${atOnce.written.trim()}" is more people at once than the ${fmt(
          headcount.value,
        )} users in all ("${headcount.written.trim()}"); which number is right?`,
      });
      return;
    }
    // other people ("a team of 45" and "200 players at once", or last year's users): the users
    // are the ones who use it now
    // at once now, past a peak at once of the past ("peaked at 40,000 listeners")
    const atOnceNow =
      found.find(
        f =>
          f.kind === 'concurrent' &&
          !f.sessions &&
          !saidOfThePast(ctx.text, f.start),
      ) ?? atOnce;
    if (
      first === headcount &&
      (!saysWhoUsesItAt(ctx, headcount) ||
        saidOfThePast(ctx.text, headcount.start))
    ) {
      first = atOnceNow;
      ctx.signals.assumptions.push(
        `${fmt(atOnceNow.value)} at once read as the users; ${fmt(
          headcount.value,
        )} ("${headcount.written.trim()}") read as other people`,
      );
    }
  }
  first = countSettledOn(ctx, found, first);
  readParts(ctx, parts, first);
  const active = found.find(
    f => f.kind === 'daily_active' || f.kind === 'monthly_active',
  );
  if (
    active &&
    headcount &&
    active.value > headcount.value &&
    headNoun(active.written) === headNoun(headcount.written) &&
    // "we're two people and a cat": the writer's own team, not the users in all
    !namesOwnGroup(
      ctx.text.slice(0, headcount.start),
      headcount.written,
      headcount.noun ?? '',
    )
  )
    ctx.signals.questions.push({
      field: 'users',
      message: `"${active.written.trim()}" is more than the ${fmt(
        headcount.value,
      )} in all ("${headcount.written.trim()}"); which number is right?`,
    });
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
  setLoneUserDailyUse(ctx);
  // the organisation read as the writer's own was already said (in the assumption above)
  const others = found.filter(
    f =>
      f !== first &&
      f !== organisation &&
      f.value !== first.value &&
      Number.isFinite(f.value),
  );
  if (others.length > 0 && first.kind === others[0].kind) {
    const which = first === found[0] ? 'the first' : 'the one said to use it';
    ctx.signals.assumptions.push(
      `several user counts given (${[first, ...others]
        .map(f => fmt(f.value))
        .join(', ')}): used ${which}, ${fmt(first.value)}`,
    );
  }
}

/** Words that say the share is of people active, on a day or at once. */
const ACTIVE_CUE =
  /\b(?:use|uses|using|active|activity|daily|a day|per day|(?:each|every|any|given|typical|normal|usual|average|ordinary) (?:(?:school|working|work|business|shift) )?day|at a time|at once|simultaneously|concurrently|online|at peak|log in|logs in|logged in|opens?)\b/;

/**
 * "a fifth of them would use it on a given day", "of whom maybe 60 % code on any given day", "1
 * in 4 are on at once" → active_share. The share is read with the number-noun attachment
 * (shares.ts): it must be a share of people (a person noun, or a pronoun or nothing after a
 * people count), and its clause must say they are active; "1 in 10 requests need tools" or "a
 * quarter of the tickets" are shares of something else.
 */
export function extractActiveShare(ctx: QuantityContext): void {
  for (const s of readShares(ctx, peopleCounted.get(ctx.signals))) {
    if (s.of !== 'people') continue;
    const { clause } = around(ctx, s.start, s.end, 0, 0);
    if (
      !ACTIVE_CUE.test(clause) &&
      !shareOfNotAllDaily(ctx.text.toLowerCase(), s.start, s.end)
    )
      continue;
    setSignal(ctx.signals, 'active_share', roundSig(s.share, 4), 'stated');
    ctx.spans.take(s.start, s.end);
    return;
  }
}
