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
 * 80 people", "the platform team, which is 11 people", "my data team is 6 engineers", "the
 * team I manage is 9 people".
 */
const ORGANISATION_HAS_BEFORE = new RegExp(
  `\\b(?:our|the|my)\\s(?:[a-z-]+\\s){0,2}?(?:${ORGANISATION_NOUNS})(?:,?\\s(?:which|that|who)|\\s(?:i|we)\\s(?:manage|lead|run|head|am\\son|work\\sin|belong\\sto))?\\s(?:has|is|are|employs|counts)\\s(?:(?:about|around|roughly|some|~|just|only|over)\\s?)?$`,
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
 * the research org, 900 scientists", "for our sales team of 14 reps".
 */
const FOR_NAMED_GROUP_BEFORE =
  /\bfor\s(?:(?:the|our|my|its|their|a|an)\s)?(?:[a-z-]+\s){0,3}?(?:team|department|dept|group|unit|division|office|desk|function|squad|branch|practice|org|organisation|organization|company|firm)(?:\s(?:only|alone))?(?:\s?(?:,|\(|-|–|—)|\sof)\s?(?:(?:which|that|who)\s(?:is|are|has|have|counts)\s|that's\s)?(?:(?:about|around|roughly|some|~|approximately|just|only|maybe|probably|close to|nearly)\s?)?$/;
/**
 * A count named as users of a product: "120k users", "40k subscribers", "2m players"; in the
 * singular too, as a writer whose first language marks no plural puts it ("3,000 customer").
 */
const USERS_NOUN_END =
  /\b(?:users?|dau|mau|wau|actives?|subscribers?|players?|customers?|shoppers?|learners?|members?)$/;

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

/** Words that make a count approximate, right before it. */
const HEDGE_BEFORE =
  '(?:(?:about|around|roughly|some|~|approximately|maybe|probably|just|only|nearly|close to|over)\\s?)?';
/**
 * The system as the subject of a verb that meets people, right before their count: "the chatbot
 * would see about 3,000 people a day", "the assistant will serve 400 clinicians", "it handles
 * roughly 900 callers". Those people are who uses it.
 */
const SYSTEM_MEETS_BEFORE = new RegExp(
  `\\b(?:it|(?:the|this|our|that|such a|a)\\s(?:[a-z-]+\\s){0,2}?(?:bot|chatbot|assistant|agent|copilot|tool|app|system|service|widget|kiosk|helper|model))\\s(?:(?:would|will|could|might|may|should|is going to|'d|'ll)\\s)?(?:(?:probably|likely|realistically|easily|then|also)\\s)?(?:see|sees|serve|serves|handle|handles|get|gets|talk to|talks to|chat with|chats with|help|helps|field|fields|reach|reaches)\\s${HEDGE_BEFORE}$`,
);
/**
 * A clause saying a group uses the system, then its count restating the group: "only the dispatch
 * team would use it, that's 45 dispatchers", "the night shift uses it daily - about 30 nurses",
 * "legal will be using the tool (some 25 lawyers". Not a use denied ("they don't use it, ...").
 */
const USE_THEN_COUNT_BEFORE = new RegExp(
  `(?<!(?:not|never|n't|no longer)\\s)\\b(?:use|uses|using|rely on|relies on)\\s(?:it|this|that|the\\s[a-z-]+)(?:\\s(?:daily|every day|regularly|day to day|a lot))?\\s?(?:,|\\(|-|–|—|:)\\s?(?:(?:that's|that is|that would be|which is|which would be|i\\.e\\.?|so)\\s)?${HEDGE_BEFORE}$`,
);
/**
 * A sum of the people just named, in a sentence of its own: "All told that's about 70 people",
 * "Altogether, that makes 120 staff". They are who uses it when the sentence before says people
 * can or would use the system ("an assistant our staff and the detectives can ask").
 */
const SUM_OF_NAMED_BEFORE = new RegExp(
  `^\\s*(?:all told|altogether|all together|in total|in all|combined|overall|between them)\\s?,?\\s(?:that's|that is|that makes|that comes to|it's|we're talking|they're|they are)\\s${HEDGE_BEFORE}$`,
);
/** A use of the system by people said with a modal: "the detectives can ask", "staff would use". */
const MODAL_USE =
  /\b(?:can|could|would|will|should|'d|'ll|to)\s(?:(?:all|both|also|then|each)\s)?(?:use|ask|query|consult|search|chat with|talk to|access|rely on)\b/;

/** Whether `before` ends with a sum of people in a sentence after one that says they use it. */
function sumOfPeopleSaidToUseIt(before: string): boolean {
  const sentences = before.split(/(?<=[.;!?])\s/);
  const own = sentences.pop() ?? '';
  const previous = sentences.pop() ?? '';
  return (
    SUM_OF_NAMED_BEFORE.test(own) &&
    MODAL_USE.test(previous) &&
    !/\b(?:not|never|n't)\s(?:use|ask)\b/.test(previous)
  );
}

/**
 * The users named as the subject, their count right after: "the users are our 25 forestry
 * engineers", "our users will be the 300 nurses on the wards". Only hedges and determiners may
 * stand between the verb and the count, so "the users are happy with 300 ms" is not read.
 */
const USERS_ARE_BEFORE =
  /\b(?:the|our)\s(?:[a-z-]+\s)?users\s(?:are|will be|would be|'ll be|'d be)\s(?:(?:our|the|its|their|all|about|around|roughly|some|~|approximately|mainly|mostly|just|only)\s?){0,3}$/;
/**
 * A share of the people just counted said later in their clause to use the system: "9,000 staff,
 * and on a busy day perhaps a quarter of them would open it", "40,000 members registered and
 * maybe a tenth of them use the app on any given day". What the share does is said of them all.
 */
const SHARE_USES_LATER_AFTER =
  /^[^.;!?\d]{0,45}?\b(?:half|(?:a|one|two)\s(?:third|quarter|fifth|tenth)s?|thirds?|quarters?|fifths?|tenths?|most|many|some)\sof\s(?:them|those|whom)\s(?:(?:would|will|could|might|may|can|usually|typically|actually)\s){0,2}(?:use|uses|open|opens|log in to|access)\s(?:it|this|that|the\s[a-z-]+)\b/;
/**
 * The people of a website or an app counted as its own ("the portal had 22,000 monthly active
 * shippers", "our app has about 9k daily riders"): an assistant on it meets them. A site, a shop
 * or a store may be a building ("the site has 210 people"), so only places online are read.
 */
const SITE_HAS_BEFORE =
  /\b(?:the|our|my)\s(?:[a-z-]+\s)?(?:website|web ?site|portal|app|web ?shop|help ?cent(?:er|re))\s(?:has|had|gets|got|sees|saw|counts|counted)\s(?:(?:about|around|roughly|some|~|approximately|nearly|over|close to)\s?)?$/;

/**
 * People said to log in or sign in, with no other system named after it: "9,000 applicants log in
 * on a typical day", "about 300 tenants sign in each week". What they log in to is the product the
 * request is about. "log in to the old ATS" names another system, so it is not read.
 */
const LOG_IN_AFTER =
  /^\s(?:(?:would|will|could|can|might|may|usually|typically|actually|then)\s)?(?:log(?:s|ged)?\s(?:in|on)|sign(?:s|ed)?\s(?:in|on))\b(?!\s(?:to|into|at|through|via|with)\b)/;

/** Whether the words after a count say the people use it past where they are. */
function usesPastWhereTheyAre(after: string): boolean {
  const where = WHERE_THEN_WHO.exec(after);
  return where !== null && USES_THE_SYSTEM.test(after.slice(where[0].length));
}

/**
 * Whether the count written as `written`, with `before` and `after` it, says who uses the system:
 * a part singled out, a use or access verb after it, a share of them said to be active or to use
 * it, who it is for, users of a product, people the system meets or who log in, a count restating
 * a group said to use it, a sum of people said to use it, or people active on a day, in a month
 * or at once.
 */
export function saysWhoUsesIt(
  before: string,
  written: string,
  after: string,
  kind: UsersKind,
): boolean {
  const lower = before.toLowerCase();
  return (
    kind !== 'total' ||
    ONLY_BEFORE.test(before) ||
    SYSTEM_MEETS_BEFORE.test(lower) ||
    USE_THEN_COUNT_BEFORE.test(lower) ||
    sumOfPeopleSaidToUseIt(lower) ||
    USES_THE_SYSTEM.test(after) ||
    LOG_IN_AFTER.test(after.toLowerCase()) ||
    usesPastWhereTheyAre(after) ||
    APPOSITION_USES_AFTER.test(after) ||
    SITE_VISITORS_AFTER.test(after) ||
    USERS_NAMED_BEFORE.test(lower) ||
    USERS_ARE_BEFORE.test(lower) ||
    SITE_HAS_BEFORE.test(lower) ||
    SHARE_USES_LATER_AFTER.test(after.toLowerCase()) ||
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

/** An on-call rotation named right before its count: "our on-call rotation of 8", "the pager rota is 5". */
const ON_CALL_BEFORE = new RegExp(
  `\\b(?:on[\\s-]call|pager)\\s(?:[a-z-]+\\s)?(?:rotation|rota|roster|schedule|team|crew|pool)\\s(?:of|is|has|with|:|=)\\s?${HEDGE_BEFORE}$`,
);
/** People said to be on call right after their count: "6 engineers on call", "5 SREs on the pager". */
const ON_CALL_AFTER =
  /^\s(?:(?:who\s(?:are|were)|are|were)\s)?(?:on[\s-]call\b|on the pager\b|carrying the pager\b|in the (?:on[\s-]call|pager) (?:rotation|rota)\b)/;

/**
 * Whether a count of people names an on-call crew: the people who keep a service running and
 * answer its pages ("our on-call rotation of 8 people", "6 SREs on call", "our 5 on-call
 * engineers"). users.ts reads such a crew in a story of the past as background.
 */
export function namesOnCallCrew(
  before: string,
  written: string,
  after: string,
): boolean {
  return (
    ON_CALL_BEFORE.test(before.toLowerCase()) ||
    ON_CALL_AFTER.test(after.toLowerCase()) ||
    /\bon[\s-]call\b/.test(written.toLowerCase())
  );
}
