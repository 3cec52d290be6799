/**
 * Priorities said as what people are willing to give up: "the team is fine with waiting", "we'd
 * rather pay more for a bigger model", "happy to accept slower answers if they are right". A
 * word of willingness ("fine with", "rather", "happy to", "don't mind", "nobody minds if") before
 * a sacrifice (waiting, taking longer, paying more) makes that aspect a low priority; what the
 * sacrifice is made "for" ("for a bigger model", "to get faster answers") is the aspect that
 * matters. A negation of the willingness ("not willing to wait", "we can't pay more") turns the
 * sacrificed aspect into a high priority. The willingness may also follow the sacrifice ("if a
 * reply takes 40 seconds, that's fine"), and then a plain time taken counts as one, as it does
 * after indifference ("nobody minds if it takes 10 seconds"). A concession
 * ("even if it costs more", "even though it's pricey") gives up its aspect like a willingness, and
 * so does a state of the service accepted on a condition ("fine if it's a little slow", "ok with
 * it being expensive", "if it's slower, no problem"): the aspect's bad end said as an adjective.
 * That bad end allowed to what is asked for ("it can be slow") gives it up too, and denied ("the
 * replies can't be slow") makes it matter.
 *
 * Why: the phrase list (priorities.ts) and the aspect-and-weight clauses (priorityClauses.ts) need
 * an aspect word ("latency", "cost"); trades name the aspect by its price instead ("waiting" is
 * latency, "paying more" is cost), so they had no reading.
 */
import {
  PriorityField,
  PriorityReading,
  PriorityReadings,
} from './intentSchema';
import { toMilliseconds } from './numbers';
import { splitClauses } from './text';

/** What giving up each aspect is called. */
const SACRIFICES: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'latency_priority',
    // "wait", "slow or slower answers", "a slower model", "a bit of lag", and taking longer: "if a reply takes a few
    // extra seconds", "when it takes a while", "can take a couple of seconds" (which the number
    // words' rewrite, numbers.ts, leaves as "2 of seconds")
    re: /\b(?:wait(?:s|ing)?(?: (?:a (?:bit|little|while)|some time))?(?: longer)?|(?:slow(?:er)?|longer|delayed) (?:responses?|answers?|replies|results|outputs?|waits?|turnaround|generation|models?)|(?:some|a (?:bit|little) of|a few seconds of|a) (?:delays?|lag)|(?:tak(?:e|es|ing)|took) (?:(?:a (?:bit|little) )?longer|a (?:little )?while|(?:(?:a (?:few|couple(?: of)?)|several|some|\d+(?:\.\d+)?) )?(?:extra|more|additional) (?:seconds?|minutes?|secs?|mins?|time)|(?:a (?:few|couple(?: of)?)|several|\d+ of) (?:seconds|minutes)|(?:some|a bit of|a little) time))\b/g,
  },
  {
    field: 'cost_priority',
    re: /\b(?:pay(?:s|ing)?|spend(?:s|ing)?|costs?|costing)(?: (?:a (?:bit|little|lot)|somewhat|quite a bit|much|significantly|considerably))? (?:more|extra|a premium|top dollar)\b|\b(?:higher|bigger|larger) (?:costs?|bills?|spend(?:ing)?|prices?)\b/g,
  },
  {
    field: 'quality_priority',
    // "a slightly less polished model", "somewhat worse answers", "a weaker model": the bad end
    // of quality said of the model or its work ("a smaller model" says only its size)
    re: /\b(?:an?\s)?(?:(?:slightly|a bit|a little|somewhat|a tad)\s)?(?:less (?:polished|accurate|capable|smart|sophisticated|refined)|dumber|weaker|worse|lower[\s-]quality|rougher)\s(?:models?|llms?|answers?|results?|outputs?|responses?|replies|writing|copy|drafts?|summaries)\b/g,
  },
];

/**
 * Willingness, at most three words before the sacrifice: "fine with", "we'd rather", "happy to
 * accept", "don't mind", "nobody cares if", "can", and a concession: "even if", "even though".
 */
const WILLING =
  /(?:\b(?:even (?:if|though|when)|rather|happy|willing|fine|ok(?:ay)?|prepared|ready|content|comfortable|glad|(?:don'?t|do not) (?:mind|care)|(?:nobody|no[\s-]one|none of (?:us|them))(?:\s[\w'-]+){0,3}? (?:minds?|cares?)|can(?:not)?|able to|afford to|accept(?:s|ing)?|tolerate|live with|no problem)\b(?:n?'t|not)?(?:\s+[\w'-]+){0,3}?|'d|\bwould(?: gladly| happily)?)\s*$/;

/**
 * A time taken, in seconds or longer (never milliseconds): "takes 30 seconds", "took 2 minutes",
 * "takes 2 or 3 minutes" (a range said as either).
 * Said with a willingness before it, it is a wish ("we'd be happy if it takes 2 seconds" is a
 * target, latencyTargets.ts); only an acceptance after it ("..., that's fine") makes it a
 * sacrifice.
 */
const TIME_TAKEN =
  /\b(?:tak(?:e|es|ing)|took)\s(?:(?:up to|about|around|roughly|maybe|even|as (?:long|much) as)\s)?\d+(?:\.\d+)?(?:\s?(?:or|to|-)\s?\d+(?:\.\d+)?)?\s?(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?)\b/g;

/**
 * Indifference to the condition right before a time taken: "we don't care if it takes", "nobody
 * minds if a reply takes", "it doesn't matter if replies take", "who cares if it takes". Unlike
 * a willingness ("we'd be happy if it takes 2 seconds", a wish), it tolerates the time, so the
 * time is given up.
 */
const INDIFFERENT_BEFORE =
  /\b(?:(?:don'?t|do\snot|doesn'?t|does\snot|won'?t|wouldn'?t|will\snot|would\snot)\s(?:(?:really|much|even)\s)?(?:mind|care|matter)|(?:nobody|no[\s-]one|none\sof\s(?:us|them)|who)\s(?:(?:really|will|would|here|even)\s)?(?:minds?|cares?))\s(?:(?:at\sall|much|really|even)\s)?(?:if|when|that)\s(?:(?:(?:a|an|the|each|every|our|their)\s)?[a-z]+\s)?(?:(?:sometimes|occasionally|ever|only)\s)?$/;

/**
 * Willingness said after the sacrifice, a few words on, in the same sentence: "if a reply takes
 * 20 seconds, that's fine", "when it takes a while to finish nobody minds", "if it takes two
 * minutes that is not acceptable" (`not`: the willingness denied), "slow replies are ok". The words in between may not
 * start another statement ("and", "but", "because", ...).
 */
const ACCEPTED_AFTER =
  /^(?:\s(?!(?:and|but|or|so|because|unless|except|then|when|if|while|at|max|tops)\b)[\w'-]+){0,4}?,?\s(?:(?:(?:that|which|it|this)(?:'s|\s(?:is|was|would be|will be|should be))|is|are|would be|will be)(?:\s|(?=n't\s))(?:(?:totally|perfectly|completely|absolutely|still|also|quite|just|probably|really|more than)\s)?(?:(?:fine|ok(?:ay)?|acceptable|alright|all right|no problem|not a problem|no big deal|no issue|not an issue)\b|(?<not>not|n't)\s?(?:fine|ok(?:ay)?|acceptable|alright)\b)|(?:we|i|they|users|people|the team)\s(?:don'?t|do not|won'?t|wouldn'?t|will not|would not)\s(?:really\s)?(?:mind|care)\b|(?:nobody|no[\s-]one)\s(?:(?:really|will|would)\s)?(?:minds?|cares?)\b)/;

/** A negation of the willingness: "not willing to", "we can't", "nobody is fine with". */
const NEGATED =
  /\b(?:not|no|never|nobody|no[\s-]one|without|won'?t|can'?t|cannot|couldn'?t|wouldn'?t|unwilling|unable)\b/;

/**
 * The bad end of each aspect said as a state of the service: "slow", "a bit pricey", "more
 * expensive", "less accurate", "an expensive option".
 */
const STATES: Array<{ field: PriorityField; adjective: string }> = [
  {
    field: 'latency_priority',
    adjective:
      'slow(?:er|ish)?|sluggish|laggy|not (?:(?:that|very|super|as|so|really) )?(?:fast|quick|snappy|instant(?:aneous)?)',
  },
  {
    field: 'cost_priority',
    adjective:
      'pricey|pricier|expensive|costly|costlier|not (?:(?:that|very|as|so|really) )?cheap',
  },
  {
    field: 'quality_priority',
    adjective:
      'less (?:accurate|precise|capable|smart|polished)|dumb(?:er)?|lower[\\s-]quality|imperfect|not (?:(?:as|that|very|super|always|quite) )?(?:perfect|accurate|smart|good|polished)',
  },
];

/**
 * What the state is said of, with its verb: "it's", "its" (an apostrophe left out), "the answers
 * are", "it gets", "it turns out to be", "it being", "being".
 */
const SUBJECT_BE =
  "(?:(?:it|that|this|they|things|answers|responses|replies|results|outputs?|the [a-z]+)(?:'s|'re|s|\\s(?:is|are|was|were|be|gets?|feels?|seems?|runs?|looks?|turns? out(?: to be)?|ends? up(?: being)?|comes? out|being|will be|would be|might be|may be|could be|can be|is going to be))\\s|being\\s)";
/** How much: "a bit", "somewhat", "a lot more", "slightly". */
const DEGREE =
  '(?:(?:a (?:bit|little|tad|touch|lot)|somewhat|slightly|rather|quite|pretty|fairly|kind of|sort of|much|way|very|really)\\s)?(?:more\\s)?';
/** The state ends the phrase: "slow", "slow at night", "an expensive option" (not "slow system"). */
const STATE_END =
  '(?:\\s(?:option|choice|model|setup|solution|one|route|path))?(?=\\s*(?:[,.;:!?)]|$)|\\s(?:and|but|or|so|to|for|if|when|as|at|in|on|than|then|though|because|compared|sometimes|occasionally|now|with|by)\\b)';

/**
 * A state after the word that makes it a condition or a concession: "if it's a bit slow", "even
 * though it's pricey", "with it being slower"; or a preference: "I'd rather it was a bit slower
 * (than ...)", "we'd rather it be pricier".
 */
const STATE_SACRIFICES = STATES.map(({ field, adjective }) => ({
  field,
  re: new RegExp(
    `\\b(?<link>if|when|though|with|rather)\\s${SUBJECT_BE}?(?:an?\\s)?${DEGREE}(?:${adjective})${STATE_END}`,
    'g',
  ),
}));

/**
 * The alternative a preferred sacrifice is chosen over, right after it: "(we'd rather wait a bit)
 * than pay for speed", "(I'd rather pay more) than have people wait", "(rather wait longer)
 * instead of getting worse answers". What is turned down is a sacrifice too, of another aspect,
 * and refusing it makes that aspect matter.
 */
const REJECTED: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'cost_priority',
    re: /^\s(?:than|instead of|over)\s(?:(?:to|have to|having to)\s)?(?:pay(?:ing)?|spend(?:ing)?|shell(?:ing)? out|fork(?:ing)? out)\b(?!\s(?:customers?|users?|clients?|members?|subscribers?)\b)/,
  },
  {
    field: 'latency_priority',
    re: /^\s(?:than|instead of|over)\s(?:(?:to|have to|having to)\s)?(?:wait(?:ing)?|(?:have|make|let|having|making|letting)\s(?:(?:users|people|them|customers|the team|everyone)|(?:(?:our|the|their|your)\s)?[a-z]+)\s(?:(?:sit|stand)\s(?:around\s|there\s)?and\s)?wait)\b/,
  },
  {
    field: 'quality_priority',
    // and a wrong thing said: "(than) said something silly", "(than) give a wrong answer"
    re: /^\s(?:than|instead of|over)\s(?:(?:to|have to|having to)\s)?(?:get(?:ting)?|accept(?:ing)?|settl(?:e|ing) for|us(?:e|ing)|liv(?:e|ing) with|sa(?:y|ys|id|ying)|giv(?:e|es|ing)|gave|tell(?:s|ing)?|told|spout(?:s|ed|ing)?)\s(?:(?:us|them|people|customers|clients|users|(?:our|the|their)\s[a-z]+)\s)?(?:(?:a|an|the|some|something|anything)\s)?(?:worse|wrong|bad|poor(?:er)?|weaker|dumber|smaller|lower[\s-]quality|less accurate|sloppy|sloppier|mediocre|silly|stupid|false|incorrect|inaccurate|misleading|made[\s-]up|nonsense|rubbish)\b/,
  },
];

/** A preferred state has its subject after "rather": "rather it was slower", not "it's rather slow". */
const RATHER_SUBJECT = new RegExp(`^rather\\s${SUBJECT_BE}`);

/** A concession before the condition: "even if", "even though". */
const CONCEDING_BEFORE = /\beven\s$/;
/**
 * An acceptance of the condition, right before it: "fine if", "we don't mind if", "no problem
 * when", "totally ok even if", "ok with".
 */
const ACCEPTING_BEFORE =
  /\b(?:fine|ok(?:ay)?|alright|all right|acceptable|tolerable|happy|content|comfortable|no (?:problem|issue|big deal)|not (?:a|an) (?:problem|issue|big deal|deal[\s-]?breaker)|(?:don'?t|do not|won'?t|wouldn'?t|doesn'?t|does not) (?:really )?(?:mind|care)|(?:nobody|no[\s-]one)(?: (?:really|will|would))? (?:minds?|cares?|mind|care))\s(?:(?:even|really|also|totally|perfectly|still|quite|just)\s)?$/;
/** Acceptance said with "with": "fine with", "ok with", "can live with". */
const ACCEPTING_WITH_BEFORE =
  /\b(?:fine|ok(?:ay)?|alright|all right|happy|content|comfortable|live)\s$/;

/**
 * Priorities from a state of the service given up: conceded ("even if it's pricey"), accepted on
 * a condition ("fine if it's a bit slow", a negation before the acceptance turning it around:
 * "it's not ok if it's slow") or accepted after it ("if it's slower, that's fine").
 */
function readStateSacrifices(
  clause: { text: string; start: number },
  text: string,
  put: (field: PriorityField, reading: PriorityReading) => void,
): void {
  for (const { field, re } of STATE_SACRIFICES) {
    for (const m of clause.text.matchAll(re)) {
      const at = m.index ?? 0;
      const link = m.groups?.link ?? '';
      const before = clause.text.slice(0, at);
      const accepting =
        link === 'with'
          ? ACCEPTING_WITH_BEFORE.exec(before)
          : ACCEPTING_BEFORE.exec(before);
      if (link === 'rather') {
        // "rather it was slower (than said something wrong)": the state is preferred, given up
        // for what it is set against; "it's rather slow" (no subject after "rather") is a degree
        if (!RATHER_SUBJECT.test(m[0])) continue;
        put(field, { value: 'low', at: clause.start + at, phrase: m[0] });
        const after = clause.text.slice(at + m[0].length);
        for (const g of REJECTED) {
          if (g.field === field) continue;
          const rejected = g.re.exec(after);
          if (rejected)
            put(g.field, {
              value: 'high',
              at: clause.start + at + m[0].length,
              phrase: `${m[0]}${rejected[0]}`,
            });
        }
      } else if (link !== 'with' && CONCEDING_BEFORE.test(before)) {
        put(field, {
          value: 'low',
          at: clause.start + at,
          phrase: `even ${m[0]}`,
        });
      } else if (accepting) {
        const lead = before
          .slice(0, accepting.index)
          .split(/\s+/)
          .slice(-3)
          .join(' ');
        put(field, {
          value: NEGATED.test(lead) ? 'high' : 'low',
          at: clause.start + at,
          phrase: `${accepting[0]}${m[0]}`.trim(),
        });
      } else if (link === 'if' || link === 'when') {
        const accepted = acceptedAfter(text, clause.start + at, m[0]);
        if (accepted) put(field, accepted);
      }
    }
  }
}

/**
 * What is asked for, as the subject of a permission: "it", "the answers", "responses", "the
 * assistant" (not "our current tool", whose being slow is a complaint).
 */
const PERMITTED_SUBJECT =
  '(?:it|they|answers|responses|replies|results|outputs?|summaries|drafts|the (?:answers?|responses?|repl(?:y|ies)|results?|outputs?|summar(?:y|ies)|drafts?|translations?|model|agent|assistant|bot|chatbot|service|system|tool|jobs?|runs?|generation|pipeline))';

/**
 * A state of the service permitted: "it can be slow", "the answers can be a bit less accurate",
 * and denied: "it can't be slow". Cost is left out: "it can be expensive" is more often a warning
 * than a permission. The state ends the clause or a condition follows it ("... as long as");
 * "at times", "sometimes" make it a complaint about how things are, not a permission.
 */
const PERMITTED_STATES = STATES.filter(s => s.field !== 'cost_priority').map(
  ({ field, adjective }) => ({
    field,
    re: new RegExp(
      `\\b${PERMITTED_SUBJECT}\\s(?:can|is allowed to|are allowed to)(?<not>'?t|\\s?not)?\\s(?:(?:afford to|still|also)\\s)?be\\s(?:an?\\s)?${DEGREE}(?:${adjective})(?=\\s*(?:[,.;:!?)]|$)|\\s(?:if|as long as|so long as|provided|but|and|then|though)\\b)`,
      'g',
    ),
  }),
);

/** Priorities from a state permitted or denied: "it can be slow", "responses can't be slow". */
function readPermittedStates(
  clause: { text: string; start: number },
  put: (field: PriorityField, reading: PriorityReading) => void,
): void {
  for (const { field, re } of PERMITTED_STATES)
    for (const m of clause.text.matchAll(re))
      put(field, {
        value: m.groups?.not ? 'high' : 'low',
        at: clause.start + (m.index ?? 0),
        phrase: m[0],
      });
}

/** What a sacrifice is made for, right after it: "for a bigger model", "to get faster answers". */
const GAINS: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'cost_priority',
    // "for a lower bill", "to get cheaper hardware", "in exchange for savings"
    re: /^\s(?:for|to get|to have|if (?:it|that) (?:means|gets us|gives us)|in exchange for)\s(?:(?:a|an|the|some|much|slightly|somewhat|way)\s)*(?:(?:lower|smaller|reduced|cheaper)\s(?:[\w-]+\s)?(?:bills?|costs?|prices?|spend(?:ing)?|invoices?)|cheaper\s(?:[\w-]+\s)?(?:models?|setups?|options?|hardware|gpus?|inference|plans?)|(?:cost\s)?savings|sav(?:e|ing) money)\b/,
  },
  {
    field: 'quality_priority',
    re: /^\s(?:for|to get|to have|if (?:it|that) (?:means|gets us|gives us)|in exchange for)\s(?:(?:a|an|the|much|slightly|somewhat|way)\s)*(?:(?:bigger|larger|better|smarter|stronger|more (?:capable|accurate|reliable)|higher[\s-]quality|top|best)\s(?:[\w-]+\s)?(?:models?|llms?|answers?|results?|outputs?|quality|accuracy|summaries|translations|responses)|(?:quality|accuracy|correctness))\b/,
  },
  {
    field: 'latency_priority',
    re: /^\s(?:for|to get|to have|if (?:it|that) (?:means|gets us|gives us)|in exchange for)\s(?:(?:a|an|the|much|slightly|somewhat|way)\s)*(?:(?:faster|quicker|snappier|lower[\s-]latency|instant)\s(?:[\w-]+\s)?(?:models?|answers?|results?|responses?|replies|turnaround)|speed|low(?:er)? latency)\b/,
  },
];

/**
 * What is preferred, said with "rather" or "prefer" right before it: "we'd rather pay less",
 * "I would prefer to spend less", "we'd rather keep costs down", "I'd prefer to get answers
 * faster" ("rather wait", a sacrifice, is read by SACRIFICES). Wanting an aspect's good end
 * makes it matter (not "rather not", and not "rather than pay less", where "rather" turns the
 * thing down).
 */
const PREFERRED: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'cost_priority',
    re: /\b(?:rather|prefer(?:s|red)?(?:\sto)?)\s(?:(?:just|simply|really)\s)?(?:(?:pay|spend)(?:\s(?:a\s(?:bit|little|lot)|much|far|way))?\sless|sav(?:e|ing)\s(?:some\s)?money|keep\s(?:the\s)?(?:costs?|bills?|spend(?:ing)?)\s(?:down|low))\b(?!\sthan\b)/g,
  },
  {
    field: 'latency_priority',
    re: /\b(?:rather|prefer(?:s|red)?(?:\sto)?)\s(?:(?:just|simply|really)\s)?(?:get|have)\s(?:(?:the|our|its)\s)?(?:answers?|responses?|replies|results)\s(?:faster|quicker|sooner)\b(?!\sthan\b)/g,
  },
];

/** Priorities from a preference said with "rather" or "prefer": "we'd rather pay less". */
function readPreferred(
  clause: { text: string; start: number },
  put: (field: PriorityField, reading: PriorityReading) => void,
): void {
  for (const { field, re } of PREFERRED)
    for (const m of clause.text.matchAll(re))
      put(field, {
        value: 'high',
        at: clause.start + (m.index ?? 0),
        phrase: m[0],
      });
}

/**
 * The reading of a sacrifice `written` at `at` in `text` when a willingness follows it in the same
 * sentence: low, or high when the willingness is denied ("that's not acceptable").
 */
function acceptedAfter(
  text: string,
  at: number,
  written: string,
): PriorityReading | undefined {
  const sentence = text.slice(at + written.length).split(/[.!?;\n]/)[0];
  const accepted = ACCEPTED_AFTER.exec(sentence);
  if (!accepted) return undefined;
  return {
    value: accepted.groups?.not ? 'high' : 'low',
    at,
    phrase: `${written}${accepted[0]}`.trim(),
  };
}

/** The aspects that can be given up by name: "trade some quality", "sacrifice a little speed". */
const NAMED_ASPECTS: Array<{ field: PriorityField; word: string }> = [
  { field: 'quality_priority', word: 'quality|accuracy|precision|polish' },
  {
    field: 'latency_priority',
    word: 'speed|latency|responsiveness|turnaround',
  },
];

/**
 * An aspect given up by name with a verb of trading: "trade some quality for a lower bill",
 * "sacrifice a little speed", "compromise on accuracy", "trading away some polish".
 */
const NAMED_TRADES = NAMED_ASPECTS.map(({ field, word }) => ({
  field,
  re: new RegExp(
    `\\b(?:trad(?:e|es|ing)(?:\\s(?:off|away))?|sacrific(?:e|es|ing)|giv(?:e|es|ing) up|compromis(?:e|es|ing) on)\\s(?:(?:some|a (?:bit|little|touch|tad)(?: of)?|a few points of|a fraction of)\\s)?(?:(?:the|our|its|their)\\s)?(?:${word})\\b`,
    'g',
  ),
}));

/**
 * Refusing the trade, a few words before its verb: "we won't sacrifice", "without compromising
 * on", "we don't want to give up", "never trade", "zero compromise on".
 */
const REFUSED_BEFORE =
  /\b(?:not|never|without|zero|0|no|won'?t|can'?t|cannot|couldn'?t|wouldn'?t|shouldn'?t|mustn'?t|don'?t|do not|doesn'?t|does not|refuse|unwilling|unable)\b(?:\s+[\w'-]+){0,3}?\s*$/;

/**
 * Priorities from an aspect given up by name: "happy to trade some quality for a lower bill"
 * lowers quality and raises what it is traded for; refused ("without sacrificing accuracy",
 * "we won't compromise on quality") the aspect matters.
 */
function readNamedTrades(
  clause: { text: string; start: number },
  put: (field: PriorityField, reading: PriorityReading) => void,
): void {
  for (const { field, re } of NAMED_TRADES) {
    for (const m of clause.text.matchAll(re)) {
      const at = m.index ?? 0;
      const refused = REFUSED_BEFORE.test(clause.text.slice(0, at));
      put(field, {
        value: refused ? 'high' : 'low',
        at: clause.start + at,
        phrase: m[0],
      });
      if (refused) continue;
      const after = clause.text.slice(at + m[0].length);
      for (const g of GAINS) {
        if (g.field === field) continue;
        const gain = g.re.exec(after);
        if (gain)
          put(g.field, {
            value: 'high',
            at: clause.start + at + m[0].length,
            phrase: `${m[0]}${gain[0]}`,
          });
      }
    }
  }
}

/**
 * The work an outcome is said of: "a good answer", "a bad one", "fast replies" ("one" also as the
 * number pass writes it: "a bad 1").
 */
const OUTCOME_WORK =
  '(?:answers?|responses?|repl(?:y|ies)|results?|outputs?|summar(?:y|ies)|drafts?|translations?|reviews?|reports?|suggestions?|quotes?|estimates?|explanations?|ones?|1(?![\\d.,]))';
/** Up to two adjectives before the work, as a list: "slow, careful", "quick but sloppy". */
const OUTCOME_ADJECTIVES = '(?:[a-z-]+,?\\s(?:(?:and|but)\\s)?){1,2}';
/** When the outcome comes: "in 20 seconds", "after a minute", "later", "now" (group: time). */
const OUTCOME_TIME =
  '(?:\\s(?:in|after|within|taking|that\\stakes)\\s(?:\\d+(?:\\.\\d+)?|a\\sfew|several|a\\scouple\\sof|an?)(?:\\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\\b)?|\\s(?:later|tomorrow|eventually|now|today|instantly|immediately|right\\saway))';

/**
 * Two outcomes set against each other, the first preferred: "a good answer in 20 seconds beats a
 * bad one in 2", "a slow, correct reply is better than a fast, wrong one", "a right answer later
 * trumps a wrong one now". Groups: the adjectives and the time of the winner and of the loser.
 */
const OUTCOME_BEATS = new RegExp(
  `\\b(?:an?\\s)?(?<winner>${OUTCOME_ADJECTIVES})${OUTCOME_WORK}(?<winnerTime>${OUTCOME_TIME})?,?\\s(?:beats|(?:is|are)\\s(?:(?:much|far|way|always)\\s)?better\\sthan|trumps|(?:is|are)\\sworth\\smore\\sthan)\\s(?:an?\\s)?(?<loser>${OUTCOME_ADJECTIVES})${OUTCOME_WORK}(?<loserTime>${OUTCOME_TIME})?`,
  'g',
);

/** The words that put an outcome at either end of an aspect. */
const OUTCOME_ENDS: Array<{ field: PriorityField; good: RegExp; bad: RegExp }> =
  [
    {
      field: 'quality_priority',
      good: /\b(?:good|right|correct|accurate|careful|thoughtful|thorough|better|solid|great|complete|precise|high[\s-]quality)\b/,
      bad: /\b(?:bad|wrong|poor|sloppy|incorrect|inaccurate|mediocre|worse|shallow|half[\s-]baked|rushed|hasty|lousy|useless)\b/,
    },
    {
      field: 'latency_priority',
      good: /\b(?:fast|quick|instant|immediate|faster|quicker|now|today|instantly|immediately|right away)\b/,
      bad: /\b(?:slow|slower|late|later|delayed|tomorrow|eventually)\b/,
    },
  ];

/** The time of an outcome in ms, its unit that of `unitOf` when it has none ("in 2" after "in 20 seconds"). */
function outcomeMs(time: string, unitOf: string): number | undefined {
  const n = /\d+(?:\.\d+)?/.exec(time);
  if (!n) return undefined;
  const unit =
    /[a-z]+$/.exec(time.slice(n.index + n[0].length).trim())?.[0] ??
    /\d\s?([a-z]+)$/.exec(unitOf.trim())?.[1];
  return unit ? toMilliseconds(Number(n[0]), unit) : undefined;
}

/**
 * Priorities from two outcomes set against each other ("a good answer in 20 seconds beats a bad
 * one in 2"): the aspect the preferred outcome is better at matters, the one it is worse at gives
 * way. Each aspect reads its ends from the adjectives and, for latency, from the two times (the
 * later one preferred gives speed up). An aspect the two sides put both ways is left alone.
 */
function readOutcomeComparisons(
  clause: { text: string; start: number },
  put: (field: PriorityField, reading: PriorityReading) => void,
): void {
  for (const m of clause.text.matchAll(OUTCOME_BEATS)) {
    const g = m.groups ?? {};
    const winner = `${g.winner ?? ''} ${g.winnerTime ?? ''}`;
    const loser = `${g.loser ?? ''} ${g.loserTime ?? ''}`;
    const winnerMs = outcomeMs(g.winnerTime ?? '', g.loserTime ?? '');
    const loserMs = outcomeMs(g.loserTime ?? '', g.winnerTime ?? '');
    for (const { field, good, bad } of OUTCOME_ENDS) {
      let better = good.test(winner) || bad.test(loser);
      let worse = bad.test(winner) || good.test(loser);
      if (
        field === 'latency_priority' &&
        winnerMs !== undefined &&
        loserMs !== undefined
      ) {
        better ||= winnerMs < loserMs;
        worse ||= winnerMs > loserMs;
      }
      if (better === worse) continue;
      put(field, {
        value: better ? 'high' : 'low',
        at: clause.start + (m.index ?? 0),
        phrase: m[0],
      });
    }
  }
}

/** Priorities from trades, the last statement for a field winning. */
export function readTradePriorities(text: string): PriorityReadings {
  const out: PriorityReadings = {};
  const put = (field: PriorityField, reading: PriorityReading) => {
    const prev = out[field];
    if (!prev || reading.at >= prev.at) out[field] = reading;
  };
  // outcomes are compared across commas ("a slow, careful answer beats a fast, sloppy one")
  readOutcomeComparisons({ text, start: 0 }, put);
  for (const clause of splitClauses(text)) {
    readStateSacrifices(clause, text, put);
    readPermittedStates(clause, put);
    readNamedTrades(clause, put);
    readPreferred(clause, put);
    for (const m of clause.text.matchAll(TIME_TAKEN)) {
      const at = m.index ?? 0;
      const indifferent = INDIFFERENT_BEFORE.exec(
        clause.text.slice(Math.max(0, at - 60), at),
      );
      if (indifferent) {
        put('latency_priority', {
          value: 'low',
          at: clause.start + at,
          phrase: `${indifferent[0]}${m[0]}`,
        });
        continue;
      }
      const accepted = acceptedAfter(text, clause.start + at, m[0]);
      if (accepted) put('latency_priority', accepted);
    }
    for (const s of SACRIFICES) {
      for (const m of clause.text.matchAll(s.re)) {
        const at = m.index ?? 0;
        const before = clause.text.slice(Math.max(0, at - 60), at);
        const willing = WILLING.exec(before);
        if (!willing) {
          // "if it takes a while, that's fine": the willingness after the sacrifice
          const accepted = acceptedAfter(text, clause.start + at, m[0]);
          if (accepted) put(s.field, accepted);
          continue;
        }
        // "can't wait to launch" is eagerness, not a latency requirement
        if (
          /^wait/.test(m[0]) &&
          /^\s(?:to|for (?:the|our) launch)\b/.test(
            clause.text.slice(at + m[0].length),
          )
        )
          continue;
        // the negation may stand before the willingness ("nobody is fine with") or in it
        // ("we can't pay more"), but "don't mind", "nobody cares" and "no problem" are willingness
        // of their own
        const willingText = willing[0].replace(
          /\b(?:(?:don'?t|do not) (?:mind|care)|(?:nobody|no[\s-]one|none of (?:us|them))(?:\s[\w'-]+){0,3}? (?:minds?|cares?)|no problem)\b/,
          '',
        );
        const lead = before
          .slice(0, willing.index)
          .split(/\s+/)
          .slice(-3)
          .join(' ');
        // a concession is no answer to what came before it: "not the cheapest, even if it
        // costs more" gives up cost all the same
        const negated = /^even\b/.test(willing[0])
          ? false
          : NEGATED.test(`${lead} ${willingText}`);
        const phrase = clause.text
          .slice(at - (before.length - (willing.index ?? 0)), at + m[0].length)
          .trim();
        put(s.field, {
          value: negated ? 'high' : 'low',
          at: clause.start + at,
          phrase,
        });
        if (negated) continue;
        const after = clause.text.slice(at + m[0].length);
        for (const g of [...GAINS, ...REJECTED]) {
          if (g.field === s.field) continue;
          const gain = g.re.exec(after);
          if (gain)
            put(g.field, {
              value: 'high',
              at: clause.start + at + m[0].length,
              phrase: `${phrase}${gain[0]}`,
            });
        }
      }
    }
  }
  return out;
}
