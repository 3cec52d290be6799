/**
 * Latency, cost and quality priorities from what people say ("low latency is critical",
 * "snappy", "cheapest", "money is no object", "best quality", "good enough"), from follow-ups
 * ("make it cheaper", "latency matters less") and, when the words say nothing, from the use case
 * and the latency targets (see inferPriorities).
 */
import { UseCaseId } from '../kb/schema';
import {
  LatencyTarget,
  Priority,
  PriorityField,
  PriorityReading,
  PriorityReadings,
  PriorityStep,
} from './intentSchema';
import { readChoices, readUnneededTopModels } from './priorityChoices';
import {
  ComparisonReading,
  readClausePriorities,
  readClauseSteps,
  readComparisons,
} from './priorityClauses';
import { readFocusPriorities } from './priorityFocus';
import { readRankedPriorities } from './priorityRanking';
import { readTradePriorities } from './priorityTrades';
import { NEGATION_SOURCE } from './text';
import { MUST_SOURCE } from './obligation';

export type { PriorityField } from './intentSchema';

/** The aspect words the helper cues below put next to their weight. */
const ASPECT_WORDS: Record<PriorityField, string> = {
  latency_priority:
    '(?:latency|speed|ttft|response[\\s-]times?|turnaround|responsiveness)',
  cost_priority: '(?:costs?|price|pricing|budget|money|spend)',
  quality_priority: '(?:quality|accuracy|correctness|precision)',
};

const PRIORITY_FIELDS: PriorityField[] = [
  'latency_priority',
  'cost_priority',
  'quality_priority',
];

/**
 * An aspect ranked with the short form "prio": "latency low prio", "quality high prio", "cost is
 * top prio", "speed: low prio".
 */
function abbreviatedRank(field: PriorityField, value: 'low' | 'high'): RegExp {
  const rank =
    value === 'low'
      ? '(?:low(?:er)?|lowest|bottom|last)'
      : '(?:high(?:er)?|highest|top|first)';
  return new RegExp(
    String.raw`\b${ASPECT_WORDS[field]}(?:\s?[:=]|\s(?:is|as|=))?\s(?:an?\s|the\s)?${rank}[\s-]?prio\b`,
    'g',
  );
}

/** "nothing fancy needed speed-wise", "quality-wise, nothing special". */
function modestAspectWise(aspect: string): RegExp {
  const modest =
    'nothing\\s(?:fancy|special|crazy|demanding|extreme|exceptional)';
  return new RegExp(
    String.raw`\b${modest}(?:\s(?:is\s)?(?:needed|required|necessary))?,?\s${aspect}[\s-]wise\b|\b${aspect}[\s-]wise,?\s(?:(?:we|i)\s(?:need|want)\s)?${modest}\b`,
    'g',
  );
}

/**
 * An aspect said first, then not cared about: "latency I care much less about", "TTFT, don't
 * care", "price we really don't care about" (not "speed we care about", nor "latency we don't
 * care to measure").
 */
function topicalisedIndifference(field: PriorityField): RegExp {
  return new RegExp(
    String.raw`\b${ASPECT_WORDS[field]}(?:,|\s-)?\s(?:(?:i|we|they)\s)?(?:(?:honestly|really|frankly|genuinely)\s)?(?:(?:don'?t|dont|do\snot)\s(?:really\s)?care(?:\s(?:much|about|at\sall))?(?!\s(?:to|for|if|whether)\b)|care\s(?:(?:much|far|a\slot|way)\s)?less\sabout|care\s(?:very\s)?little\sabout)\b`,
    'g',
  );
}

/** Cues that set a priority, lowest first so "latency isn't important" is read before "latency ... important". */
const CUES: Array<{ field: PriorityField; value: Priority; re: RegExp }> = [
  // an aspect ranked with "prio", the usual short form of "priority": "latency low prio",
  // "cost is top prio", "accuracy = high prio" (first, so "low" is not read as the level wanted
  // of the latency)
  ...PRIORITY_FIELDS.flatMap(field =>
    (['low', 'high'] as const).map(value => ({
      field,
      value,
      re: abbreviatedRank(field, value),
    })),
  ),
  // an aspect said with "-wise" and a modest need: "nothing fancy needed speed-wise",
  // "latency-wise, nothing special" (first, so "nothing fancy" is not read as of the quality)
  {
    field: 'latency_priority',
    value: 'low',
    re: modestAspectWise(ASPECT_WORDS.latency_priority),
  },
  {
    field: 'quality_priority',
    value: 'low',
    re: modestAspectWise(ASPECT_WORDS.quality_priority),
  },
  // an aspect put first and then said not to be cared about: "latency I care much less about",
  // "TTFT, don't care", "the price we honestly don't care about"
  ...PRIORITY_FIELDS.map(field => ({
    field,
    value: 'low' as Priority,
    re: topicalisedIndifference(field),
  })),
  {
    // patience denied to the people who wait, before the low cue that reads "very patient" in "not
    // very patient": "our callers are not patient people", "shoppers have no patience", "the
    // drivers aren't exactly patient" (not "not patient-facing", "no patient data": the noun)
    field: 'latency_priority',
    value: 'high',
    re: /(?:(?:\bnot|\bnever|n't)\s(?:(?:very|that|so|too|exactly|particularly|known for being|the most)\s)?patient(?=\s*(?:[,.;:!?)]|$)|\s(?:at all|with|about|and|but|so|enough|tbh|people|users|folks|types?|ones|customers|clients|guests|callers|visitors|shoppers|patrons|bunch|lot|crowd|audience|group)\b)|\b(?:no|zero|little|not much|limited)\spatience)\b(?!-)/g,
  },
  {
    field: 'latency_priority',
    value: 'low',
    re: /\b(?:latency|speed|response time|responsiveness|response speed)\s(?:(?:honestly|frankly|really|actually|truly|genuinely|simply|just|also|definitely)\s)?(?:is\s|are\s)?(?:not|n't|isn't|is not|does ?n[o']t|doesn't|do not|don't)\s?(?:that\s|very\s|too\s|really\s|so\s|super\s)?(?:important|critical|crucial|matter|a concern|an issue|a priority|a big deal|key|urgent)\b|\b(?:latency|speed|response time)\s(?:is\s)?(?:(?:a\s)?low(?:er)? priority|secondary|irrelevant)\b|\b(?:latency|speed|response time) (?:(?:matters?|counts?) (?:for )?(?:(?:very|rather|fairly|pretty) )?little|(?:hardly|barely|scarcely) (?:matters?|counts?)|(?:is|are) (?:of )?(?:(?:very|rather) )?little (?:concern|importance|consequence))\b|\bnot (?:latency|time)[\s-](?:sensitive|critical)\b|\b(?:don'?t|do not|doesn'?t|does not|won'?t|nobody|no[\s-]one) (?:really )?(?:care|cares|mind|minds) how long\b|\blatency[\s-]insensitive\b|\b(?:can|could|may|are happy to|don'?t mind (?:to )?)\s?wait\b|\bno (?:rush|hurry)\b|\b(?:nobody|no[\s-]one)(?:'s| is)? going to die if (?:it|they|the \w+) (?:takes?|is|are)\b|\b(?:it|they) can (?:take (?:its|their) time|chew on it)\b|\bnot in a (?:hurry|rush)\b|\b(?:nobody|no[\s-]one|none of (?:us|them))(?:'s| is| are)? in a (?:hurry|rush)\b|\bin no (?:hurry|rush)\b|\bnot urgent\b|\b(?:don'?t|do not|doesn'?t) (?:care|matter) (?:much |too much )?(?:about )?(?:latency|speed)\b|\bslow(?:er)? is (?:fine|ok(?:ay)?|acceptable)\b|\bwithin (?:a few|several|\d+) (?:hours|days)\b|\bby (?:the )?(?:next )?morning\b|\b(?:(?:are|is|am|be|being|stay|stays|remain|remains|'re|'m|pretty|quite|very|fairly|really|rather|super|extremely|reasonably) )+patient(?=\s*(?:[,.;:!?)]|$)|\s(?:with|about|and|but|so|enough|tbh|people|users|folks|bunch|lot|crowd|audience|group)\b)|\ba (?:(?:pretty|quite|very|fairly|really|rather|super) )?patient (?:bunch|lot|crowd|audience|group|user ?base)\b|\b(?:\d+(?:\.\d+)?|a few|several|a couple of|an?) (?:seconds?|secs?|minutes?)(?: or (?:two|2|so|three|3))?(?: of (?:latency|waiting|delay|wait))?(?: (?:per|for each|for every|a|each) [a-z]+)? (?:is|are|would be|will be) (?:(?:perfectly|totally|completely|entirely|quite|absolutely) )?(?:fine|ok(?:ay)?|acceptable)\b|\bcan live with (?:(?:a|the|an?) )?(?:[a-z]+ )?(?:taking|that takes|waiting)\b|\b(?:can|may|could|is allowed to|are allowed to) take (?:(?:up to|about|around) )?(?:\d+(?:\.\d+)?|a few|several) (?:seconds?|secs?|minutes?)\b|\bovernight (?:is )?(?:ok(?:ay)?|fine)\b|\bno (?:real |hard |strict |tight |particular |special )?(?:latency|speed|response[\s-]time) (?:requirements?|targets?|constraints?|needs?|expectations?|slas?|goals?)\b|\bno (?:deadline|time) pressure\b|\b(?:nobody|no[\s-]one)(?:'s| is| will be)? (?:actually |really |ever )?(?:waiting|sitting there|watching)(?: (?:on|for) (?:(?:the|their|any|its|these|those|this|that)\s)?(?:responses?|results?|answers?|outputs?|it|them|these|those|this|that|[a-z]+s))?(?: (?:in )?real[\s-]?time| live)?\b|\bno (?:live |real |actual )?(?:one|users?|customers?|person|people|humans?|callers?) (?:is |are )?(?:waiting|on the other end)\b|\b(?:latency|speed|response time) (?:(?:honestly|frankly|really|actually|truly|genuinely|simply|just|also|definitely)\s)?(?:is |are )?(?:not|isn'?t|is not) (?:really |that |very )?(?:a |an )?(?:concern|issue|priority)\b|\bno (?:hard |strict |tight )?deadlines?\b|\bwithin (?:an?|one) (?:hour|day)\b|\b(?:worse|bigger (?:problem|issue|concern)|more serious) than (?:a |an )?slow(?:er)? (?:ones?|answers?|responses?|replies|reply|explanations?)\b|\b(?:latency|speed|response time|velocity),? (?:not so much|less so|not as much)\b|\bhow (?:fast|quick(?:ly)?|long) (?:it|they|the \w+|answers?|responses?|replies) (?:comes?|gets?|arrives?|takes?)(?: back)? (?:is|are) (?:not|n't|no) (?:really |that |very )?(?:a |an )?(?:concern|issue|problem|priority|important)\b/g,
  },
  {
    field: 'latency_priority',
    value: 'high',
    re: new RegExp(
      String.raw`\blow[\s-]latency\b|\blatency ${MUST_SOURCE} be (?:low|minimal|tiny|small)\b|\blatency(?:[\s-]sensitive|[\s-]critical| is (?:now |really |also |definitely )?(?:critical|crucial|key|important|paramount|everything|a priority|(?:the |our )?top priority|king)| matters(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather) )?less\b))|\breal[\s-]?time\b|\bsnappy\b|\bsnappier\b|\binstant(?:ly|aneous)?\b|\bimmediate(?:ly)?\b|\b(?:feel|feels|be|stay|remain|keep it) (?:(?:really|very|truly|properly|fully) )?interactive\b|\b(?:latency|speed) (?:is |are )?(?:the|our) (?:main |top |first |number one |#1 |biggest )?priority\b|\b(?:speed|latency)\s?>+\s?(?:quality|accuracy|cost|price)\b|\bresponsive\b|\b(?:fast|quick|speedy|rapid) (?:[a-z-]+ )?(?:responses?|replies|answers|turnaround)\b|\bas (?:fast|quick(?:ly)?) as possible\b|\bspeed (?:is (?:critical|crucial|key|important|everything)|matters(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather) )?less\b))\b|\bspeed is key\b|\b(?:speed|latency) (?:over|before|above|beats|trumps) (?:quality|accuracy|cost|price)\b|\bno lag\b|\bwithout (?:lag|delay)\b|\bminimal (?:delay|lag|latency)\b|\bblazing(?:ly)?[\s-](?:fast|quick)\b|\blightning[\s-](?:fast|quick)\b|\bfastest\b|\bimpatient\b|\b(?:something|anything)\s(?:really |very |super )?(?:fast|quick|speedy)\b|\b(?:needs? to|must|has to|should) be (?:really |very |super )?(?:fast|quick|speedy)\b|\b(?:while|as) (?:they|users|you|people) type\b|(?<=\b(?:but|while|whereas) )(?:the )?(?:latency|speed) (?:(?:really |definitely |certainly |absolutely |very much )?does(?=\s*(?:[,.;:!?)]|$)|\s(?:because|since|as|so|and)\b)|is(?=\s*(?:[.;!?)]|$)|\s-\s))`,
      'g',
    ),
  },
  {
    field: 'cost_priority',
    value: 'low',
    re: /\bmoney is no (?:object|issue|problem)\b|\b(?:costs?|price|budget|money) (?:(?:matters?|counts?) (?:for )?(?:(?:very|rather|fairly|pretty) )?little|(?:hardly|barely|scarcely) (?:matters?|counts?)|(?:is|are) (?:of )?(?:(?:very|rather) )?little (?:concern|importance|consequence))\b|\bcost (?:is )?(?:not (?:a |an )?(?:concern|issue|problem|priority)|doesn'?t matter|is secondary|matters less)\b|\bregardless of (?:the )?cost\b|\bwhatever it costs\b|\b(?:budget|cost|price) (?:is )?(?:not|no) (?:a |an )?(?:concern|issue|problem|constraint)\b|\bunlimited budget\b|\bdeep pockets\b|\bdon'?t (?:care|worry) (?:much |too much )?about (?:the )?(?:cost|price|money|budget)\b|\bspend (?:more|whatever)\b(?! than\b)|\b(?:scratch(?:ed)?|drop(?:ped)?|forget|remov(?:e|ed)|lift(?:ed)?|scrap(?:ped)?|ditch(?:ed)?|waiv(?:e|ed)|no) (?:the |that |our |any )?(?:budget|cost|spending|spend|price) (?:caps?|limits?|ceilings?)\b|\b(?:approv(?:e|es|ed)|pa(?:y|ys|id)|fund(?:s|ed)?|authori[sz](?:e|es|ed)|sign(?:s|ed)? off on|budget(?:ed)? for) whatever it (?:takes|costs)\b|\b(?:would|'d) (?:sooner|rather) (?:pay|spend) (?:more|extra)\b|(?<!(?:\bnot|n't|\bnever)\s)\b(?:happy|willing|prepared|ready|glad) to (?:pay|spend) (?:more|extra|(?:a |the )?premium|(?:(?:more |extra )?for (?:it|that|this|quality|accuracy|the best(?: \w+)?|(?:a )?better \w+)(?=\s*(?:[,.;:!?)]|$)|\s(?:and|but|if|as long|so|because)\b)))\b/g,
  },
  {
    field: 'cost_priority',
    value: 'high',
    re: /\b(?:(?:don'?t|do not|can'?t|cannot|won'?t|must not|mustn'?t|(?:prefer|rather|try(?:ing)?|careful|want|wanting|looking|aim(?:ing)?|need) not to)\s(?:(?:really|want to|afford to)\s){0,2})overspend\b|\b(?:without|avoid|no) overspending\b|\bcheap(?:est|er|ly)?\b|\bon a (?:tight |shoestring |limited |small )?budget\b|\btight budget\b|\bbudget(?:'s| is| are)? (?:(?:very|really|pretty|quite|super) )?(?:tight|limited|small|modest|constrained|lean|thin)\b|\b(?:rather not|(?:prefer|try|trying|hope|hoping|aim|aiming|want|wanting) not to|don'?t want to|do not want to|can'?t|cannot|won'?t) (?:pay|spend) (?:very |too |that )?(?:much|a lot|a fortune|big)\b|\b(?:rather not|don'?t want to|do not want to|can'?t afford to|won'?t) (?:pay|spend(?: money| extra)?) for (?:the |any )?(?:premium|top[\s-](?:tier|end|shelf)|high[\s-]end|expensive|fancy)\b|\b(?:bills?|costs?|spend(?:ing)?|invoices?|pricing|api costs?) (?:is |are )?(?:(?:currently|already|really|just) )?(?:eating us alive|killing us|eating (?:into )?our (?:budget|margins?)|out of control|through the roof|too high|hurting us|painful|unsustainable)\b|\b(?:costs?|price|money|budget) (?:is |are )?(?:the|our) (?:main |top |first |number one |#1 |biggest )?priority\b|\b(?:cost|price)\s?>+\s?(?:speed|latency|quality|accuracy)\b|\blimited budget\b|\b(?:we'?re|we are|i'?m|i am|they'?re|they are)(?: (?:pretty|totally|basically|completely|flat|kind of|a bit|really))? broke\b|\bbudget(?:'s| is)? (?:(?:basically|practically|essentially|almost|next to|close to|pretty much)\s)?(?:nothing|zero|nil|peanuts|tiny|minimal)\b|\bbudget[\s-](?:conscious|constrained|sensitive|friendly)\b|\bcost[\s-](?:sensitive|conscious|effective|efficient|efficiency|optimi[sz]ed|is (?:critical|key|crucial|important|everything|a priority|the (?:top |main )?priority))\b|\bminimi[sz]e (?:the )?costs?\b|\b(?:keep|keeping) (?:the )?costs? (?:down|low)\b|\bcut (?:the )?costs?\b|\breduce (?:the )?costs?\b|\blow(?:est)?[\s-]cost\b|\bas cheap as possible\b|\baffordable\b|\bfrugal\b|\bsave money\b|\bleast expensive\b|\b(?:cost|budget|price|money) (?:is|being|as) (?:the |our )?(?:main|primary|biggest|key|top|first|hard|real) (?:constraint|concern|priority|driver|factor|limit)\b|\b(?:cost|price) (?:over|before|above) (?:speed|latency|quality)\b|\binexpensive\b|\b(?:costs?|budget|price|money) matters?\b(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather) )?less\b)|\b(?:costs?|price|money|savings?) (?:is|are) (?:the |our )?(?:whole|main|only|sole|entire|primary|key|real) (?:reason|point|driver|motivation|goal)\b|\b(?:not|without|never|doesn'?t|don'?t|won'?t|shouldn'?t|mustn'?t|can'?t|cannot) (?:\w+ ){0,2}(?:cost(?:s|ing)?|break(?:s|ing)?) (?:us |me |them )?(?:a (?:fortune|bomb|packet|small fortune)|an arm and a leg|the (?:earth|bank))\b|\b(?:not|without|never|doesn'?t|don'?t|won'?t|shouldn'?t|mustn'?t) (?:\w+ )?cost(?:s|ing)? (?:us |me |them )?(?:a (?:single )?(?:cent|penny|dime)|anything) (?:more|extra)\b|(?<=\b(?:but|while|whereas) )(?:the )?(?:costs?|price|money) (?:(?:really |definitely |certainly |absolutely |very much )?does(?=\s*(?:[,.;:!?)]|$)|\s(?:because|since|as|so|and)\b)|is(?=\s*(?:[.;!?)]|$)|\s-\s))/g,
  },
  {
    field: 'quality_priority',
    value: 'low',
    re: /\b(?:quality|accuracy|correctness|precision)\s(?:is\s|are\s)?(?:not|n't|isn't|is not|does ?n[o']t|doesn't)\s?(?:that\s|very\s|too\s|really\s|so\s|super\s)?(?:important|critical|crucial|matter|a concern|a priority|key|a big deal)\b|\b(?:quality|accuracy)\s(?:is\s)?(?:secondary|(?:a\s)?low(?:er)? priority)\b|\b(?:quality|accuracy) (?:(?:matters?|counts?) (?:for )?(?:(?:very|rather|fairly|pretty) )?little|(?:hardly|barely|scarcely) (?:matters?|counts?)|(?:is|are) (?:of )?(?:(?:very|rather) )?little (?:concern|importance|consequence))\b|\bgood[\s-]enough\b|\bnothing fancy\b|\b(?:a |one )?(?:small(?:er)?|tiny|\d+(?:\.\d+)?b(?: or \d+(?:\.\d+)?b)?) models? (?:is|are|would be|should be) (?:probably |likely |totally |more than )?(?:enough|fine|ok(?:ay)?|sufficient)\b|\bbasic (?:answers|quality|model)\b|\bsmall(?:er)? models? (?:is|are|would be) (?:fine|ok(?:ay)?|enough)\b|\b(?:doesn'?t|does not|don'?t|do not|needn'?t) (?:need|have) to be (?:(?:very|that|too|super|anything|all that) )?(?:smart|perfect|great|fancy|state of the art|brilliant|amazing|excellent|clever|genius|top[\s-]notch|shakespeare|a masterpiece|award[\s-]winning|prize[\s-]winning|literature|poetry|a work of art|flawless|polished)\b|\bdon'?t need (?:the )?(?:best|top|frontier|a (?:big|large|smart))\b|\bmediocre (?:is )?(?:fine|ok)\b|\bquality can (?:be lower|suffer|drop)\b|\b(?:the\s)?(?:quality|accuracy)\s(?:bar|threshold|standard)\s(?:is|can be|'s)\s(?:(?:a\s(?:bit|lot)|much|quite|pretty|fairly|way)\s)?low(?:er)?\b|\bcheap and cheerful\b|\bquality\s(?:is\s)?(?:meh|mediocre|so-so|middling)\s(?:is\s)?(?:fine|ok(?:ay)?|acceptable)\b|\b(?:don'?t|do not|doesn'?t|does not|won'?t) (?:need|care about|want) (?:anything|something|it to be|a model that'?s|an?) (?:(?:too|that|very|super|overly|particularly|especially)\s)?(?:fancy|clever|smart|sophisticated|cutting[\s-]edge)\b/g,
  },
  {
    // a wish to spend little, said as an amount: "we want to pay as little as we can", "spend the
    // bare minimum on hosting" (a wish, so a negation before it turns it around)
    field: 'cost_priority',
    value: 'high',
    re: /\b(?:spend|spending|pay|paying)\s(?:(?:as|so)\slittle\sas\s(?:possible|we\s(?:can|must|need\sto)|i\s(?:can|must|need\sto)|necessary)|(?:the\s)?(?:bare\s|absolute\s)?minimum)\b/g,
  },
  {
    // time taken preferred to a quick answer: "I would much rather it took its time"; time it
    // may take: "I don't mind if it takes a little while"
    field: 'latency_priority',
    value: 'low',
    re: /\b(?:rather|prefer(?:red)?)\b[^.;!?]{0,30}?\b(?:took|take|takes|taking) (?:its|their) time\b|\b(?:don'?t|do not|won'?t|wouldn'?t) mind (?:if|that|when) (?:it|they|the [a-z]+) (?:takes?|took) (?:a (?:little |bit of a |short )?while|a bit|(?:a (?:bit|little) )?longer|some time|its time)\b/g,
  },
  {
    // a share of the best said to be enough: "a summary that's 90% as good is fine by us"
    field: 'quality_priority',
    value: 'low',
    re: /\b\d{2}\s?(?:%|percent) as good (?:is|would be|will be|'s) (?:(?:totally|perfectly|absolutely|more than) )?(?:fine|ok(?:ay)?|acceptable|enough|good enough)\b|\b(?:almost|nearly|mostly) as good (?:is|would be|will be) (?:fine|ok(?:ay)?|acceptable|enough)\b/g,
  },
  {
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:best|highest|top(?:[\s-]notch)?|high|premium|excellent|great|maximum|max)[\s-](?:possible[\s-])?(?:[a-z]+[\s-])?(?:quality|accuracy)\b|\bmost (?:accurate|capable|intelligent|powerful)\b|\b(?:accuracy|quality|correctness|precision) (?:is |are )?(?:(?:obviously|clearly|really|very|absolutely|truly|also|definitely|just) )?(?:critical|crucial|key|paramount|essential|everything|vital|important|matters?(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather) )?less\b)|what counts|first|a (?:must|priority)|(?:the )?top priority|non[\s-]?negotiable|a must[\s-]have|(?:the|our) (?:main |first |number one |#1 |biggest )?priority)\b|\b(?:quality|accuracy|correctness)\s?>+\s?(?:speed|latency|cost|price)\b|\b(?:accuracy|quality|correctness) (?:matters? )?more than (?:anything|speed|latency|cost)\b|\b(?:quality|accuracy|correctness) (?:(?:matters?|counts?|comes?) )?(?:over|before|above|beats|trumps) (?:speed|latency|cost|price|everything|all)\b|\b(?:quality|accuracy|correctness|precision) (?:is |are )?(?:much |far |way )?more important than\b|\b(?:largest|biggest|strongest|most capable) (?:possible )?(?:models?|llms?)\b|\bhallucinat\w* (?:is|are) (?:a |an )?(?:serious|big|major|real|huge|critical|serious) (?:problem|issue|concern|risk)\b|\bstate[\s-]of[\s-]the[\s-]art\b|\bthe (?:very )?best (?:there is|available|money can buy|on the market)\b|\bfrontier\b|\bsmartest\b|\b(?:must|should|need to|needs to|has to) be (?:very |highly |really )?(?:accurate|correct|precise|reliable|smart|spot[\s-]on|flawless|error[\s-]free)\b|\baccurate\b|\bno hallucinations?\b|(?:\b(?:must|has to|have to|needs? to|got to|gotta)|\b(?:above all|first and foremost|most of all|more than anything)(?: else)?,?)\s(?:(?:really|always|absolutely|reliably|consistently)\s)?get\s(?:(?:the|its|their|our|every|each|all)\s)?(?:[a-z]+\s)?ri(?:ght|gth)(?=\s*(?:[,.;:!?)]|$)|\s(?:every|each|first|the first|and|or|but|because|since|as|so)\b)|\b(?:must|has to|have to|needs? to|should) (?:read|sound) (?:(?:really|very|genuinely|properly|truly)\s)?(?:properly|well|naturally|natural|fluent(?:ly)?|polished|professional|human|(?:good|great)(?![\s-](?:enough|for|to)\b))\b(?!-)|\b(?:(?:must|should|may)(?:\s?not|n'?t)|can(?:\s?not|'?t)|never|good at not|careful (?:not to|to not)|without)\s(?:\w+\s)?(?:mak(?:e|es|ing) (?:stuff|things|facts|answers|numbers|citations|sources|anything) up|invent(?:s|ing)? (?:stuff|things|facts|answers|numbers|citations|sources|anything))\b|\bhallucinat\w* (?:is|are) (?:not acceptable|unacceptable)\b|\bbest (?:model|answers|results)\b|\bvalue (?:the |our |its )?(?:[a-z]+ )?(?:quality|accuracy|correctness) (?:very |really )?highly\b|\b(?:quality|accuracy|correctness)(?: of (?:the |our |its )?[a-z-]+)? (?:is|are) (?:the )?(?:whole|entire|main|key) (?:product|point|game|business|pitch|selling point)\b|\b(?:quality|accuracy|correctness) prio(?:rity)?\s?(?:is\s|:\s?|=\s?)?(?:high|hgh|top|max|#?1)\b|\bhigh[\s-]stakes\b|\bmission[\s-]critical\b|\b(?:wrong|broken|incorrect|bad|inaccurate|buggy|made[\s-]up) (?:[a-z]+ )?(?:is|are)(?= (?:(?:way|far|much|a lot|so much) )?worse than (?:a |an )?slow(?:er)?\b)|\bas long as (?:it'?s|it is|they'?re|they are|(?:the|its) (?:answers?|results?|code|output|summar(?:y|ies)) (?:is|are)) (?:(?:correct|accurate|right)\b)|\b(?:nothing|no (?:clause|detail|issue|error|fact|risk)s?) (?:is|gets|must be|can be|should be|may be) (?:missed|overlooked)\b|\bquality (?:of (?:the )?\w+ )?is what (?:counts|matters)\b|\bqualit\w* (?:is )?important\b|\b(?:must|has to|have to|needs? to|should) (?:read|sound) (?:like|as (?:if|though)) (?:a |an )?(?:real |actual )?(?:person|human|native speaker|professional|copywriter|writer|someone) (?:wrote|had written) (?:it|them)\b|\b(?:answers?|results?|outputs?|responses?|replies|summaries|translations|explanations?|corrections|labels|tags|codes|extractions|classifications|citations|numbers|figures) (?:must|has to|have to|needs? to|should) be (?:right|correct)\b|(?<=\b(?:but|while|whereas) )(?:the )?(?:quality|accuracy|correctness) (?:(?:really |definitely |certainly |absolutely |very much )?does(?=\s*(?:[,.;:!?)]|$)|\s(?:because|since|as|so|and)\b)|is(?=\s*(?:[.;!?)]|$)|\s-\s))/g,
  },
  {
    // what the writer cares about, said of what the model makes: "what I care about is that the
    // writing is excellent", "what matters is that it doesn't miss things"; a thoughtful answer
    // preferred to a quick one
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:what (?:i|we|they|he|she) (?:really |most )?cares? about|what (?:really |most )?matters|the (?:main|key|important|only|one) thing)(?: most)?,? (?:is|are) (?:that )?(?:(?:the|our|its|their) )?[a-z]+ (?:is|are|be|being|stays?) (?:(?:really|very|truly|consistently|always) )?(?:excellent|flawless|impeccable|top[\s-]notch|first[\s-]rate|superb|outstanding|polished|perfect|spot[\s-]on|right|correct|accurate|reliable)\b|\b(?:matters?|important|care about|critical|crucial|essential|need|needs|must) (?:is )?(?:that )?(?:it|the model|the system|the tool|they) (?:doesn'?t|does not|never|won'?t|can'?t|cannot|must not|mustn'?t) (?:miss(?:es)?|drops?|skips?|loses?|omits?|overlooks?|forgets?) (?:things|anything|a thing|any|details?|nothing|clauses?|issues?|(?!(?:[a-z-]+ )?(?:calls?|connections?|packets?|frames?|beats?|balls?)\b)(?:(?:a|an|any|one|a single)\s)(?:[a-z-]+\s)?[a-z-]+)\b|\b(?:thoughtful|careful|thorough|considered|in[\s-]depth|deep|well[\s-]reasoned) (?:answers?|responses?|replies|analys[ie]s|ones?)\b[^.;!?]{0,40}?\bthan (?:an? )?(?:quick|fast|shallow|superficial|rushed|hasty)\b/g,
  },
  {
    // a fear of made-up answers: "what worries us is it inventing figures", "I don't want it making
    // things up about dosages", "we care about it not hallucinating" (typos too: "halucinating")
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:(?:don'?t|do not|never) want|worr(?:y|ied|ies)|afraid|scared|concerned|care|cares)\s(?:[a-z']+\s){0,4}?(?:hal+ucinat\w*|mak(?:e|es|ing) (?:stuff|things|facts|answers|numbers|figures|citations|sources|anything) up|invent(?:s|ing)? (?:stuff|things|facts|answers|numbers|figures|citations|sources))\b/g,
  },
  {
    // a price wished modest: "please not too expensive", "nothing too pricey"
    field: 'cost_priority',
    value: 'high',
    re: /\b(?:not|nothing) (?:too|very|overly|that|so|terribly|hugely) (?:expensive|pricey|costly)\b/g,
  },
  {
    // the thing made wanted fast: "they want the translation fast", "users want answers quickly"
    field: 'latency_priority',
    value: 'high',
    re: /\bwants? (?:(?:it|them)|(?:(?:the|their|our|its|an?)\s)?[a-z]+) (?:fast|quickly|quick|instantly|right away|straight away)\b/g,
  },
  {
    // waiting refused to the people who ask: "customers shouldn't be kept waiting", "we can't leave
    // callers waiting", "nobody likes to be kept waiting", "guests hate waiting", "patients don't
    // like to wait for the app" (not "we hate
    // waiting for the vendor's quote", which is no wait on the system: only a wait with nothing
    // after it or on an answer)
    field: 'latency_priority',
    value: 'high',
    re: /\b(?:(?:shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|won'?t|don'?t want to|do not want to|never)\s(?:(?:be|get)\s(?:kept|left)|(?:keep|leave)\s(?:(?:them|people|users|customers|callers|anyone|anybody)|(?:(?:the|our|their)\s)?[a-z]+))\s(?:waiting|hanging)|(?:hate|hates|dislike|dislikes|(?:don'?t|doesn'?t|do\snot|does\snot)\slike|(?:nobody|no[\s-]one)\s(?:likes|wants))\s(?:(?:being\s(?:kept|left)\s)|to\s(?:be\s(?:kept|left)\s)?)?wait(?:ing)?)(?=\s*(?:[,.;:!?)]|$)|\s(?:for\s(?:(?:an?|the|their|its|our)\s)?(?:answers?|responses?|repl(?:y|ies)|results?|it|app|bot|chatbot|assistant|system|tool|page|screen)|and|but|so|because|around|long)\b)/g,
  },
  {
    // a big bill feared or refused: "what I don't want is a huge bill", "we must avoid a nasty
    // invoice at the end of the month", "worried about a massive cloud bill"
    field: 'cost_priority',
    value: 'high',
    re: /\b(?:(?:don'?t|do not|never) want|avoid(?:ing)?|without|afraid of|scared of|worried about|worries about|concerned about|fear(?:ing)?|dread(?:ing)?|can'?t afford)\s(?:[a-z']+\s){0,3}?(?:(?:a|an|any|the)\s)?(?:huge|big|massive|large|hefty|enormous|eye[\s-]watering|giant|nasty|surprise|shock(?:ing)?|runaway|crazy)\s(?:(?:cloud|gpu|api|monthly|aws|azure)\s)?(?:bills?|invoices?|costs?|spend)\b/g,
  },
  {
    // wrong advice or answers refused: "it must never give wrong dosage advice", "the bot can't
    // hand out incorrect prices", "it shouldn't tell customers false delivery dates"
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:cannot|can'?t|must\s?not|mustn'?t|should\s?not|shouldn'?t|may\s?not|never|can\snever|must\snever|should\snever|doesn'?t|does\snot|won'?t|will\snot)\s(?:(?:ever|absolutely|really)\s)?(?:give|hand\sout|provide|say|tell|spit\sout|produce|output|quote)\s(?:(?:customers|users|people|patients|clients|them|anyone|any|a|an)\s)?(?:wrong|incorrect|false|inaccurate|misleading|made[\s-]up|dangerous|harmful)\b/g,
  },
  {
    // waiting said to be the lesser harm: "a missed finding is far worse than waiting a minute",
    // "a wrong quote is a bigger problem than having to wait" (not "nothing is worse than
    // waiting on hold", which says the opposite)
    field: 'latency_priority',
    value: 'low',
    re: /(?<!\bnothing(?:'s|\sis)?\s(?:(?:far|much|any)\s)?)\b(?:worse|bigger\s(?:problem|issue|concern)|more\sserious|more\scostly)\sthan\s(?:(?:having|needing)\sto\s)?wait(?:ing)?\b/g,
  },
  // the bad ends of speed and price taken over a wrong answer: "we'd take slow and expensive over
  // wrong", "I'd accept slower rather than inaccurate" (each adjective read alone, so both count)
  {
    field: 'latency_priority',
    value: 'low',
    re: badEndOverWrong('(?:slow(?:er)?|sluggish|late)'),
  },
  {
    field: 'cost_priority',
    value: 'low',
    re: badEndOverWrong('(?:expensive|pricey|pricier|costly|costlier)'),
  },
  {
    // the best there is asked for: "the very best one there is", "the smartest model money can
    // buy", "whatever's strongest that fits" (not "whatever's best for you")
    field: 'quality_priority',
    value: 'high',
    re: /\bthe\s(?:(?:very|absolute)\s)?(?:best|smartest|strongest|most\scapable|most\spowerful)(?:\s(?:one|model|llm|ai|bot|option|chat\s?bot|assistant))?\s(?:there\sis|there's|out\sthere|on\sthe\smarket|(?:that\s)?money\scan\sbuy)\b|\bwhatever(?:'s|\sis)\s(?:the\s)?(?:strongest|smartest|most\scapable|most\spowerful|best\s(?:model|one|llm))\b(?!\sfor\b)/g,
  },
  {
    // making things up refused: "it must answer from the records, not make things up", "it must
    // never invent safety claims", "the bot shouldn't hallucinate"
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:not|never|mustn'?t|must\snot|shouldn'?t|should\snot|can'?t|cannot|won'?t|doesn'?t|does\snot)\s(?:(?:ever|just|to)\s)?(?:mak(?:e|es|ing)\s(?:stuff|things|facts|answers|numbers|figures|prices|anything|something|details|data)\sup|invent(?:s|ing)?\s(?:(?:any|new|fake|false)\s)?(?:[a-z-]+\s)?(?:claims?|facts|figures|numbers|prices|answers|details|data|citations|sources|stuff|things|anything|something)|hal+ucinat\w*)\b/g,
  },
  {
    // a wrong answer named as the worst outcome: "the last thing we need is it telling a patient
    // the wrong dose", "the last thing I want is for the bot to quote a made-up fee"
    field: 'quality_priority',
    value: 'high',
    re: /\bthe\slast\sthing\s(?:i|we)\s(?:need|want)\sis\s(?:for\s)?(?:it|the\s(?:bot|model|assistant|ai|system|tool))\s(?:to\s)?(?:tell(?:ing)?|giv(?:e|ing)|say(?:ing)?|quot(?:e|ing)|invent(?:ing)?|mak(?:e|ing)\s(?:stuff|things)\sup|get(?:ting)?\s[a-z-]+\swrong)\b/g,
  },
  {
    // a fact never to be got wrong: "it must never get a price wrong", "we can't get the dosage
    // wrong" (not "don't get me wrong")
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:never|not|mustn'?t|must\snot|can'?t|cannot|shouldn'?t|should\snot|won'?t)\s(?:ever\s)?get\s(?!me\b)(?:(?:a|an|the|any|its|their|our)\s)?(?:[a-z-]+\s){0,2}wrong\b/g,
  },
  {
    // telling people something false: "it mustn't tell a shopper an item is in stock when it
    // isn't", "saying the part fits when it doesn't"
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:(?:mustn'?t|must\snot|must\snever|never|shouldn'?t|should\snot|should\snever|can'?t|cannot|won'?t)\s(?:ever\s)?)?(?:tell|tells|telling|say|says|saying|claim|claims|claiming)\s(?:[a-z'-]+\s){1,6}?when\s(?:it|they|that|one)(?:'s\snot|'re\snot|\s(?:isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|is\snot|are\snot))\b/g,
  },
  {
    // the work that just has to be right: "it just needs to be right", "the answers have to be
    // correct" (not "it has to be right for our team")
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:it|they|the\s(?:answers?|replies|results?|outputs?|bot|model|assistant|summar(?:y|ies)))\s(?:(?:just|really|simply|always|absolutely)\s)?(?:needs?\sto|has\sto|have\sto|must)\s(?:(?:always|just|simply)\s)?be\s(?:(?:completely|always|absolutely|dead)\s)?(?:right|correct|accurate|spot[\s-]on)\b(?!\s(?:for|fit|size|choice|away|now|here|on)\b)/g,
  },
  {
    // correctness ranked first: "correct is most important", "being right matters most"
    field: 'quality_priority',
    value: 'high',
    re: /\b(?:correct(?:ness)?|being\s(?:right|correct|accurate)|right\sanswers?|correct\sanswers?)\s(?:is\s(?:the\s)?most\simportant|matters\s(?:the\s)?most)\b/g,
  },
  {
    // no literary ambition: "we're not trying to win any awards with these", "it won't be winning
    // prizes"
    field: 'quality_priority',
    value: 'low',
    re: /\b(?:not|aren'?t|isn'?t|won'?t\sbe)\s(?:(?:trying|going|looking|out|here|gonna)\s(?:to\s)?)?win(?:ning)?\s(?:any\s)?(?:awards?|prizes?|pulitzers?)\b/g,
  },
  {
    // spending preferred to saving: "I'd rather pay for a bigger model than save a few quid", "we'd
    // sooner spend on a smarter one than skimp"
    field: 'cost_priority',
    value: 'low',
    re: /\b(?:would|'d)\s(?:much\s)?(?:sooner|rather)\s(?:pay|spend)\b[^.;!?]{0,80}?\bthan\s(?:to\s)?(?:sav(?:e|ing)|skimp(?:ing)?|cut(?:ting)?\scorners|scrimp(?:ing)?)\b/g,
  },
];

/**
 * A bad end of an aspect taken over a wrong answer, the adjective alone matched: "take slow and
 * expensive over wrong", "accept slower rather than inaccurate", "prefer pricey to unreliable".
 */
function badEndOverWrong(adjective: string): RegExp {
  return new RegExp(
    String.raw`(?<=\b(?:take|accept|choose|prefer|pick|go\swith|rather\sbe|rather\shave)\s(?:[a-z-]+\s(?:and|or)\s)?)${adjective}(?=(?:\s(?:and|or)\s[a-z-]+)?\s(?:over|rather\sthan|than|to|instead\sof)\s(?:(?:a|an|the)\s)?(?:wrong|inaccurate|incorrect|sloppy|unreliable|mistakes?|errors?|made[\s-]up)\b)`,
    'g',
  );
}

/**
 * A negation up to three words before a cue: "not real-time", "doesn't need to be realtime". Not
 * across a word that starts another statement: in "not time critical but quality is important"
 * the negation is of the time, not of the quality.
 */
const NEGATED_BEFORE = new RegExp(
  `(?:${NEGATION_SOURCE}|\\b(?:doesn'?t|does not|don'?t|do not|needn'?t|isn'?t|aren'?t)\\b|\\bno\\s(?:(?:real|actual|particular|big)\\s)?need\\b|\\b(?:nobody|no[\\s-]one)\\s(?:really\\s)?(?:needs|expects|wants|requires)\\b)(?:\\s+(?!(?:but|yet|though|although|however|whereas|while)\\b)\\w+){0,3}\\s*$`,
);

/**
 * A need denied right before a cue, however many words the need takes: "doesn't have to be the
 * fastest", "it needn't necessarily be the most accurate", "we don't really need it to be instant".
 */
const NEED_DENIED_BEFORE =
  /\b(?:(?:doesn'?t|does\snot|don'?t|do\snot|won'?t|will\snot)\s(?:(?:really|necessarily|strictly)\s)?(?:(?:need|have)\sto|need\s(?:it|them|this|the\s[a-z]+)\sto)|needn'?t|need\snot|(?:nothing|none\sof\s(?:it|this|them|these))\s(?:(?:really|here)\s)?(?:needs|has)\sto)\s(?:(?:really|necessarily|strictly|always)\s)?be\s(?:(?:the|a|an)\s)?(?:(?:very|absolute)\s)?$/;

/**
 * A need doubted right before a cue, which denies it as much as a "doesn't": "not sure it needs to
 * be real-time", "I doubt the replies have to be instant", "not convinced it must be the
 * smartest", "I don't think it needs to be fast".
 */
const DOUBTED_BEFORE =
  /\b(?:not\s(?:sure|convinced|certain)|unsure|doubt|(?:don'?t|do\snot)\s(?:think|know\sif))\s(?:(?:that|if|whether)\s)?(?:it|they|this|we|(?:the|our|its)\s[a-z]+)\s(?:(?:really|actually|even)\s)?(?:(?:needs?\sto|has\sto|have\sto|must)\s(?:(?:really|necessarily|always)\s)?be\s(?:(?:the|a|an)\s)?(?:(?:very|absolute)\s)?)?$/;

/**
 * A need or a weight denied right after a cue: "fast responses are not needed", "real-time isn't
 * required", "the best model is not necessary", "instant replies aren't that important". Not "is
 * not negotiable" or "is not optional", which say the cue matters.
 */
const NEGATED_AFTER =
  /^(?:\s(?:models?|llms?|answers?|responses?|replies|results?|outputs?|performance))?\s(?:(?:(?:is|are|was|were|will be|would be)\snot|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t be|wouldn'?t be)\s|not\s)(?:(?:really|strictly|necessarily|actually|particularly|that|very|so|super|too|all that)\s)?(?:needed|required|necessary|essential|important|critical|crucial|vital|key|a (?:must|requirement|priority|need|big deal|concern))\b/;

/**
 * Priorities stated in the text: the last cue for a field wins unless a negation flips it; a
 * field no cue set is read from what is said to matter most (priorityFocus.ts), then from what
 * people are willing to give up (priorityTrades.ts), then
 * from a ranking (priorityRanking.ts), then from a choice (priorityChoices.ts), then from an
 * aspect and a weight in one clause (priorityClauses.ts), so wordings the cues do not list still
 * count.
 */
export function readPriorities(text: string): PriorityReadings {
  const out: PriorityReadings = {};
  const taken: Array<[number, number]> = [];
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      let value = cue.value;
      // "not real-time", "doesn't need to be cheap", "doesn't have to be the fastest": a negation
      // right before flips high to low, and so does a need denied right after ("fast responses
      // are not needed")
      if (
        value === 'high' &&
        (NEGATED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
          NEED_DENIED_BEFORE.test(text.slice(Math.max(0, at - 50), at)) ||
          DOUBTED_BEFORE.test(text.slice(Math.max(0, at - 60), at)) ||
          NEGATED_AFTER.test(text.slice(end, end + 60)))
      )
        value = 'low';
      const prev = out[cue.field];
      if (
        !prev ||
        at > prev.at ||
        (prev.value !== value && value === 'low' && at >= prev.at)
      ) {
        out[cue.field] = { value, at, phrase: m[0] };
      }
    }
  }
  // a cue said inside a comparison is one side of it, and the comparison tells which side gives
  // way: "cost matters more than the best model" does not ask for the best model; so does a
  // choice ("between price and speed I'd rather ..."), and a top model said not to be needed is
  // not asked for ("we needn't have the best model")
  const choices = readChoices(text);
  const unneeded = readUnneededTopModels(text);
  const comparisons = [...readComparisons(text), ...choices];
  for (const [field, r] of Object.entries(out) as Array<
    [PriorityField, PriorityReading]
  >) {
    const c = [...comparisons, ...unneeded].find(
      x =>
        x.field === field && x.start <= r.at && r.at + r.phrase.length <= x.end,
    );
    if (c && c.value !== r.value)
      out[field] = { value: c.value, at: r.at, phrase: c.phrase };
  }
  // a comparison said after a cue corrects it, the last statement winning: "it should feel
  // snappy, but cost matters more than shaving off milliseconds" gives latency up
  for (const c of comparisons) {
    const r = out[c.field];
    if (r && c.start > r.at && c.value !== r.value)
      out[c.field] = { value: c.value, at: c.at, phrase: c.phrase };
  }
  // then what matters most ("what matters to us is that the answers are correct"), then trades
  // ("happy to wait", "we'd rather pay more for a bigger model"), then a ranking
  // ("priorities: 1. cost, 2. quality"), then choices, then aspect and weight in one clause: each
  // fills only the fields the readings before it left unset
  for (const reading of [
    readFocusPriorities(text),
    readTradePriorities(text),
    readRankedPriorities(text),
    lastOf([...choices, ...unneeded]),
    readClausePriorities(text),
  ])
    for (const [field, r] of Object.entries(reading))
      out[field as PriorityField] ??= r;
  return out;
}

/** The last reading of each field among `readings`. */
function lastOf(readings: ComparisonReading[]): PriorityReadings {
  const out: PriorityReadings = {};
  for (const { field, value, at, phrase } of readings) {
    const prev = out[field];
    if (!prev || at >= prev.at) out[field] = { value, at, phrase };
  }
  return out;
}

/** Follow-up phrases that move a priority one step ("make it cheaper", "latency matters less"). */
const RELATIVE: Array<{ field: PriorityField; direction: 1 | -1; re: RegExp }> =
  [
    {
      field: 'cost_priority',
      direction: 1,
      re: /\b(?:cheaper|less expensive|lower (?:the )?costs?|cut (?:the )?costs?|reduce (?:the )?costs?|save (?:some )?money|cost matters more|spend less)\b/,
    },
    {
      field: 'cost_priority',
      direction: -1,
      re: /\b(?:cost matters less|spend more|more budget|cost is less important|money matters less)\b/,
    },
    {
      field: 'latency_priority',
      direction: 1,
      re: /\b(?:faster|quicker|snappier|lower latency|less latency|more responsive|reduce (?:the )?latency|latency matters more)\b/,
    },
    {
      field: 'latency_priority',
      direction: -1,
      re: /\b(?:latency matters less|latency is less important|slower is (?:fine|ok(?:ay)?)|can be slower|relax (?:the )?latency|latency (?:is )?less (?:critical|important))\b/,
    },
    {
      field: 'quality_priority',
      direction: 1,
      re: /\b(?:better quality|higher quality|more accurate|smarter|better answers|bigger models?|quality matters more)\b/,
    },
    {
      field: 'quality_priority',
      direction: -1,
      re: /\b(?:quality matters less|lower quality is (?:fine|ok(?:ay)?)|smaller models? (?:is|are) fine|quality is less important)\b/,
    },
  ];

export function readRelativePriorities(text: string): PriorityStep[] {
  const out: PriorityStep[] = [];
  // a comparative inside a comparison of two aspects is one side of it, not a step: "better
  // answers over faster ones" asks for no faster answers
  const comparisons = readComparisons(text);
  for (const r of RELATIVE) {
    const m = [...text.matchAll(new RegExp(r.re.source, 'g'))].find(
      x =>
        !comparisons.some(
          c => c.start <= (x.index ?? 0) && (x.index ?? 0) < c.end,
        ),
    );
    if (m) out.push({ field: r.field, direction: r.direction, phrase: m[0] });
  }
  // the same steps said with other aspect words ("turnaround is less important")
  for (const step of readClauseSteps(text))
    if (!out.some(o => o.field === step.field)) out.push(step);
  return out;
}

const LEVELS: Priority[] = ['low', 'medium', 'high'];

export function stepPriority(p: Priority, direction: 1 | -1): Priority {
  return LEVELS[Math.min(2, Math.max(0, LEVELS.indexOf(p) + direction))];
}

/** A latency target tight enough to make latency a high priority: TTFT ≤ 500 ms, ITL ≤ 50 ms, E2E ≤ 3 s. */
export function isTightTarget(t: LatencyTarget): boolean {
  return (
    (t.metric === 'ttft' && t.ms <= 500) ||
    (t.metric === 'itl' && t.ms <= 50) ||
    (t.metric === 'e2e' && t.ms <= 3000)
  );
}

/**
 * Priorities the words did not state, read from the use case and the targets: a tight latency
 * target or code completion (people typing) → latency high; batch work → latency low and cost
 * high. Returns only what it infers, with the reason.
 */
export function inferPriorities(
  useCase: UseCaseId | undefined,
  targets: LatencyTarget[],
): Partial<Record<PriorityField, { value: Priority; reason: string }>> {
  const out: Partial<
    Record<PriorityField, { value: Priority; reason: string }>
  > = {};
  const tight = targets.find(isTightTarget);
  if (tight) {
    out.latency_priority = {
      value: 'high',
      reason: `latency priority high: the ${tight.metric.toUpperCase()} target of ${
        tight.ms
      } ms is tight`,
    };
  } else if (useCase === 'code_completion') {
    out.latency_priority = {
      value: 'high',
      reason: 'latency priority high: code completion runs while people type',
    };
  } else if (useCase === 'batch_processing') {
    out.latency_priority = {
      value: 'low',
      reason:
        'latency priority low: batch work waits for the whole job, not for one response',
    };
  }
  return out;
}
