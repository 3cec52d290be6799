/**
 * Priorities read as two parts of one clause instead of as whole phrases: an aspect (what the
 * priority is about: "accuracy", "the bill", "response time") and a weight (how much it matters:
 * "is non-negotiable", "matters a ton", "is secondary"), with a negation close before the weight
 * turning it around ("latency isn't a big deal", "no latency requirements"). A few adjectives
 * carry both parts at once ("must be accurate", "should feel snappy", "doesn't need to be
 * real-time").
 *
 * Why: on every fresh part of the evaluation set, about a fifth of the first-run misses were
 * priorities said in words the phrase list (priorities.ts CUES) had not seen, although each
 * named its aspect and its weight with ordinary words. Any aspect word with any weight word
 * covers the combinations the list would have to spell out one by one. The phrase list still
 * goes first (idioms like "money is no object", "nobody's waiting" have no aspect word); this
 * reading fills the fields it left unset.
 */
import {
  Priority,
  PriorityField,
  PriorityReading,
  PriorityReadings,
  PriorityStep,
} from './intentSchema';
import { splitClauses } from './text';

/**
 * What the model itself produces, whose reliability is its quality: "reliable tool calling",
 * "consistent JSON", "reliability of the answers" (not "reliable hardware" or "reliable response
 * times", which are the service's).
 */
const MODEL_WORK =
  '(?:tool[\\s-]?(?:calling|calls?|use)|function[\\s-]?(?:calling|calls?)|answers?|outputs?|extractions?|json|structured[\\s-]outputs?)(?![\\s-]times?\\b)';

/**
 * The work said to be right, which is its correctness: "the summaries being right", "answers are
 * correct", "it being right" ("it is right" alone is too often "it is right for us").
 */
const WORK_BEING_RIGHT =
  '(?:(?:answers?|summar(?:y|ies)|outputs?|results?|translations?|extractions?|drafts?|responses?|replies|facts|numbers|figures|recommendations?|suggestions?|advice|predictions?|classifications?|diagnos(?:is|es)|calculations?)\\s(?:being|are|is|be)|(?:it|things)\\sbeing)\\s(?:(?:always|actually|exactly|factually)\\s)?(?:right|correct)';

/**
 * A piece of the work the model missed or left out, a failure of its quality as much as a
 * mistake is: "a missed clause", "an overlooked risk", "an omitted caveat" (not "missed calls"
 * or "missed deadlines", which the people miss).
 */
const MISSED_WORK =
  '(?:(?:a|an|any|one|every|each)\\s)?(?:missed|overlooked|omitted|skipped)\\s(?!(?:calls?|deadlines?|meetings?|appointments?|payments?|flights?|shifts?|messages?|opportunit(?:y|ies)|sales?)\\b)[a-z]+';

/**
 * The model making things up, a failure of its quality said as an act: "if it invents something",
 * "when the bot makes stuff up", "inventing figures" (not "invented in 1990", "invents a new
 * recipe": only a thing invented with no more said of it).
 */
const INVENTING =
  '(?:invent(?:s|ing)?\\s(?:something|things|stuff|facts|answers|figures|numbers|anything)|mak(?:e|es|ing)\\s(?:something|things|stuff|facts|answers|figures|numbers|anything)\\sup)(?!\\s(?:new|for)\\b)';

/** Words that name what a priority is about. */
const ASPECTS: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'latency_priority',
    // "time" alone only as the subject that opens a clause ("Time is not so important for us"),
    // not "time zones" or "time to first token"
    re: /\b(?:latenc(?:y|ies)|speed|velocity|snappiness|response[\s-]times?|responsiveness|turnaround(?:\stimes?)?|how\s(?:quickly|fast|soon)|(?:that\s)?the\sfirst\s(?:words?|tokens?)\s(?:appears?|shows?\sup|arrives?|comes?)\s(?:fast|quickly|within|in\sunder|under)|(?:shav(?:e|es|ing)|squeez(?:e|es|ing)|trim(?:s|ming)?)\s(?:off\s)?(?:(?:a\sfew|some|the\slast|every)\s)?(?:milli)?seconds(?:\soff)?)\b|(?<=^\s*(?:(?:and|but|so)\s)?(?:the\s)?)(?:time|timing)(?=\s(?:is|isn'?t|are|aren'?t|does|doesn'?t|matters?|really)\b)/g,
  },
  {
    field: 'cost_priority',
    // "the bill", not "emails about bills": a bill is the cost only when it is ours
    // "saving money" whole, so that a comparison reaches its start ("... than about saving money")
    // "$/memo", "cost per ticket": the price of one item of work
    // "$" or "$$" standing alone for money, not before an amount: "minimise $$", "optimise for $"
    re: /\b(?:costs?|price|budget|(?:sav(?:e|ing)\s)?money|(?:the|our|this|that|monthly|api|cloud|gpu|inference) bills?|spend(?:ing)?|expenses?)\b|(?<![\w$])\$\s?\/\s?[a-z]+\b|(?<![\w$])\${1,3}(?=\s*(?:[,.;:!?)]|$)|\s(?:is|are|matters?|first|over|above|and|or|low|down)\b)/g,
  },
  {
    field: 'quality_priority',
    // "getting the right answer" (or "correct answers", "the summaries being right") names
    // correctness as much as "accuracy" does, and "reliable tool calling" the model's getting it
    // right as much as "tool-calling accuracy" does
    re: new RegExp(
      `\\b(?:quality|accuracy|correctness|precision|fidelity|thoroughness|rigou?r|perfection|polish|elegan(?:t|ce)\\sprose|(?:perfect|flawless|polished|elegant|beautiful|fancy|fine)\\s(?:wording|prose|phrasing|writing|style|grammar|language)|hallucinat\\w*|mistakes?|${INVENTING}|${MISSED_WORK}|wrong (?:answers?|numbers?|results?|values?)|(?:the )?(?:right|correct) (?:answers?|results?|numbers?|outputs?)|(?:answers?|it|things) right|(?:getting|get|gets|got)\\s(?:(?:the|its|our|their)\\s)?[a-z]+(?:\\s[a-z]+)?\\sright|${WORK_BEING_RIGHT}|(?:reliable|dependable|consistent|robust)\\s${MODEL_WORK}|${MODEL_WORK}\\sreliability|reliability\\sof\\s(?:the\\s|its\\s)?${MODEL_WORK})\\b`,
      'g',
    ),
  },
];

/**
 * Words saying that something matters (a negation before them says it does not): "a concern",
 * "our top concern", "a real problem", not "quality issues" (a topic, not a weight); "is the
 * thing", "is what customers notice", "the deciding factor"; and verbs of pursuing it ("optimise
 * hard for", "prioritise", "focus on", "minimise", "maximise"); and a refusal to put up with it,
 * its negation part of the weight ("a wrong answer is not acceptable", "latency above a second
 * isn't an option", "mistakes cannot be tolerated"). "Matters more"/"matters less" without a
 * "than" are steps from the current level (readRelativePriorities), not levels.
 */
const WEIGHT_HIGH =
  /(?<!non[\s-]?)\b(?:(?:is|are|was|were|would\sbe|will\sbe)\s(?:(?:simply|just|really|absolutely|definitely|also)\s)?(?:not|never)\s(?:acceptable|tolerable|tolerated|an\soption)|(?:isn'?t|aren'?t|wouldn'?t\sbe|won'?t\sbe)\s(?:(?:simply|just|really)\s)?(?:acceptable|tolerable|tolerated|an\soption)|can(?:'?t|not|\snot)\sbe\s(?:tolerated|accepted)|matters?(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather)\s)?less\b)(?!\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather)\s)?more\b(?!\sthan\b))|counts?|important|critical|crucial|key|paramount|essential|vital|everything|non[\s-]?negotiable|priority|a must|must[\s-]have|cares?|worr(?:y|ies|ied)|fussed|bothered|(?<=\b(?:a|an|no|our|the|real|big|bigger|serious|major|main|huge|key|top|biggest|first|primary|principal|prime|foremost|central|chief|greatest|overriding)\s)(?:concern|issue|problem)|(?<=\b(?:is|are)\s#\s?)1(?![\w.])|(?<=\b(?:is|are)\s)(?:number\s(?:one|1)|no\.?\s1)(?![\w.])|(?<=\b(?:is|are|isn'?t|aren'?t|is not|are not)\s)(?:the|our)\s(?:(?:main|one|only|whole|key|real|big|bigger|biggest|first)\s)?thing\b|(?<=\b(?:isn'?t|aren'?t|is not|are not)\s)a\sthing\b|(?<=\b(?:is|are|isn'?t|aren'?t|is not|are not)\s)what\s(?:[\w']+\s){0,3}?(?:notices?|remembers?|judges?|complains?|values?|pays? for)|optimi[sz](?:e|es|ed|ing)\s(?:(?:hard|heavily|aggressively|primarily|mainly|mostly|first)\s)?(?:for|on)|prioriti[sz](?:e|es|ed|ing)|focus(?:es|ed|ing)? on|minimi[sz](?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing)|big deal|unacceptable|(?:really\s|very\s|so\s)?dangerous|deal[\s-]?breakers?|tight|limited|eating|killing|hurting|painful|too (?:high|much)|out of control|out of hand|through the roof|(?:getting\s)?(?:silly|ridiculous|crazy|insane|absurd|eye[\s-]watering)|unsustainable|(?:whole|main|only|sole|entire|primary|real) (?:reason|point|driver|goal)|requirements?|targets?|constraints?|pressure|slas?|(?:deciding|decisive|determining|overriding|main|primary|chief|biggest|most\simportant|first|foremost|top|key|number\sone)\s(?:factor|consideration|criterion))\b/g;

/** Words saying that something matters little. */
const WEIGHT_LOW =
  /\b(?:secondary|irrelevant|(?:of\s)?(?:(?:very|rather)\s)?little\s(?:concern|importance|consequence)|(?:a\s)?low(?:er)? priority|(?:a\s)?(?:distant|far|poor)\ssecond|an\safterthought|flexible|relaxed|(?<!non[\s-]?)negotiable|minor|nice[\s-]to[\s-]have)\b/g;

/**
 * The level each aspect is wanted at, said of it ("latency should be low", "keep costs down",
 * "quality has to be high"): asking for the good end of an aspect makes it a priority.
 */
const WANTED_LEVEL: Record<PriorityField, RegExp> = {
  latency_priority: /\b(?:low|lowest|down|minimal|minimum|small)\b/,
  cost_priority: /\b(?:low|lowest|down|minimal|minimum|small|under control)\b/,
  quality_priority: /\b(?:high|highest|top|maximal|maximum|best)\b/,
};

/**
 * A comparative right before a weight ("latency is less important", "quality is more of a
 * concern") with no second aspect to compare against is a step from the current level, which
 * readRelativePriorities (priorities.ts) reads; so are "lower latency" and "higher quality",
 * which is why WANTED_LEVEL has no comparatives. This reader gives such clauses no level.
 */
const COMPARATIVE_BEFORE = /\b(?:less|more|lower|higher)\s(?:of\s(?:an?\s)?)?$/;

/** A level word at most two words before the aspect: "lowest possible cost", "top translation quality". */
function levelBefore(field: PriorityField): RegExp {
  return new RegExp(`${WANTED_LEVEL[field].source}[\\s-](?:[a-z]+\\s){0,2}$`);
}

/**
 * A modest level of an aspect, next to it: "ok-ish quality", "quality so-so", "a decent price",
 * "the accuracy being merely passable". Not "average" (a statistic: "average latency").
 */
const MODEST =
  '(?:ok(?:ay)?[\\s-]?ish|so[\\s-]so|passable|decent|reasonable|mediocre|adequate|middling|basic|imperfect|not (?:the )?(?:best|perfect|top))';
const MODEST_BEFORE = new RegExp(`\\b${MODEST}\\s(?:[a-z]+\\s)?$`);
const MODEST_AFTER = new RegExp(
  `^\\s(?:(?:that|which)\\s)?(?:(?:is|are|being|can be|may be|will be|would be)\\s)?(?:(?:only|merely|just|rather|fairly|pretty)\\s)?${MODEST}\\b`,
);
/**
 * Said to be acceptable, after the modest level: "... is fine", "... would be ok", "... will do",
 * "... is good enough", or with a negation "... is not acceptable" (then the aspect matters).
 */
const ACCEPTED =
  /\b(?:(?:(?:is|are|would be|will be|should be|seems?)(?:\snot)?|isn'?t|aren'?t|won'?t be|wouldn'?t be)\s(?:(?:totally|perfectly|probably|also|still|just|quite|more than)\s)?(?:fine|ok(?:ay)?|acceptable|alright|all right|enough|sufficient|good enough)|(?:will|would|should) do|suffices?|works? for us)\b/;

/**
 * A modest level allowed to the aspect right after it ("quality can be average", "accuracy may
 * be a bit lower") or said to be all it needs ("quality just needs to be ok", "latency only has
 * to be decent"): the permission or the sufficiency is the acceptance. Denied ("quality can't be
 * average") the aspect matters. "Average" only here, where it is a level: "latency should be
 * average 300 ms" is a statistic.
 */
function modestAllowed(field: PriorityField): RegExp {
  // lower latency is its good end, lower quality its bad one
  const worse = field === 'quality_priority' ? 'lower|worse' : 'worse';
  return new RegExp(
    `^\\s(?:(?:only|just|merely)\\s)?(?:(?:can|could|may|might)(?<not>n?'t|nt|\\s?not)?|(?:is|are) allowed to)\\s(?:(?:still|also|easily|safely)\\s)?be\\s(?:(?:only|merely|just|rather|fairly|pretty)\\s)?(?:${MODEST}|average(?!\\s(?:of|around|about|\\d))|ok(?:ay)?|fine|(?:(?:a bit|a little|slightly|somewhat)\\s)?(?:${worse}))\\b`,
  );
}
const MODEST_SUFFICES = new RegExp(
  `^\\s(?:(?:only|just|merely)\\s)?(?:needs?|has|have)\\sto\\s(?:(?:only|just|merely)\\s)?be\\s(?:(?:only|merely|just|rather|fairly|pretty)\\s)?(?:${MODEST}|average(?!\\s(?:of|around|about|\\d))|ok(?:ay)?|fine|acceptable|good enough)\\b`,
);

/**
 * "quality ok-ish is fine", "a decent price would be ok": a modest level of the aspect said to be
 * acceptable makes it a low priority; said not to be acceptable, a high one. A modest level alone
 * ("our current quality is mediocre") is a complaint, not a priority, and gives no reading. A
 * modest level allowed ("quality can be average") or said to suffice ("quality just needs to be
 * ok") is accepted in the saying, except for cost, whose modest level is its good end ("the price
 * needs to be reasonable" asks for a low one).
 */
function modestAccepted(
  clause: string,
  aspect: AspectMention,
): 'low' | 'high' | undefined {
  const after = clause.slice(aspect.end);
  if (aspect.field !== 'cost_priority') {
    const allowed = modestAllowed(aspect.field).exec(after);
    if (allowed) return allowed.groups?.not ? 'high' : 'low';
    if (MODEST_SUFFICES.test(after)) return 'low';
  }
  const modestAfter = MODEST_AFTER.exec(after);
  if (!modestAfter && !MODEST_BEFORE.test(clause.slice(0, aspect.index)))
    return undefined;
  const accepted = ACCEPTED.exec(after.slice(modestAfter?.[0].length ?? 0));
  if (!accepted) return undefined;
  return /\bnot\b|n't\b/.test(accepted[0]) ? 'high' : 'low';
}

/**
 * A verb of preferring with its object, then "over" right before the aspect: "we would prioritise
 * it over cost", "they value good writing above price", "we'd pick the bigger model over speed".
 * The aspect is the side that gives way; the object is something other than an aspect word (with
 * one, readComparison reads both sides). "worried over cost" has no verb of preferring.
 */
const PREFERRED_OVER =
  /\b(?:prioriti[sz](?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|valu(?:e|es|ed|ing)|put(?:s|ting)?|plac(?:e|es|ed|ing)|rank(?:s|ed|ing)?|choos(?:e|es|ing)|chose|pick(?:s|ed|ing)?|prefer(?:s|red|ring)?)\s(?:[\w'-]+\s){1,4}?(?:over|above|ahead\sof|before)\s(?:(?:the|our|its|any|a\slower|lower)\s)?$/;

/**
 * A level given to the aspect's weight right after it, as in a list of settings: "cost weight
 * high", "latency priority: low", "quality importance - medium".
 */
const WEIGHT_LEVEL_AFTER =
  /^\s(?:weight(?:ing)?|priority|importance)\s?(?:[:=-]\s?|is\s)?(?<level>high(?:est)?|top|max(?:imum)?|low(?:est)?|min(?:imum)?|medium|moderate|mid)\b/;

/**
 * A weight left out but for how little it is, right after the aspect and ending the clause, as
 * the second half of a contrast: "(accuracy comes first,) the bill not so much", "(we care about
 * speed,) cost less so", "(..., but) the latency not as much"; and a shrug said as the whole
 * weight, as in a list of settings: "speed meh", "budget: whatever (it takes)", "latency = who
 * cares". "Our
 * budget is not so much" has its verb, and says how big the budget is, not how much it matters.
 */
const LITTLE_AFTER =
  /^(?:\s(?:(?:not|less)\s(?:so|as|that|quite\sso)\smuch|(?:(?:much|far)\s)?less\sso|not\snearly\sas\smuch)|\s?[:=]?\s(?:meh|whatever(?:\sit\s(?:takes|costs))?|who\scares|(?:i\s)?(?:don'?t|dont)\scare|idc|dc))(?=\s*(?:[,.;:!?)]|$))/;

/**
 * A verb of needing right before the aspect, of speed or of quality (a budget is "needed" as an
 * amount): "we need speed", "this requires real accuracy", and with a negation "we don't really
 * need speed", "nobody requires top precision".
 */
const NEED_BEFORE =
  /\b(?:need|needs|needed|require|requires|required)\s(?:(?:much|any|a\slot\sof|lots\sof|real|great|high|top|extra|raw|the)\s)?$/;

/** The level a WEIGHT_LEVEL_AFTER word names: "top" is high, "min" low, "moderate" medium. */
function levelOf(word: string): Priority {
  if (/^(?:high|top|max)/.test(word)) return 'high';
  if (/^(?:low|min)/.test(word)) return 'low';
  return 'medium';
}

/** Words that put what stands before them ahead of the rest: "above all", "first and foremost". */
const ABOVE_ALL =
  '(?:above\\s(?:all|everything)|before\\s(?:anything|everything)|over\\severything|first\\sand\\sforemost|most\\sof\\sall)';

/** Right after the aspect: "quality first", "accuracy above all", "precision first and foremost". */
const FIRST_AFTER = new RegExp(
  `^\\s(?:(?:and|&)\\s[a-z-]+\\s)?(?:first|comes? first|${ABOVE_ALL})\\b`,
);

/**
 * Right after an adjective that carries its aspect, with the work it is said of: "well-sourced
 * above all", "cheap answers above everything", "responsive first and foremost". It asks for the
 * aspect wherever the adjective stands.
 */
const ABOVE_ALL_AFTER = new RegExp(
  `^(?:\\s(?:answers?|responses?|replies|results?|outputs?|models?))?,?\\s${ABOVE_ALL}\\b`,
);

/** Adjectives that name an aspect and ask for it at once: "snappy", "cheap", "accurate". */
const WANTED: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'latency_priority',
    re: /\b(?:fast|quick(?:ly)?|speedy|snappy|responsive|instant(?:ly|aneous)?|immediate(?:ly)?|real[\s-]?time|interactive|low[\s-]latency)\b(?!-)/g,
  },
  {
    field: 'cost_priority',
    // "basically free": free said with a word of degree (a bare "free" is too often a licence,
    // a tier or "free text")
    re: /\b(?:cheap(?:ly|er|est)?|affordable|inexpensive|economical|low[\s-]cost|(?:basically|practically|nearly|almost|virtually|close to)\sfree)\b(?!-)/g,
  },
  {
    field: 'quality_priority',
    // "well-sourced", "well-grounded": answers backed by what they cite
    re: /\b(?:accurate(?:ly)?|correct|precise|error[\s-]free|well[\s-](?:sourced|grounded|researched|referenced|cited)|smart|intelligent)\b(?!-)/g,
  },
];

/**
 * A plain word of praise required of what the system produces: "the content must be good", "the
 * drafts have to be really excellent", "it needs to be high-quality". Only after a word of
 * necessity, not "should be good" (often "should suffice": "an 8B model should be good"), not
 * "good enough" (modest), "good for" or "good to" (fitness, not quality).
 */
const PRAISE_REQUIRED =
  /\b(?:must|has to|have to|needs? to|need to|got to)\s(?:(?:really|also|always|still|consistently|actually)\s)?be\s(?:(?:really|very|genuinely|consistently|truly|reliably|properly|seriously|pretty|quite)\s)?(?<praise>good|great|excellent|high[\s-]quality|top[\s-]notch|first[\s-]rate)\b(?![\s-](?:enough|for|to|at\s(?:least|most))\b)/;

/** Any adjective that carries its aspect (WANTED), as one alternative. */
const WANTED_ADJECTIVE = `(?:${WANTED.map(w => w.re.source).join('|')})`;

/** What joins adjectives in a list: "fast and cheap", "quick n cheap", "cheap & accurate", "fast, cheap". */
const ADJECTIVE_JOIN =
  "(?:\\s?[,&+/]\\s?(?:(?:and|n)\\s)?|\\s(?:and|n|'n'?|plus)\\s)";

/**
 * A list of wanted adjectives that ends the clause or names the system after it: "just fast n
 * cheap", "cheap and accurate please", "a quick, affordable setup".
 */
const WANTED_LIST = new RegExp(
  `${WANTED_ADJECTIVE}(?:${ADJECTIVE_JOIN}(?:(?:very|really|super|reasonably)\\s)?${WANTED_ADJECTIVE}){1,3}(?=\\s*$|\\s(?:please|pls|plz|ideally|thanks|if possible|is (?:all|what)|are what|(?:models?|setups?|options?|answers|responses|replies|inference|serving|hosting|service|solution)\\b))`,
  'g',
);

/**
 * The spans of the clause where adjectives of at least two aspects are listed together ("fast and
 * cheap"): a list of wishes asks for each of them, although a lone "fast" there would say too
 * little ("a fast rollout").
 */
function wantedLists(clause: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of clause.matchAll(WANTED_LIST)) {
    const fields = WANTED.filter(w => new RegExp(w.re.source).test(m[0]));
    if (fields.length < 2) continue;
    const at = m.index ?? 0;
    out.push([at, at + m[0].length]);
  }
  return out;
}

/** Superlatives and compounds that ask for an aspect wherever they stand: "the cheapest GPUs". */
const WANTED_ANYWHERE =
  /^(?:cheapest|fastest|quickest|low[\s-]latency|low[\s-]cost)$/;

/**
 * What an adjective must follow to describe the system ("should feel snappy", "replies have to
 * start fast", "answers don't have to be immediate"), not a thing in the story ("our fast-growing
 * team", "a quick one").
 */
const DESCRIBES_THE_SYSTEM =
  /\b(?:starts?|begins?)\s(?:appearing|showing\sup|streaming|coming\sback|coming\sin)\s$|\b(?:be|being|is|are|feel|feels|stay|stays|keep it|something|start|starts|begin|begins|comes?(?: back)?|respond|responds|reply|arrive|arrives|return|returns|answer|appear|appears|show up|shows up|pop up|pops up|load|loads|as|make it|keep it)\s(?:(?:really|very|super|fairly|pretty|reasonably|truly|fully|properly|extremely|highly|genuinely|also|always|still)\s)?$|\b(?:no|not)\s$|\b(?:answers?|responses?|replies|it)\s(?:need|needs|must)\s$|\b(?:want|wants|need|needs)\s(?:(?:the|our|its|their)\s)?(?:answers|responses|replies|results)\s$/;

/**
 * A word of necessity right before an adjective, its "be" left out as many writers of English as
 * a second language do: "response must fast", "the bot should cheap", "answers need to accurate".
 * Only adjectives, never an adverb ("we must quickly decide" describes no system).
 */
const NECESSITY_WITHOUT_BE =
  /\b(?:must|should|has to|have to|needs? to)\s(?:(?:really|very|super|always)\s)?$/;

/**
 * A wish list said one fragment at a time: "it should be fast. and really smart. and basically
 * free": an adjective that is all of its clause but a joining word and a degree.
 */
const FRAGMENT_LEAD =
  /^\s*(?:(?:and|also|plus|but also)\s)?(?:(?:really|very|super|pretty|reasonably|also)\s)*$/;
const FRAGMENT_TAIL = /^(?:\s(?:too|as well|lol|pls|please))*[\s.!]*$/;
const wishInAList = (before: string, after: string) =>
  /\b(?:and|also|plus)\s/.test(before) &&
  FRAGMENT_LEAD.test(before) &&
  FRAGMENT_TAIL.test(after);

/** Whether a wanted word that carries an aspect describes the system, from what comes before it. */
function describesTheSystem(before: string, word: string): boolean {
  return (
    DESCRIBES_THE_SYSTEM.test(before) ||
    (!/ly$/.test(word) && NECESSITY_WITHOUT_BE.test(before))
  );
}

/**
 * A negation that turns a weight or a wanted adjective around, also as a contraction typed without
 * its apostrophe ("dont care about cost", "doesnt matter"). A misspelt one ("dosnt") is written
 * right by the spelling pass (spelling.ts' misspeltNegation) before any reader sees it.
 */
const NEGATION =
  /(?:\b(?:not|no|never|nobody|no[\s-]one|none|without|hardly|barely|scarcely|neither|nor|dont|doesnt|didnt|isnt|arent|wasnt|werent|cant|wont|wouldnt|shouldnt|neednt)\b|n't\b)/g;

/**
 * Whom a comparison is said for, between the comparative and "than": "more important to us than",
 * "matters less to the team than", "more important for our customers than".
 */
const FOR_WHOM_PHRASE =
  ' (?:to|for) (?:us|me|them|everyone|everybody|(?:the|our|my|this|their) [a-z-]+(?: [a-z-]+)?)';
const FOR_WHOM = `(?:${FOR_WHOM_PHRASE})?`;
/** The for-whom phrase right before "than", left out when measuring what stands between. */
const FOR_WHOM_BEFORE_THAN = new RegExp(`${FOR_WHOM_PHRASE}(?= than\\b)`);

/**
 * What the first aspect is said of, right after it, left out when measuring what stands between:
 * "the accuracy (of the extracted fields) matters more than cost".
 */
const OF_WHAT_AFTER_ASPECT =
  /^\s?of\s(?:(?:the|our|its|their|each|every)\s)?[a-z-]+(?:\s[a-z-]+)?(?=\s(?:is|are|matters?|comes?|counts?)\b)/;

/** Adjectives of weight a comparison is made with: "more important than", "less critical than". */
const WEIGHTY =
  '(?:important|vital|critical|crucial|essential|relevant|valuable|pressing|urgent)';

/**
 * "accuracy over speed", "quality > cost", "good rather than fast": the first aspect named is the
 * one that matters.
 */
const MORE_THAN = new RegExp(
  `\\s?(?:>+|\\b(?:(?:is |are |matters? |comes? |counts? )?(?:much |far |way |a (?:great|good) deal |a lot |significantly |considerably )?more(?: ${WEIGHTY})?${FOR_WHOM} than|(?:matters? |comes? |counts? )?(?:over|above|before|ahead of|beats|trumps|outranks|outweighs)|rather than))\\s?`,
);
/** "speed is secondary to accuracy": the first aspect named is the one that matters less. */
const LESS_THAN = new RegExp(
  `\\s?(?:<+|\\b(?:(?:is |are |matters? )?(?:much |far |a (?:great|good) deal |a lot |significantly |considerably )?less ${WEIGHTY}${FOR_WHOM} than|(?:is |are )?secondary to|matters? (?:much |far |a lot |a (?:great|good) deal |significantly |considerably )?less${FOR_WHOM} than))\\s?`,
);

/**
 * A verb of caring with its comparative before the first aspect, "than" before the second: "they
 * care way more about correct answers than speed", "we worry less about cost than about latency",
 * "the team thinks more about price than quality".
 */
const CARE_COMPARED_BEFORE =
  /\b(?:care[sd]?|caring|worr(?:y|ies|ied|ying)|think(?:s|ing)?|focus(?:es|ed|ing)?)\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|rather)\s)?(?<degree>more|less)\s(?:about|on|for)\s(?:(?:the|our|its|their|getting|having)\s)?$/;
/** Only "than" between the two aspects such a verb compares: "... than speed", "... than about cost". */
const THAN_ALONE = new RegExp(
  `^\\s?(?:${FOR_WHOM_PHRASE}\\s)?than\\s(?:about\\s|for\\s)?(?:(?:the|our|its)\\s)?$`,
);

/**
 * The pursuit of the top end of an aspect, after "than": "than squeezing out the last bit of
 * quality", "than chasing every drop of speed". It names the aspect it is said of, so it is left
 * out when measuring what stands between the two compared aspects.
 */
const PURSUIT_AFTER_THAN =
  /(?<=\bthan\s)(?:(?:squeezing|eking|wringing|chasing|getting|having|maximi[sz]ing|pushing)\s(?:out\s)?)?(?:(?:the|that|an?)\s)?(?:very\s)?(?:(?:last|extra|final)\s(?:bit|drop|ounce|notch|percent|point|few\s(?:percent|points))|every\s(?:bit|drop|ounce|point))\sof\s(?:(?:the|our)\s)?/;

/**
 * A preference said with "rather" before the first aspect and "than" before the second: "I'd
 * rather have it cheap than fast", "we would rather keep it accurate than quick", "I'd rather it
 * be right than fast", "I'd rather save money than have the best model" (not "rather not").
 */
const RATHER_BEFORE =
  /\brather\s(?:(?:have|keep|get|make|take|go with|choose|pick|see|pay for)\s(?:(?:it|them|things|everything)\s)?|(?:it|they|things|the\s[a-z]+)\s(?:be|was|were)\s)?(?:(?:be|being)\s)?(?:(?:a|an|the|something)\s)?$/;
const RATHER_THAN =
  /^\s?than\s(?:(?:have|keep|get|make|pay for|be|being|having|getting)\s(?:(?:it|them)\s)?)?(?:(?:the|our|its|a|an)\s)?(?:(?:super|very|really|that|too|so|particularly)\s)?$/;

/** The work a compared adjective is said of, right after it: "better answers", "faster ones". */
const NOUN_OF_ADJECTIVE =
  /^\s(?:answers?|responses?|replies|results?|outputs?|models?|drafts?|summar(?:y|ies)|translations?|ones?|code|queries|functions?|sql|figures|numbers|totals)\b/;

/**
 * The words that open the second side of a comparison said as a clause about its aspect: "(than)
 * being (cheap)", "(than) it being (fast)", "(than) what it (costs)", "(than) how much we
 * (spend)", "(than) how (cheap it is)", "(than) the (price)", "(than) getting it (quickly)",
 * "(than) having the answers (instantly)".
 */
const SIDE_LEAD =
  '(?:(?:being|staying|keeping\\s(?:it|things))\\s|(?:getting|having)\\s(?:it|them|things|answers|results|code|(?:the|our|its)\\s[a-z]+)\\s|(?:it|things|them)\\sbeing\\s|(?:what|how\\smuch)\\s(?:it|this|that|they|we|the\\s[a-z]+)\\s(?:(?:will|would|might)\\s)?|how\\s|(?:the|our|its|their)\\s)?';

/**
 * The comparisons alone, all that stands between two compared adjectives, but for the words that
 * open the second side: "right matters more to us than the price", "correct matters more than
 * being cheap".
 */
const MORE_THAN_ALONE = new RegExp(`^(?:${MORE_THAN.source})${SIDE_LEAD}$`);
const LESS_THAN_ALONE = new RegExp(`^(?:${LESS_THAN.source})${SIDE_LEAD}$`);

/**
 * Clauses are cut further at "and"/"so" starting a new statement ("... and we", "so budget ..."),
 * not inside a hyphenated word ("so-so quality").
 */
const NEW_STATEMENT =
  /(?<!-)\b(?:and|so)\s(?=(?:we|it|they|i|the|our|that|this|there|latency|speed|cost|budget|price|quality|accuracy)\b)/g;

/** A negation no more than `words` words before the end of `before`. */
function negatedJustBefore(before: string, words = 4): boolean {
  const tail = before
    .split(/\s+/)
    .slice(-words - 1)
    .join(' ');
  return [...tail.matchAll(NEGATION)].length % 2 === 1;
}

interface ClauseReading extends PriorityReading {
  field: PriorityField;
}

/**
 * "accuracy over speed", "price is secondary to accuracy": a comparison raises one aspect and
 * lowers the other. Both sides are read, because saying what matters more is also saying what
 * gives way ("accuracy is far more important than speed" asks for a slower, better model); the
 * lowered side is only a fallback, since priorities.ts keeps any phrase cue said of it.
 */
function readComparison(
  clause: string,
  start: number,
  aspects: AspectMention[],
): ClauseReading[] {
  for (let i = 0; i + 1 < aspects.length; i++) {
    const first = aspects[i];
    const second = aspects[i + 1];
    if (first.field === second.field) continue;
    const between = clause
      .slice(first.end, second.index)
      .replace(PURSUIT_AFTER_THAN, '');
    // (the words that open the second side, "getting them", are not counted either)
    if (
      between
        .replace(FOR_WHOM_BEFORE_THAN, '')
        .replace(OF_WHAT_AFTER_ASPECT, '')
        .replace(/\s(?:getting|having)\s(?:it|them|things)\s$/, ' ').length > 40
    )
      continue;
    // "care more about accuracy than speed": the comparative stands before both aspects
    const lead = clause.slice(0, first.index);
    const caring = CARE_COMPARED_BEFORE.exec(lead);
    let firstWins: boolean;
    if (caring && THAN_ALONE.test(between)) {
      firstWins = caring.groups?.degree === 'more';
    } else if (RATHER_BEFORE.test(lead) && RATHER_THAN.test(between)) {
      firstWins = true;
    } else {
      // an adjective is compared only when the comparison is all that stands between the two,
      // after the noun the first adjective is said of ("better answers over faster ones")
      const adjective = first.adjective || second.adjective;
      const compared = first.adjective
        ? between.replace(NOUN_OF_ADJECTIVE, '')
        : between;
      const more = (adjective ? MORE_THAN_ALONE : MORE_THAN).test(compared);
      if (!more && !(adjective ? LESS_THAN_ALONE : LESS_THAN).test(compared))
        continue;
      firstWins = more;
    }
    // "more than speed or cost": every aspect listed after the second is compared too
    const compared = [
      second,
      ...listedAfter(clause, aspects.slice(i + 2), second, first.field),
    ];
    const phrase = clause.slice(first.index, compared[compared.length - 1].end);
    return [
      {
        field: first.field,
        value: firstWins ? 'high' : 'low',
        at: start + first.index,
        phrase,
      },
      ...compared.map(c => ({
        field: c.field,
        value: firstWins ? ('low' as const) : ('high' as const),
        at: start + c.index,
        phrase,
      })),
    ];
  }
  return [];
}

/** What joins the items of a list: "speed or cost", "speed and cost", "speed/cost", "speed, cost". */
const LIST_JOIN =
  /^\s?(?:,\s?(?:(?:and|or|nor)\s)?|\s(?:and|or|nor|&)\s|\/)\s?(?:(?:the|our|its)\s)?$/;

/**
 * The aspects listed right after the one a comparison names ("more than speed or cost", "over
 * latency and price"): the comparison is against each of them, so each gives way as the first
 * does. Only aspects other than the winner's, joined by nothing but a list word, count.
 */
function listedAfter(
  clause: string,
  rest: AspectMention[],
  after: AspectMention,
  winner: PriorityField,
): AspectMention[] {
  const out: AspectMention[] = [];
  let last = after;
  for (const next of rest) {
    if (!LIST_JOIN.test(clause.slice(last.end, next.index))) break;
    if (next.field !== winner && next.field !== after.field) out.push(next);
    last = next;
  }
  return out;
}

export interface AspectMention {
  field: PriorityField;
  index: number;
  end: number;
  /** An adjective that carries its aspect ("cheap", "fast"), not an aspect word. */
  adjective?: boolean;
}

/** The aspect words of a clause, in order. */
export function aspectsOf(clause: string): AspectMention[] {
  return ASPECTS.flatMap(a =>
    [...clause.matchAll(a.re)].map(m => ({
      field: a.field,
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
  ).sort((a, b) => a.index - b.index);
}

/**
 * Adjectives that carry an aspect only when compared with another ("good rather than fast",
 * "better over faster", "rather it be right than fast"): alone, "good", "right" and "faster" say
 * too little ("a good fit", "the right model", "faster onboarding"), but set against a wanted
 * adjective of another aspect they name their own.
 */
const COMPARED_ADJECTIVES: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'latency_priority',
    re: /\b(?:faster|quicker|snappier)\b(?!-)/g,
  },
  {
    field: 'quality_priority',
    re: /\b(?:good|better|right|smart(?:er)?|clever(?:er)?|fancy|fancier|polished|sophisticated|brilliant|thorough|high[\s-]quality)\b(?!-)/g,
  },
];

/**
 * Paying less, which names cost only against another side of a choice ("I'd rather pay less than
 * get top accuracy", "spend less than have it quick"); it takes the place of the aspect word "spend".
 */
const PAYING_LESS =
  /\b(?:pay(?:ing)?|spend(?:ing)?)\s(?:(?:a\s(?:bit|little|lot)|much|far|way)\s)?less\b/g;

/**
 * A model or its work at the top of the range, said as what is given up or wanted: "having the
 * very best model", "a frontier LLM", "the most capable model", "getting top-tier answers". In a
 * comparison it names quality ("cost matters more than having the best model"); alone it is left
 * to the phrase cues, which read "best model" as a wish.
 */
export const TOP_MODEL =
  /\b(?:(?:having|getting|using|running|picking|choosing|paying for)\s)?(?:(?:the|a|an)\s)?(?:(?:very|absolute)\s)?(?:best|top|biggest|largest|strongest|smartest|cleverest|fanciest|most (?:capable|advanced|powerful|accurate|intelligent|sophisticated)|premium|top[\s-](?:tier|end|shelf)|frontier|high[\s-]end|state[\s-]of[\s-]the[\s-]art)\s(?:possible\s|available\s)?(?:[a-z]+\s)?(?:models?|llms?|answers?|results?|outputs?)\b/g;

/**
 * The aspect words of a clause, the adjectives that carry an aspect ("cheap is more important
 * than fast", "accurate over quick") and the top models that stand for quality ("cheap over the
 * best model") or paying less that stands for cost ("rather pay less than ..."), for comparisons.
 */
export function comparablesOf(clause: string): AspectMention[] {
  const overlaps = (a: AspectMention, others: AspectMention[]) =>
    others.some(b => a.index < b.end && a.end > b.index);
  const payingLess = [...clause.matchAll(PAYING_LESS)].map(m => ({
    field: 'cost_priority' as const,
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    adjective: true,
  }));
  const aspects = [
    ...aspectsOf(clause).filter(a => !overlaps(a, payingLess)),
    ...payingLess,
  ];
  const topModels = [...clause.matchAll(TOP_MODEL)]
    .map(m => ({
      field: 'quality_priority' as const,
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }))
    .filter(t => !overlaps(t, aspects));
  const nouns = [...aspects, ...topModels];
  const adjectives = [...WANTED, ...COMPARED_ADJECTIVES]
    .flatMap(w =>
      [...clause.matchAll(w.re)].map(m => ({
        field: w.field,
        index: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        adjective: true,
      })),
    )
    .filter(a => !overlaps(a, nouns));
  return [...nouns, ...adjectives].sort((a, b) => a.index - b.index);
}

/**
 * How much the one aspect of `clause` matters, and where that is said (its offset in the
 * clause); undefined when the clause gives it no level. The first cue that applies decides.
 */
function levelOfTheAspect(
  clause: string,
  aspect: AspectMention,
): { value: Priority; at: number } | undefined {
  const weights = [
    ...[...clause.matchAll(WEIGHT_LOW)].map(m => ({
      m,
      value: 'low' as const,
    })),
    ...[...clause.matchAll(WEIGHT_HIGH)].map(m => ({
      m,
      value: 'high' as const,
    })),
  ].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
  const weight = weights[0];
  // the level after the aspect ("latency should be low") or right before it ("lowest cost",
  // "the best possible writing quality")
  const after = WANTED_LEVEL[aspect.field].exec(clause.slice(aspect.end));
  const before = levelBefore(aspect.field).exec(clause.slice(0, aspect.index));
  const levelAt = after ? aspect.end + after.index : before?.index;
  const modest = modestAccepted(clause, aspect);
  const preferredOver = PREFERRED_OVER.exec(clause.slice(0, aspect.index));
  const levelSet = WEIGHT_LEVEL_AFTER.exec(clause.slice(aspect.end));
  const need =
    aspect.field !== 'cost_priority' &&
    NEED_BEFORE.exec(clause.slice(0, aspect.index));
  const at = aspect.index;
  // "the price not so much": it matters little
  if (LITTLE_AFTER.test(clause.slice(aspect.end))) return { value: 'low', at };
  // "cost weight high": the level is said outright
  if (levelSet) return { value: levelOf(levelSet.groups?.level ?? ''), at };
  // "we would prioritise it over cost": the aspect is what gives way
  if (preferredOver)
    return {
      value: negatedJustBefore(clause.slice(0, preferredOver.index), 3)
        ? 'high'
        : 'low',
      at,
    };
  if (modest) return { value: modest, at };
  if (FIRST_AFTER.test(clause.slice(aspect.end))) return { value: 'high', at };
  if (weight) {
    const weightAt = weight.m.index ?? 0;
    // a step, not a level: left to readRelativePriorities
    if (COMPARATIVE_BEFORE.test(clause.slice(0, weightAt))) return undefined;
    const negated = negatedJustBefore(clause.slice(0, weightAt));
    return {
      value: weight.value === 'high' && !negated ? 'high' : 'low',
      at: Math.min(aspect.index, weightAt),
    };
  }
  // "we don't really need speed": needed, it matters; not needed, it does not
  if (need)
    return {
      value: negatedJustBefore(clause.slice(0, need.index), 4) ? 'low' : 'high',
      at,
    };
  // "latency should be low", "costs don't have to be minimal"
  if (levelAt !== undefined)
    return {
      value: negatedJustBefore(clause.slice(0, levelAt), 5) ? 'low' : 'high',
      at,
    };
  return undefined;
}

function readOneClause(clause: string, start: number): ClauseReading[] {
  const out: ClauseReading[] = [];
  const aspects = aspectsOf(clause);
  const comparison = readComparison(clause, start, comparablesOf(clause));
  if (comparison.length > 0) return comparison;
  // one aspect and a weight: the weight tells how much it matters
  const fields = new Set(aspects.map(a => a.field));
  if (fields.size === 1) {
    const level = levelOfTheAspect(clause, aspects[0]);
    if (level)
      out.push({
        field: aspects[0].field,
        value: level.value,
        at: start + level.at,
        phrase: clause.trim(),
      });
  }
  // adjectives that carry their aspect, each read on its own
  const lists = wantedLists(clause);
  for (const w of WANTED) {
    if (out.some(o => o.field === w.field)) continue;
    for (const m of clause.matchAll(w.re)) {
      const at = m.index ?? 0;
      const before = clause.slice(0, at);
      if (
        !WANTED_ANYWHERE.test(m[0]) &&
        !describesTheSystem(before, m[0]) &&
        !wishInAList(before, clause.slice(at + m[0].length)) &&
        !ABOVE_ALL_AFTER.test(clause.slice(at + m[0].length)) &&
        !lists.some(([s, e]) => at >= s && at < e)
      )
        continue;
      out.push({
        field: w.field,
        value: negatedJustBefore(before, 5) ? 'low' : 'high',
        at: start + at,
        phrase: clause.trim(),
      });
      break;
    }
  }
  // praise required of the work, when no other aspect is its subject ("the price must be good")
  const praise = PRAISE_REQUIRED.exec(clause);
  if (praise && !out.some(o => o.field === 'quality_priority')) {
    const at =
      (praise.index ?? 0) + praise[0].lastIndexOf(praise.groups?.praise ?? '');
    const before = clause.slice(0, at);
    if (aspectsOf(before).every(a => a.field === 'quality_priority'))
      out.push({
        field: 'quality_priority',
        value: negatedJustBefore(before, 5) ? 'low' : 'high',
        at: start + at,
        phrase: clause.trim(),
      });
  }
  return out;
}

/**
 * Priorities said as an aspect and a weight in one clause, the last statement for a field
 * winning (a follow-up sentence corrects an earlier one).
 */
/** What a comparison is made against: "more than", "over", "secondary to". */
const COMPARED_BEFORE =
  /\b(?:than|over|above|before|to)\s(?:(?:the|our|its)\s)?$/;

/**
 * "more important than speed and cost": an "and" between the aspects a comparison is made against
 * joins a list (read by listedAfter) rather than starting a statement, when the aspect after it
 * ends the clause.
 */
function joinsComparedItems(before: string, after: string): boolean {
  const last = aspectsOf(before).pop();
  if (
    !last ||
    before.slice(last.end).trim() !== '' ||
    !COMPARED_BEFORE.test(before.slice(0, last.index))
  )
    return false;
  const next = aspectsOf(after)[0];
  return (
    next !== undefined &&
    /^\s*(?:(?:the|our|its)\s)?$/.test(after.slice(0, next.index)) &&
    after.slice(next.end).trim() === ''
  );
}

/** The text's clauses, each cut further where a new statement starts. */
function statementParts(text: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  for (const clause of splitClauses(text)) {
    let last = 0;
    for (const m of clause.text.matchAll(NEW_STATEMENT)) {
      const at = m.index ?? 0;
      if (
        joinsComparedItems(
          clause.text.slice(last, at),
          clause.text.slice(at + m[0].length),
        )
      )
        continue;
      parts.push({
        text: clause.text.slice(last, m.index),
        start: clause.start + last,
      });
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push({ text: clause.text.slice(last), start: clause.start + last });
  }
  return parts;
}

/**
 * A pronoun subject with its verb ("so it is", "that's", "which remains"), and a clause in which
 * the pronoun stands for what follows instead ("it is important to ...", "it is key that ...").
 */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:and|so|which)\s)?(?:it|that|this|which)(?:'s|\s(?:is|was|will be|remains|stays))\s/;
const PRONOUN_POINTS_AHEAD =
  /\b(?:to|that|whether|if|when|how)\s|\bfor\s(?!(?:us|me|them|everyone|everybody|the team|our \w+)\b)/;

/**
 * "Translation quality is what sellers notice, so it is our top concern": a clause without an
 * aspect word whose subject is a pronoun speaks of the one aspect the clause before it named,
 * and is read with that aspect as its subject.
 */
function readPronounClause(
  clause: string,
  start: number,
  previous: AspectMention[],
  previousText: string,
): ClauseReading[] {
  const subject = PRONOUN_SUBJECT.exec(clause);
  if (!subject || aspectsOf(clause).length > 0) return [];
  if (new Set(previous.map(a => a.field)).size !== 1) return [];
  const rest = clause.slice(subject[0].length);
  if (PRONOUN_POINTS_AHEAD.test(rest)) return [];
  const aspect = previous[previous.length - 1];
  const word = previousText.slice(aspect.index, aspect.end);
  return readOneClause(`${word} is ${rest}`, start).map(r => ({
    ...r,
    at: start,
    phrase: clause.trim(),
  }));
}

/** Words before the aspect of a clause that leaves out its predicate: "but the", "and our". */
const ELIDED_LEAD =
  /^\s*(?:(?:and|but|yet|while|whereas)\s)?(?:(?:the|our|its|their)\s)?$/;
/** The auxiliary that stands for the left-out predicate: "really does", "isn't", "does too". */
const ELIDED_AUXILIARY =
  /^(?:\s(?:really|very much|definitely|absolutely|certainly|totally|obviously|sure|still|also|actually|truly|so))*\s(?:does|do|did|is|are|was|were|will|would|has|have)(?<neg>n't|\snot)?(?:\s(?:too|as well))?\s*$/;

/**
 * "Latency doesn't matter, but accuracy really does", "speed is secondary; cost isn't": a clause
 * of an aspect and a bare auxiliary leaves out the predicate of the clause before it, which said
 * how much another aspect matters. The auxiliary repeats that weight when it has the same polarity
 * as the clause before ("cost matters and quality does too") and turns it around when it has the
 * other ("... doesn't matter, but accuracy does").
 */
function readElidedClause(
  clause: string,
  start: number,
  previous: AspectMention[],
  previousText: string,
): ClauseReading[] {
  const aspects = aspectsOf(clause);
  if (aspects.length !== 1 || new Set(previous.map(a => a.field)).size !== 1)
    return [];
  const [aspect] = aspects;
  const said = previous[0];
  if (aspect.field === said.field) return [];
  if (!ELIDED_LEAD.test(clause.slice(0, aspect.index))) return [];
  const auxiliary = ELIDED_AUXILIARY.exec(clause.slice(aspect.end));
  if (!auxiliary) return [];
  const before = readOneClause(previousText, 0).find(
    r => r.field === said.field,
  );
  if (!before) return [];
  const negatedBefore =
    [...previousText.slice(said.index).matchAll(NEGATION)].length % 2 === 1;
  const negatedNow = auxiliary.groups?.neg !== undefined;
  const flip = negatedBefore !== negatedNow;
  const turned = before.value === 'high' ? 'low' : 'high';
  return [
    {
      field: aspect.field,
      value: flip ? turned : before.value,
      at: start + aspect.index,
      phrase: clause.trim(),
    },
  ];
}

/**
 * A clause that is only the second half of a comparison: "more than the price", "far more than
 * speed or cost", "over latency".
 */
const TRAILING_MORE_THAN =
  /^\s*(?:(?:and|but|even|much|far|way|a lot|a bit|somewhat)\s)*(?:more\s(?:so\s)?than|rather than|over|above|before)\s(?:(?:the|our|its|any)\s)?$/;

/**
 * "The quality of the code is important, more than the price": a clause made of "more than" and
 * aspects compares them with the one aspect the clause before said matters, and they give way to
 * it. The clause before must have read its aspect as high, so "speed is secondary, more than
 * cost" gives no reading.
 */
function readTrailingComparison(
  clause: string,
  start: number,
  previous: AspectMention[],
  previousText: string,
): ClauseReading[] {
  const aspects = aspectsOf(clause);
  if (aspects.length === 0 || new Set(previous.map(a => a.field)).size !== 1)
    return [];
  const [first] = aspects;
  const said = previous[0].field;
  if (first.field === said) return [];
  if (!TRAILING_MORE_THAN.test(clause.slice(0, first.index))) return [];
  const compared = [
    first,
    ...listedAfter(clause, aspects.slice(1), first, said),
  ];
  if (clause.slice(compared[compared.length - 1].end).trim() !== '') return [];
  const before = readOneClause(previousText, 0).find(r => r.field === said);
  if (before?.value !== 'high') return [];
  return compared.map(c => ({
    field: c.field,
    value: 'low' as const,
    at: start + c.index,
    phrase: clause.trim(),
  }));
}

/** A statement part with its aspects, kept while reading the part after it. */
interface PreviousPart {
  aspects: AspectMention[];
  text: string;
  start: number;
}

/**
 * A weight that ranks its aspect above another without saying which ("cost is the bigger
 * thing", "speed is more important", "accuracy matters more", "spend is more of a concern"), not
 * followed by the "than" of a comparison, which readComparison reads.
 */
const OUTRANKS =
  /^(?:\s[\w']+){0,3}?\s(?:(?:is|are)\s(?:(?:the|a|an|our)\s)?(?:(?:much|far|way|even|clearly)\s)?(?:bigger|larger|greater|higher|more important|more pressing)\s(?:thing|concern|issue|priority|deal|worry|factor|driver)|(?:is|are)\s(?:(?:much|far|way|even|clearly)\s)?more\s(?:important|critical|crucial|pressing|of\san?\s(?:concern|priority|worry|issue))|matters?\s(?:(?:much|far|way|even|clearly)\s)?more)\b(?!(?:\s(?:to|for)\s(?:[\w-]+\s){1,2})?\s?than\b)/;

/** A word that concedes what the clause before said: "..., but", "though", "however", "yet". */
const CONCEDING = /\b(?:but|though|however|yet)\b/;

/**
 * "Quality matters, but honestly cost is the bigger thing": a clause that ranks its aspect above
 * the one the clause before it said matters, after a word of concession, raises its own aspect and
 * leaves the conceded one at medium: it still matters, just less. The clause before must have read
 * its aspect as high; the span covers both clauses, so that a phrase cue said in the first
 * ("quality matters") gives way to it (readPriorities).
 */
function readOutranking(
  part: { text: string; start: number },
  text: string,
  previous: PreviousPart,
): ComparisonReading[] {
  const aspects = aspectsOf(part.text);
  if (new Set(aspects.map(a => a.field)).size !== 1) return [];
  if (new Set(previous.aspects.map(a => a.field)).size !== 1) return [];
  const [aspect] = aspects;
  const [conceded] = previous.aspects;
  if (aspect.field === conceded.field) return [];
  const lead =
    text.slice(previous.start + previous.text.length, part.start) +
    part.text.slice(0, aspect.index);
  if (!CONCEDING.test(lead)) return [];
  const weight = OUTRANKS.exec(part.text.slice(aspect.end));
  if (!weight || negatedJustBefore(weight[0], 6)) return [];
  const before = readOneClause(previous.text, 0).find(
    r => r.field === conceded.field,
  );
  if (before?.value !== 'high') return [];
  const start = previous.start + conceded.index;
  const end = part.start + part.text.trimEnd().length;
  const phrase = text.slice(start, end);
  return [
    { field: conceded.field, value: 'medium', at: start, phrase, start, end },
    {
      field: aspect.field,
      value: 'high',
      at: part.start + aspect.index,
      phrase,
      start,
      end,
    },
  ];
}

export function readClausePriorities(text: string): PriorityReadings {
  const out: PriorityReadings = {};
  let previous: PreviousPart = { aspects: [], text: '', start: 0 };
  for (const part of statementParts(text)) {
    const readings = [
      ...readOneClause(part.text, part.start),
      ...readOutranking(part, text, previous),
      ...readPronounClause(
        part.text,
        part.start,
        previous.aspects,
        previous.text,
      ),
      ...readElidedClause(
        part.text,
        part.start,
        previous.aspects,
        previous.text,
      ),
      ...readTrailingComparison(
        part.text,
        part.start,
        previous.aspects,
        previous.text,
      ),
    ];
    for (const r of readings) {
      const prev = out[r.field];
      if (!prev || r.at >= prev.at)
        out[r.field] = { value: r.value, at: r.at, phrase: r.phrase };
    }
    if (part.text.trim()) previous = { aspects: aspectsOf(part.text), ...part };
  }
  return out;
}

/** A priority read from a comparison, with the span of the whole comparison in the text. */
export interface ComparisonReading extends PriorityReading {
  field: PriorityField;
  start: number;
  end: number;
}

/**
 * The comparisons of a text ("cost is more important than having the best model", "quality
 * matters less than low latency"), each side with its reading and the span the comparison
 * covers, so that a phrase cue said inside one (readPriorities) can give way to it.
 */
export function readComparisons(text: string): ComparisonReading[] {
  const out: ComparisonReading[] = [];
  let previous: PreviousPart = { aspects: [], text: '', start: 0 };
  for (const part of statementParts(text)) {
    out.push(...readOutranking(part, text, previous));
    if (part.text.trim()) previous = { aspects: aspectsOf(part.text), ...part };
    const readings = readComparison(
      part.text,
      part.start,
      comparablesOf(part.text),
    );
    if (readings.length === 0) continue;
    const start = Math.min(...readings.map(r => r.at));
    const end = start + readings[0].phrase.length;
    for (const r of readings) out.push({ ...r, start, end });
  }
  return out;
}

/** The comparative that makes an aspect better: lower latency or cost, higher quality. */
const BETTER_BEFORE: Record<PriorityField, RegExp> = {
  latency_priority: /\blower\s$/,
  cost_priority: /\blower\s$/,
  quality_priority: /\bhigher\s$/,
};

/**
 * "matters much less", "counts a lot more", right after the aspect (at most two words between:
 * "response speed honestly matters far less"), with no "than" after it: a step, like "matters
 * less" (WEIGHT_HIGH leaves it out), whatever adverb of degree stands before the comparative.
 */
const MATTERS_COMPARED =
  /^\s(?:[\w']+\s){0,2}?(?:matters?|counts?)\s(?:(?:much|far|way|a lot|a bit|a little|somewhat|even|rather)\s)?(?<degree>less|more)\b(?!(?:\s(?:to|for)\s(?:[\w-]+\s){1,2})?\s?than\b)/;

/**
 * Steps said with an aspect word and a comparative, in any of ASPECTS' words: "turnaround is
 * less important" (−1), "spend is more of a concern" (+1), "lower response times" (+1), "speed
 * matters much less" (−1). The counterpart of COMPARATIVE_BEFORE: these clauses get a step here
 * and no level above.
 */
export function readClauseSteps(text: string): PriorityStep[] {
  const out: PriorityStep[] = [];
  for (const { text: clause } of statementParts(text)) {
    const aspects = aspectsOf(clause);
    if (new Set(aspects.map(a => a.field)).size !== 1) continue;
    const { field, index } = aspects[0];
    if (BETTER_BEFORE[field].test(clause.slice(0, index))) {
      out.push({ field, direction: 1, phrase: clause.trim() });
      continue;
    }
    const compared = MATTERS_COMPARED.exec(clause.slice(aspects[0].end));
    if (compared) {
      out.push({
        field,
        direction: compared.groups?.degree === 'less' ? -1 : 1,
        phrase: clause.trim(),
      });
      continue;
    }
    const weight = [...clause.matchAll(WEIGHT_HIGH)][0];
    const comparative = weight
      ? COMPARATIVE_BEFORE.exec(clause.slice(0, weight.index ?? 0))
      : null;
    if (comparative)
      out.push({
        field,
        direction: /^(?:less|lower)/.test(comparative[0]) ? -1 : 1,
        phrase: clause.trim(),
      });
  }
  return out;
}
