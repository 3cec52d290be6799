/**
 * What the task produces: the nouns a request names as what the model writes, so a length said
 * of one of them is an output length (tokenLengths.ts) whatever the noun would be on its own
 * ("listings are about 300 tokens" in a listing writer). Three frames name the product:
 * - a maker noun after it: "a listing-description generator", "an email writer";
 * - a verb of making with the system as its subject, and its object: "a model that generates
 *   detection rules and small scripts", "we want it to draft replies", "used to write captions";
 * - a verb of turning, and what it turns things "into": "turn each night's readings into a short
 *   advisory per field", "condense the calls into summaries";
 * - one thing received back: "paste in a judgment and receive a two-page note".
 * People's own writing is not the task's product ("agents write questions"), nor is what a text
 * is made from ("generated from records"): the object ends at a connective.
 */

/** Maker nouns: "a description generator", "an itinerary writer". */
const MAKER_RE =
  /\b(?<noun>[a-z]+)[\s-](?:generators?|writers?|drafters?|creators?|makers?|composers?|builders?)\b/g;

/** Verbs of making, said with the system as subject (SYSTEM_BEFORE). */
const MAKING_VERB_RE =
  /\b(?:generat(?:e|es|ed|ing)|writ(?:e|es|ing)|draft(?:s|ed|ing)?|produc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|compos(?:e|es|ed|ing)|spits? out|churns? out)\s(?<object>[a-z][a-z' -]*)/g;
/**
 * The system as the subject of a verb of making, just before it: "a model that generates", "want
 * an LLM to write", "it drafts", "used for generating", "the bot will produce".
 */
const SYSTEM_BEFORE =
  /\b(?:that|which|to|it|for|model|llm|ai|bot|assistant|tool|system|service|pipeline|job|generator)\s(?:(?:will|would|should|must|can|could|then|also|automatically|just)\s){0,2}$/;

/** Verbs of turning something into what is produced: "turn X into", "condense X into". */
const INTO_RE =
  /\b(?:turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|transform(?:s|ed|ing)?|condens(?:e|es|ed|ing)|summari[sz](?:e|es|ed|ing)|boil(?:s|ed|ing)? down|distil(?:l|ls|s|led|ling)?)\b[^.;!?]{0,80}?\binto\s(?<object>[a-z][a-z' -]*)/g;

/**
 * One thing received back from the system, said with its article: "paste in a judgment and
 * receive a two-page note", "and get back a short summary". Not "we receive 500 emails a day",
 * which counts what comes in.
 */
const RECEIVED_RE =
  /\b(?:receiv(?:e|es|ing)(?:\sback)?|gets?\sback|getting\sback)\s(?<object>(?:a|an)\s[a-z0-9][a-z0-9' -]*)/g;

/** Words that end a noun phrase: connectives, prepositions, pronouns, auxiliaries. */
const PHRASE_END =
  /^(?:per|and|or|nor|of|with|within|under|over|before|after|during|inside|at|to|in|on|for|from|by|into|about|is|are|was|were|be|will|would|can|could|should|must|that|which|who|it|they|them|we|our|us|you|than|as|via|so|if|when|then|but|while|like|based|using|each|every)$/;
/** Words before the noun that are no part of its name: determiners and quantifiers. */
const DETERMINER = /^(?:a|an|the|some|any|our|their|its|your|my|one|more|new)$/;
/** How many words an object may run to ("small python scripts"). */
const MAX_OBJECT_WORDS = 4;

/** A noun's singular stem, to match "description" with "descriptions", "summary" with "summaries". */
export function nounStem(noun: string): string {
  const word = noun.toLowerCase();
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The heads of the noun phrases in an object: "detection rules and small python scripts" →
 * rules, scripts. A phrase is up to four words; its head is its last word. After "and"/"or" one
 * more phrase is read; any other connective ends the object.
 */
function objectHeads(object: string): string[] {
  const heads: string[] = [];
  let words: string[] = [];
  const close = () => {
    // "listing-descriptions": the last part of a compound is its head too
    const head = words[words.length - 1];
    if (head)
      heads.push(head, ...(/-/.test(head) ? [head.split('-').pop()!] : []));
    words = [];
  };
  for (const word of object.trim().split(/\s+/)) {
    const w = word.replace(/'s$/, '');
    if (/^(?:and|or)$/.test(w) && words.length > 0 && heads.length === 0) {
      close();
      continue;
    }
    // "a 2-page note": a measure compounded with a number describes the noun
    if (!/^(?:[a-z][a-z-]*|\d+-[a-z][a-z-]*)$/.test(w) || PHRASE_END.test(w))
      break;
    if (words.length === 0 && DETERMINER.test(w)) continue;
    words.push(w);
    if (words.length === MAX_OBJECT_WORDS) break;
  }
  close();
  return heads;
}

/** The stems of the nouns the request names as the task's product (see the module comment). */
export function producedNouns(text: string): Set<string> {
  const lower = text.toLowerCase();
  const stems = new Set<string>();
  for (const m of lower.matchAll(MAKER_RE)) {
    const noun = m.groups!.noun;
    if (!PHRASE_END.test(noun) && !DETERMINER.test(noun))
      stems.add(nounStem(noun));
  }
  for (const m of lower.matchAll(MAKING_VERB_RE)) {
    const before = lower.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    if (!SYSTEM_BEFORE.test(before)) continue;
    for (const head of objectHeads(m.groups!.object)) stems.add(nounStem(head));
  }
  for (const re of [INTO_RE, RECEIVED_RE])
    for (const m of lower.matchAll(re))
      for (const head of objectHeads(m.groups!.object))
        stems.add(nounStem(head));
  return stems;
}

/**
 * Verbs of a task that reads a text and works on it: what they take as their object is what the
 * model reads ("translate our articles", "summarising the adjuster reports", "classify incoming
 * tickets"). Verbs people also use for their own reading ("review", "check", "read") are left out:
 * "editors review the drafts" says nothing of what the model reads.
 */
const READING_VERB_RE =
  /\b(?:translat(?:e|es|ed|ing)|summari[sz](?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)|moderat(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|transcrib(?:e|es|ed|ing))\s(?<object>[a-z][a-z' -]*)/g;
/** The task named as a noun with what it reads after "of": "translation of financial statements". */
const READING_NOUN_RE =
  /\b(?:translations?|summari[sz]ations?|classification|categori[sz]ation|moderation|analysis|transcription)\sof\s(?<object>[a-z][a-z' -]*)/g;

/**
 * A written-up form with what it is made from after "for" or "of": "a 150-token abstract for each
 * of 220,000 archived articles", "summaries of the call transcripts".
 */
const WRITE_UP_OF_RE =
  /\b(?:summar(?:y|ies)|abstracts?|synops[ie]s|digests?|captions?|headlines?)\s(?:for|of)\s(?:(?:each|every|all|one)\s(?:of\s)?)?(?:(?:the|our|their|its)\s)?(?:[\d][\d,.]*\s?k?\s)?(?<object>[a-z][a-z' -]*)/g;

/** Determiners and possessives before what is read: "our articles", "all the incoming calls". */
const OBJECT_DETERMINERS =
  /^(?:(?:our|their|your|its|my|his|her|the|a|an|all|these|those|each|every|any|some)\s)+/;

/**
 * The stems of the nouns the task reads (READING_VERB_RE, READING_NOUN_RE, WRITE_UP_OF_RE), less
 * any it also produces: a length said of one of them is an input length ("600 articles a day,
 * each ~1,500 tokens" when the articles are translated).
 */
export function consumedNouns(text: string): Set<string> {
  const lower = text.toLowerCase();
  const produced = producedNouns(lower);
  const stems = new Set<string>();
  for (const re of [READING_VERB_RE, READING_NOUN_RE, WRITE_UP_OF_RE])
    for (const m of lower.matchAll(re))
      for (const head of objectHeads(
        m.groups!.object.replace(OBJECT_DETERMINERS, ''),
      )) {
        const stem = nounStem(head);
        if (!produced.has(stem)) stems.add(stem);
      }
  return stems;
}
