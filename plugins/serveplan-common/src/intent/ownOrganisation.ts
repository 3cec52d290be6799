/**
 * The writer's own organisation counted, and who of it (or of its product) uses the system.
 * "we're about 80 people all told", "we're an edtech startup, seed stage, eleven people", "we are a
 * team of 12" say who the writer is; that count is the users only when nothing else says who uses
 * it. A later count of people said to use it is the users instead: "only the 40 writers would use
 * it", "we have 120k monthly active users", "a bot for our 30k customers".
 */
import { UsersKind } from './intentSchema';
import { USES_THE_SYSTEM } from './peopleCounts';

/**
 * "we're" or "we are", then words that describe the group rather than lead to something else it
 * counts: "we're about", "we're an edtech startup, seed stage,", "we are a team of". A count after
 * "for", "with", "serving" is not the writer's group ("we're a bank with 2m customers"), nor one
 * after "we're" doing something ("we're building a bot for 300 people", "we're expecting 2k").
 */
const WE_ARE_BEFORE = /\bwe(?:'re|\s+are)\b(?<between>[^.;!?\d]{0,60})$/;
const NOT_OUR_GROUP =
  /\b(?:for|to|by|with|from|serving|serve|serves|have|has|had|get|expect|expects)\b|^\s(?:[a-z]+ly\s)?[a-z]+ing\b/;
/**
 * The group's own size said in the company's name for itself, or a team's in it: "our studio has
 * 80 people", "the platform team, which is 11 people", "my data team is 6 engineers".
 */
const ORGANISATION_HAS_BEFORE =
  /\b(?:our|the|my)\s(?:[a-z-]+\s){0,2}?(?:company|studio|startup|firm|org|organisation|organization|business|agency|team|group|department|squad)(?:,?\s(?:which|that|who))?\s(?:has|is|are|employs|counts)\s(?:(?:about|around|roughly|some|~|just|only|over)\s?)?$/;

/** Whether the count starting after `before` (its sentence so far) is the writer's own group. */
export function countsOwnOrganisation(before: string): boolean {
  const sentence = /[^.;!?]*$/.exec(before)?.[0] ?? '';
  if (ORGANISATION_HAS_BEFORE.test(sentence)) return true;
  const between = WE_ARE_BEFORE.exec(sentence)?.groups?.between;
  return between !== undefined && !NOT_OUR_GROUP.test(between);
}

/** A part of a group singled out: "only the 40 writers", "just 12 of us". */
const ONLY_BEFORE =
  /\b(?:only|just)\s(?:(?:the|about|around|roughly|some|~)\s?)?$/;
/** Access given to them: "40 analysts will get access", "300 staff would have access to it". */
const ACCESS_AFTER =
  /^\s(?:(?:would|will|could|might|may|can|then)\s)?(?:get|have|need|be given|gain)\saccess\b/;
/** Who the system is for: "a bot for our 30k customers", "built for 2,000 players". */
const FOR_BEFORE =
  /\bfor\s(?:(?:our|the|all|its|their|my|your|about|around|roughly|some|over|up to|~)\s?){0,3}$/;
/** A count named as users of a product: "120k users", "40k subscribers", "2m players". */
const USERS_NOUN_END =
  /\b(?:users?|dau|mau|wau|actives|subscribers|players|customers|shoppers|learners|members)$/;

/**
 * Whether the count written as `written`, with `before` and `after` it, says who uses the system:
 * a part singled out, a use or access verb after it, who it is for, users of a product, or people
 * active on a day, in a month or at once.
 */
export function saysWhoUsesIt(
  before: string,
  written: string,
  after: string,
  kind: UsersKind,
): boolean {
  return (
    kind !== 'total' ||
    ONLY_BEFORE.test(before) ||
    USES_THE_SYSTEM.test(after) ||
    ACCESS_AFTER.test(after) ||
    FOR_BEFORE.test(before) ||
    USERS_NOUN_END.test(written.trim())
  );
}
