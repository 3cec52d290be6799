/**
 * Users: how many and what they count (total, daily or monthly active, concurrent), from "5k
 * DAU", "400 simultaneous calls", "team of 40", "1,200 sellers are active in a typical month";
 * parts said of them ("of whom 300 log in each day"); and the share of them active on a day. The
 * entry point (extractUsers) takes the counts of people (userCounts.ts, each with its kind from
 * usersKind.ts), the writer counted among them and the counts that are background, chooses the
 * users among them (usersAmongCounts.ts), and holds the users against the other counts for a
 * contradiction; the share active is read in activeShare.ts (extractActiveShare).
 */
import { parseNumberToken } from './numbers';
import { setSignal } from './signals';
import { approximateAt, fmt, QuantityContext } from './quantityReading';
import { partOfGroupAfter } from './partOfGroup';
import { namesOwnGroup } from './ownOrganisation';
import {
  countsOwnPeopleAtOnce,
  mayCountSamePeople,
  saidOfThePast,
} from './samePopulation';
import { writerCount } from './writerAsUser';
import { countsPeopleNotServed, peopleNotServed } from './excludedAudience';
import { countBreakdowns, inBreakdown } from './countBreakdown';
import { setLoneUserDailyUse } from './loneUserRate';
import { findUserCounts } from './userCounts';
import {
  countSettledOn,
  countsOnCallCrew,
  countsOrganisationsBesidePeople,
  narrowedCount,
  PART_OF_EARLIER,
  saysWhoUsesItAt,
  usersByStanding,
  usersInScope,
  usersPastContext,
  usersPastOwnOrganisation,
  usersPastThePast,
  usersSaidToBeTheOnlyOnes,
  usersSingledOut,
} from './usersAmongCounts';
import { peopleCounted, readParts } from './activeShare';

export { extractActiveShare } from './activeShare';

/** A part of a group named by its count, right after a count: "(1,000) of those 250". */
const PART_OF_NAMED_COUNT =
  /^[\d.,]+\s?k?\sof\s(?:those|these|the|our|all)\s(?<n>\d[\d,.]*\s?k?)\b/;

/**
 * The noun a count of people ends with ("users" in "2,000 total users"): more daily actives than
 * people in all is a contradiction only when both count the same people ("2,000 users, 5,000
 * daily active users"), not "40 staff" and "3,000 customers a day".
 */
function headNoun(written: string): string {
  return /[a-z]+$/.exec(written.trim().toLowerCase())?.[0] ?? '';
}

/** Upper bound on users: more than the people on Earth is a typo or a test. */
export const MAX_USERS = 1e10;

/** Users and what they count ("5k DAU", "300 concurrent users", "team of 40", "ten thousand employees"). */
export function extractUsers(ctx: QuantityContext): void {
  // "for me and 2 friends": the writer and the people counted with them
  const writer = writerCount(ctx.text);
  if (writer && ctx.spans.overlaps(writer.start, writer.end)) writer.value = 0;
  const found = findUserCounts(ctx);
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
  // more at once than the writer's own organisation, said of its people ("we are 30 operators
  // in total ... 75 operators at the same moment", "all 50 of us at once" after "20 of us")
  if (
    atOnce &&
    organisation &&
    atOnce.value > organisation.value &&
    countsOwnPeopleAtOnce(organisation, atOnce, ctx.text)
  ) {
    ctx.signals.errors.push({
      field: 'users',
      message: `"${atOnce.written.trim()}" is more people at once than the ${fmt(
        organisation.value,
      )} ("${organisation.written.trim()}") you count in all; which number is right?`,
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
