/**
 * The writer's own organisation counted, and who of it (or of its product) uses the system.
 * "we're about 80 people all told", "we're an edtech startup, seed stage, eleven people", "we are a
 * team of 12" say who the writer is; that count is the users only when nothing else says who uses
 * it. A later count of people said to use it is the users instead: "only the 40 writers would use
 * it", "we have 120k monthly active users", "a bot for our 30k customers".
 */
import { UsersKind } from './intentSchema';
import {
  ACCESS_AFTER as ACCESS_PAST_WHERE,
  SHARE_ACTIVE_AFTER,
  USES_THE_SYSTEM,
} from './peopleCounts';

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
 * Nouns for an organisation or a group of it: "our studio", "my data team", "our on-call
 * rotation", "the night shift".
 */
const ORGANISATION_NOUNS =
  'company|studio|startup|firm|org|organisation|organization|business|agency|team|group|department|squad|rotation|rota|shift';
/**
 * The group's own size said in the company's name for itself, or a team's in it: "our studio has
 * 80 people", "the platform team, which is 11 people", "my data team is 6 engineers".
 */
const ORGANISATION_HAS_BEFORE = new RegExp(
  `\\b(?:our|the|my)\\s(?:[a-z-]+\\s){0,2}?(?:${ORGANISATION_NOUNS})(?:,?\\s(?:which|that|who))?\\s(?:has|is|are|employs|counts)\\s(?:(?:about|around|roughly|some|~|just|only|over)\\s?)?$`,
);
/**
 * Its own people counted after "our ... has" or "employs", whatever it calls itself: "our bank
 * has 27,000 employees", "my hospital employs 3k staff". The noun must name a workforce, so "our
 * app has 40k users" is not the writer's group.
 */
const ANY_ORGANISATION_HAS_BEFORE =
  /\b(?:our|my)\s(?:[a-z-]+\s){0,2}?[a-z-]+\s(?:has|have|employs|employ)\s(?:(?:about|around|roughly|some|~|just|only|over|nearly|almost)\s?)?$/;
const WORKFORCE_END =
  /\b(?:employees|staff|staffers|personnel|workers|ftes?|colleagues|headcount)$/;
/**
 * The group described, then its size as one more item of the description: "our edtech startup is
 * 3 years old, 22 people", "our agency is based in Leeds, 40 staff". Nothing in between may lead
 * to someone else ("our startup is building a bot for clinics, 300 nurses").
 */
const ORGANISATION_DESCRIBED_BEFORE = new RegExp(
  `\\b(?:our|my)\\s(?:[a-z-]+\\s){0,2}?(?:${ORGANISATION_NOUNS})\\s(?:is|was|has been)\\s(?<description>[^.;!?]{1,40}?),\\s(?:(?:about|around|roughly|some|~|just|only|over)\\s?)?$`,
);
/** Nouns for the people of an organisation: "22 people", "40 staff", "12 engineers". */
const MEMBERS_END =
  /\b(?:people|persons|folks|ppl|employees|staff|staffers|personnel|workers|ftes?|engineers|developers|devs)$/;

/**
 * Whether the count starting after `before` (the text so far), written as `written`, is the
 * writer's own group.
 */
export function countsOwnOrganisation(before: string, written = ''): boolean {
  const sentence = /[^.;!?]*$/.exec(before)?.[0] ?? '';
  const count = written.trim().toLowerCase();
  if (ORGANISATION_HAS_BEFORE.test(sentence)) return true;
  if (ANY_ORGANISATION_HAS_BEFORE.test(sentence) && WORKFORCE_END.test(count))
    return true;
  const description =
    ORGANISATION_DESCRIBED_BEFORE.exec(sentence)?.groups?.description;
  if (
    description !== undefined &&
    !NOT_OUR_GROUP.test(description) &&
    MEMBERS_END.test(count)
  )
    return true;
  const between = WE_ARE_BEFORE.exec(sentence)?.groups?.between;
  return between !== undefined && !NOT_OUR_GROUP.test(between);
}

/** Nouns that name a group of people by what it is: "a team of 45", "a 30-person studio". */
const GROUP_NOUN =
  /^(?:team|company|org|organisation|organization|studio|startup|firm|business|agency|department|group|squad|crew|shop|workforce|head ?count)$/;
/** The group as who something is for: "a bot for a team of 40", "for our team of 12". */
const FOR_GROUP_BEFORE =
  /\bfor\s(?:(?:a|an|the|our|my|their|its|your)\s)?(?:[a-z-]+\s)?$/;

/**
 * Whether a count of people after `before` (the text so far), written as `written` with the noun
 * `noun`, is the writer's own group: what countsOwnOrganisation reads, or a group noun in a
 * sentence the writer speaks of themselves in ("we shipped it with a team of 45", "my team of 8
 * maintains it"), unless it is who something is for ("a bot for our team of 40").
 */
export function namesOwnGroup(
  before: string,
  written: string,
  noun: string,
): boolean {
  if (countsOwnOrganisation(before, written)) return true;
  if (!GROUP_NOUN.test(noun.toLowerCase())) return false;
  const sentence = (/[^.;!?]*$/.exec(before)?.[0] ?? '').toLowerCase();
  return (
    /\b(?:we|we're|our|my|us|i)\b/.test(sentence) &&
    !FOR_GROUP_BEFORE.test(sentence)
  );
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
/**
 * The size of the group the system is said to be for, right after it: "for the compliance
 * department only, which is about 650 people", "for our claims unit (roughly 120 people)", "for
 * the research org, 900 scientists".
 */
const FOR_NAMED_GROUP_BEFORE =
  /\bfor\s(?:(?:the|our|my|its|their|a|an)\s)?(?:[a-z-]+\s){0,3}?(?:team|department|dept|group|unit|division|office|desk|function|squad|branch|practice|org|organisation|organization|company|firm)(?:\s(?:only|alone))?\s?(?:,|\(|-|–|—)\s?(?:(?:which|that|who)\s(?:is|are|has|have|counts)\s|that's\s)?(?:(?:about|around|roughly|some|~|approximately|just|only|maybe|probably|close to|nearly)\s?)?$/;
/** A count named as users of a product: "120k users", "40k subscribers", "2m players". */
const USERS_NOUN_END =
  /\b(?:users?|dau|mau|wau|actives|subscribers|players|customers|shoppers|learners|members)$/;

/**
 * The people who use it named as the subject of the sentence, their count after the name: "the
 * people who'd actually use it are the site foremen, about 400 of them", "the main users will be
 * our auditors, some 60 people", "it would mostly be used by the night nurses, roughly 80".
 */
const USERS_NAMED_BEFORE =
  /\b(?:(?:people|ones|staff|folks|those|users)\s(?:who|that)(?:'d|'ll)?\s(?:(?:would|will|could|might|actually|really|mainly|mostly|then)\s){0,2}(?:use|be using|rely on)\s(?:it|this|the\s[a-z-]+)|(?:main|primary|intended|target|actual|real|end|only)\susers|(?:it|this|the\s[a-z-]+)\s(?:will|would|is going to)\s(?:(?:mainly|mostly|only)\s)?be\sused\sby)\s(?:(?:are|is|will be|would be|'d be)\s)?[^.;!?\d]*$/;
/**
 * A relative clause of use past a few words of where the people are: "85 volunteers on the roster
 * who would use it", "40 nurses across both wards who'd use the app".
 */
const WHERE_THEN_WHO = /^[^.;!?\d,]{1,40}?(?=\s(?:who|that)(?:'d|'ll)?\s)/;
/**
 * The count said between commas after a group, then the group's verb of use, whose object is the
 * system the sentence is about: "a service the legal team, about 35 people, uses daily", "the desk,
 * 12 traders, would use it". A use with another object ("uses Slack") is not read.
 */
const APPOSITION_USES_AFTER =
  /^\s?,\s(?:(?:would|will|could|might|can|then|all|also|actually)\s){0,2}(?:use|uses)(?:\s(?:it|this|that|them)\b|\s[a-z]+ly\b|\s?[,.;!?)]|\s?$)/;

/**
 * People coming to a website or an app, where an assistant on it meets them: "6,000 visitors to
 * the site each day", "40k shoppers on our web shop a month". A shop or a store may be a
 * building, so only places online are read.
 */
const SITE_VISITORS_AFTER =
  /^\s(?:(?:come|coming|go|going|visit|visiting)\s)?(?:to|on|of|at)\s(?:the|our|my|their)\s(?:[a-z-]+\s)?(?:site|website|web ?site|web ?shop|web ?store|online (?:shop|store)|portal|app|help ?cent(?:er|re))\b/;

/** Whether the words after a count say the people use it past where they are. */
function usesPastWhereTheyAre(after: string): boolean {
  const where = WHERE_THEN_WHO.exec(after);
  return where !== null && USES_THE_SYSTEM.test(after.slice(where[0].length));
}

/**
 * Whether the count written as `written`, with `before` and `after` it, says who uses the system:
 * a part singled out, a use or access verb after it, a share of them said to be active or to use
 * it, who it is for, users of a product, or people active on a day, in a month or at once.
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
    usesPastWhereTheyAre(after) ||
    APPOSITION_USES_AFTER.test(after) ||
    SITE_VISITORS_AFTER.test(after) ||
    USERS_NAMED_BEFORE.test(before.toLowerCase()) ||
    ACCESS_AFTER.test(after) ||
    ACCESS_PAST_WHERE.test(after) ||
    SHARE_ACTIVE_AFTER.test(after) ||
    FOR_BEFORE.test(before) ||
    FOR_NAMED_GROUP_BEFORE.test(before) ||
    USERS_NOUN_END.test(written.trim())
  );
}

/** "of us" right after a count, or closing it: "about 260 of us in IT", "40 of us". */
const OF_US = /^\s?of us\b/;
const OF_US_END = /\bof us$/;
/**
 * Members of the writer's side named after the count: "7 people on the team", "30 folks in our
 * team", "12 engineers on staff", "90 people on the payroll".
 */
const ON_OUR_TEAM_AFTER =
  /^\s(?:(?:on|in)\s(?:the|our|my)\s(?:[a-z-]+\s)?(?:team|staff|crew|payroll)|on staff)\b/;
/**
 * The writer's role at an organisation, then its size as one more item of the description: "I'm
 * the security architect for a regional insurer, about 2,600 employees", "I am a nurse at a
 * county hospital, 900 staff". The words after "I'm" must start with an article, so "I'm
 * building a bot for a clinic, 300 nurses" is not the writer's group.
 */
const ROLE_AT_ORGANISATION_BEFORE =
  /\b(?:i'm|i am|im)\s(?:a|an|the|one of the)\s(?:[a-z-]+\s){1,4}?(?:at|for|in|with)\s(?:a|an|the|our|my)\s(?:[a-z&-]+\s){0,3}?[a-z&-]+,\s(?:(?:about|around|roughly|some|~|approximately|nearly|over|just)\s?)?$/;
/** Words before the count that make it who something is for ("a bot for 7 people on the team"). */
const FOR_JUST_BEFORE =
  /\bfor\s(?:(?:a|an|the|our|my|their|its|your|all|about|around|roughly|some|~)\s?){0,3}$/;

/**
 * Whether a count of people is the writer's own side rather than who uses the system, by more
 * than namesOwnGroup reads: the writer among them ("260 of us in IT"), members of the team
 * named after them ("7 people on the team"), or the size of the organisation the writer says
 * they work at ("I'm the architect for an insurer, about 2,600 employees"). Not a count said to
 * be who something is for.
 */
export function countsWritersSide(
  before: string,
  written: string,
  noun: string,
  after: string,
): boolean {
  if (namesOwnGroup(before, written, noun)) return true;
  const lower = before.toLowerCase();
  const sentence = /[^.;!?]*$/.exec(lower)?.[0] ?? '';
  const count = written.trim().toLowerCase();
  if (FOR_JUST_BEFORE.test(sentence)) return false;
  if (OF_US.test(after.toLowerCase()) || OF_US_END.test(count)) return true;
  if (ON_OUR_TEAM_AFTER.test(after.toLowerCase())) return true;
  return (
    ROLE_AT_ORGANISATION_BEFORE.test(sentence) && WORKFORCE_END.test(count)
  );
}
