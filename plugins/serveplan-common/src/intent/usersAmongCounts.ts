/**
 * Users among counts: which of several counts of people is the users. A count narrowed ("but
 * realistically 600"), singled out ("only about 12 would use it"), said to be the only ones, or
 * the part a deployment covers; the users past the writer's own organisation, past people of the
 * context or of the past; else the count standing highest, and a count settled on after it ("so
 * call it 3,000 people at once"). Each choice says why in an assumption.
 */
import { UsersKind } from './intentSchema';
import { sentenceAround } from './text';
import { fmt, QuantityContext } from './quantityReading';
import {
  countsOwnOrganisation,
  countsWritersSide,
  namesOnCallCrew,
  saysWhoUsesIt,
} from './ownOrganisation';
import { mayCountSamePeople, saidOfThePast } from './samePopulation';
import { deploymentScopes, namesScope } from './deploymentScope';
import { SingledOutUsers, singledOutUsersAfter } from './singledOutUsers';
import {
  highestStanding,
  PeopleCountCandidate,
  peopleCountStanding,
} from './peopleCountStanding';

/**
 * A later, smaller count after a word that corrects the first ("18,000 accounts but realistically
 * maybe 600 people on a busy day", "5,000 staff, in practice 800 use it"): the writer narrows the
 * population to the people who will use it, so the narrowed count is the users.
 */
const NARROWING_BEFORE =
  /\b(?:realistically|in practice|in reality|actually|really|more like)\b[^\d.;!?]{0,20}$/;

export function narrowedCount<
  T extends { start: number; end: number; value: number },
>(ctx: QuantityContext, found: T[]): T | undefined {
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
export function usersSingledOut<
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
export function usersInScope<
  T extends { start: number; end: number; value: number },
>(ctx: QuantityContext, found: T[]): T | undefined {
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
export function countsOrganisationsBesidePeople(
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

export function usersSaidToBeTheOnlyOnes<T extends PeopleCountCandidate>(
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

/** An organisation sized by its people as a whole: "a 30-person company", "a nine-person shop". */
const SIZED_ORGANISATION =
  /^(?:company|org|organi[sz]ation|firm|shop|startup|agency|business|consultancy|charity|non-?profit)$/;
/**
 * Words right before a later count that make it a group of the organisation: "our 8 developers",
 * "the engineering team is 12 people", "a firm with 14 accountants".
 */
const GROUP_OF_ORGANISATION_BEFORE =
  /\b(?:our|with|team\s(?:is|are|of|has))\s(?:(?:about|around|roughly|some|just|only)\s)?(?:[a-z-]+\s)?$/;

/**
 * The writer's organisation sized by its people as a whole ("we're a 30-person company", "the CTO
 * of a twelve-person shop"), then a smaller group of its people named as theirs ("our eight
 * developers", "the engineering team is 12 people", "with 5 engineers"): the tool is for that
 * group, so it is the users; the organisation is who the writer is.
 */
function groupWithinSizedOrganisation<T extends PeopleCountCandidate>(
  ctx: QuantityContext,
  organisation: T,
  later: T[],
): T | undefined {
  if (!SIZED_ORGANISATION.test(organisation.noun ?? '')) return undefined;
  if (!/person|people|strong|member/i.test(organisation.written))
    return undefined;
  const text = ctx.text.toLowerCase();
  return later.find(
    f =>
      f.kind === 'total' &&
      f.value > 0 &&
      f.value < organisation.value &&
      !saidOfThePast(ctx.text, f.start) &&
      GROUP_OF_ORGANISATION_BEFORE.test(
        text.slice(Math.max(organisation.end, f.start - 40), f.start),
      ),
  );
}

/**
 * The writer's own organisation counted first ("we're about 80 people", "we're a startup, eleven
 * people") and a later count that says who uses the system ("only the 40 writers would use it",
 * "120k monthly active users"): the later count is the users, the first is who the writer is.
 */
export function usersPastOwnOrganisation<T extends PeopleCountCandidate>(
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
    sayUse.find(f => !saidOfThePast(ctx.text, f.start)) ??
    sayUse[0] ??
    groupWithinSizedOrganisation(ctx, organisation, later);
  if (!users) return undefined;
  ctx.signals.assumptions.push(
    `${fmt(organisation.value)} read as the size of your organisation and ${fmt(
      users.value,
    )} as the users: the people said to use it`,
  );
  return { organisation, users };
}

/** A part of the people just counted: "40 of them", "300 of whom". */
export const PART_OF_EARLIER = /\bof\s(?:them|those|whom|which|these)\b/;

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
export function usersPastContext<T extends PeopleCountCandidate>(
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
export function usersPastThePast<T extends PeopleCountCandidate>(
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
export function usersByStanding<T extends PeopleCountCandidate>(
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
export function saysWhoUsesItAt(
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
export function countsOnCallCrew(
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
 * Words that settle on a count worked out from what was said before: "(9k players, a third of
 * them chatting) so call it 3,000 people at once", "which makes about 1,200 users", "i.e. 400".
 */
const SETTLED_BEFORE =
  /(?:\bso,?\s(?:(?:call it|let'?s say|that'?s|that is|roughly|about|around|maybe)\s)?|\b(?:call it|let'?s say|which makes|i\.e\.,?|that'?s)\s)(?:(?:about|around|roughly|maybe|some)\s|~\s?)?$/;

/**
 * A count of the same kind as the one chosen, said after it in the same sentence or the next and
 * settled on ("so call it 3,000 people at once"): the writer's conclusion is the users.
 */
export function countSettledOn<T extends PeopleCountCandidate>(
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
