/**
 * Token lengths: the context a request needs, its typical input and output lengths ("32k
 * context", "prompts ~500 tokens", "~80 tokens out") and pages as a document length.
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  parseRange,
  parseTokenCount,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
} from './numbers';
import { setSignal } from './signals';
import { MUST_SOURCE } from './obligation';
import {
  around,
  checkPositive,
  clauseText,
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  rangeNote,
  settledInRange,
  settledNote,
} from './quantityReading';
import {
  FROM_SOURCE_BEFORE,
  lengthOwnerBefore,
  outputOwnerBefore,
  ownerNounBefore,
  TokenRole,
  tokenNounAfter,
  tokenRoleOfNoun,
} from './numberAttachment';
import { consumedNouns, nounStem, producedNouns } from './taskArtefacts';

/**
 * A limit said in words: "up to", "at most", "no more than", "never more than", "not longer than".
 */
const LIMIT_SOURCE =
  'up to|max|maximum|at most|as long as|(?:no|not|never) (?:more|longer|bigger|larger) than';
/**
 * A limit said of a length right before it, which also a cap or "under" says ("stay under 8k
 * tokens", "hard cap 32k"): read only right before a length of the input (limitBefore) or a bare
 * length after one (LONGEST_BARE_RE), not as a cue at a distance, where "the recap must stay under
 * 250 tokens" limits the output.
 */
const LIMIT_RIGHT_BEFORE_SOURCE = `${LIMIT_SOURCE}|under|below|less than|(?:hard )?cap(?:ped)?(?: at)?`;
const LIMIT_RIGHT_BEFORE_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE})\\b`,
);
/** A limit said as a sign right before the length: "input <= 8k tokens", "≤ 4k", "< 16k". */
const LIMIT_SIGN = /(?:<=|=<|≤|<)\s?(?:~\s?)?$/;
/**
 * "until" as a learner of English writes "up to": "contracts are long, maybe until 48k tokens".
 */
const UNTIL_SOURCE = '(?:up )?until|till';
/**
 * What the model must be able to take in, said with a modal and a verb of capacity: "the model
 * must accept 100k tokens of input", "it needs to handle 32k tokens", "has to support 16k tokens".
 * A capacity is the longest input, not a typical one.
 */
const CAPACITY_SOURCE = `(?:${MUST_SOURCE}|shall|will have to|(?:be )?able to)(?: be able to)? (?:accept|handle|support|fit|hold|ingest|take in)`;
/**
 * Words that make a length the longest one rather than a typical one: a limit ("up to"), a
 * superlative ("the biggest we've seen"), a length verb ("often run to 90,000 tokens").
 */
const LONGEST_SOURCE = `${LIMIT_SOURCE}|${UNTIL_SOURCE}|${CAPACITY_SOURCE}|longest|biggest|largest|(?:run|go)(?:s|es|ing)? (?:to|up to|over|into|past)(?! (?:around|about|roughly|approximately|some|~))|reach(?:es|ing)?`;
/**
 * "long" as a word of the longest input: "long documents", "long context", "logs can be long".
 * Not said of an answer ("the answers can be long", "replies are quite long, ~900 tokens"),
 * which measures that answer, nor "long-form".
 */
const LONG_ATTRIBUTIVE =
  '(?<!\\b(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|summar(?:y|ies)|drafts?)\\s(?:(?:can|could|may|might|will|should|would|often|sometimes)\\s)?(?:be|is|are|get|gets)\\s(?:(?:quite|very|pretty|rather|fairly|so)\\s)?)long(?![\\s-]form)';
const MAX_CUES = new RegExp(
  `\\b(?:context|ctx|window|${LONGEST_SOURCE}|as much as|${LONG_ATTRIBUTIVE}|whole|entire|full|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?|repos?|repositories)\\b`,
  'g',
);
const LONGEST_RE = new RegExp(`\\b(?:${LONGEST_SOURCE})\\b`);
/**
 * Words that make a length the longest one however typical the rest of the sentence: a limit or
 * a superlative, not a length verb ("typically run to about 6,000 tokens" is a typical length).
 */
const EXPLICIT_LONGEST_RE = new RegExp(
  `\\b(?:${LIMIT_SOURCE}|${UNTIL_SOURCE}|${CAPACITY_SOURCE}|longest|biggest|largest)\\b`,
);
/**
 * A typical word right after a length in tokens: "40k tokens typically", "2,000 tokens on
 * average" (or "in average", as learners of English say it), "about 3k usually"; not one heading the next number ("up to 12,000 tokens,
 * typically around 3,000"). Its own list, not TYPICAL_WORDS: "avg" and "mean" after a length head
 * the next item ("max doc 64k tokens, avg input 6,000").
 */
const TYPICAL_AFTER =
  /^\s?,?\s?(?:typical(?:ly)?|usually|normally|(?:on|in) average|in general|generally|most of the time|for most of them)\b(?!\s?(?:[:=]\s?)?(?:(?:about|around|roughly|approximately|approx|maybe|some)\s|~\s?)?\d)/;
/** A limit word right after a length in tokens, ending its clause: "8k tokens max", "16k at most". */
const LIMIT_AFTER =
  /^\s?(?:max(?:imum)?|at most|tops|at the (?:very )?(?:most|worst)|worst[\s-]case|in the worst case)(?=\s?(?:[,.;:!?)]|$))/;
/** A prompt's length said right before "N tokens of context": "Prompt ≈ 1,800 tokens of context". */
const PROMPT_SAID_BEFORE =
  /\bprompts?\s?(?:is|are|of|:|=|≈|~)?\s?(?:(?:about|around|roughly|approximately)\s|~\s?|≈\s?)?$/;
/** A hedge right before a length: "around 9k", "~6,000", "typically 4k". */
const HEDGE_RIGHT_BEFORE =
  /(?:\b(?:around|about|roughly|approximately|typically|usually|normally|(?:on|in) average)|~|≈)\s?$/;
/** Words of a typical length: "typically", "on average", "a typical request". */
const TYPICAL_WORDS =
  /\b(?:averag(?:e|es|ing)|avg|typical(?:ly)?|usually|normally|generally|mostly|mean|median)\b/;
/** An input cue with one of these before it is the longest input: "prompts up to 8k tokens". */
const LIMIT_OR_CONTEXT_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE}|context)\\b`,
);
const INPUT_CUES =
  /\b(?:prompts?|inputs?|questions?|quer(?:y|ies)|send|sends|sent|requests?|messages?|chunks?|retrieved|passages?)\b/g;
const OUTPUT_CUES =
  /\b(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|generat\w*|summar(?:y|ies)|writes?|write-ups?|drafts?|articles?|posts?|suggestions?)\b/g;

function cueDistances(
  text: string,
  re: RegExp,
  fromEnd: boolean,
  keep: (word: string) => boolean = () => true,
): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    if (!keep(m[0])) continue;
    const d = fromEnd
      ? text.length - ((m.index ?? 0) + m[0].length)
      : m.index ?? 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * The distances of the input and output cues in `text`. A noun the task reads
 * (taskArtefacts.ts: "articles" in a request to translate them) is an input cue, though the same
 * noun is an output cue on its own ("articles" a model writes).
 */
function directionDistances(
  text: string,
  fromEnd: boolean,
  consumed: Set<string>,
): { dIn: number; dOut: number } {
  const read = (word: string) => consumed.has(nounStem(word));
  return {
    dIn: Math.min(
      cueDistances(text, INPUT_CUES, fromEnd),
      cueDistances(text, OUTPUT_CUES, fromEnd, read),
    ),
    dOut: cueDistances(text, OUTPUT_CUES, fromEnd, w => !read(w)),
  };
}

/**
 * A limit word just before a length ("at most 8k tokens of input", "up to 30k tokens in"): a
 * length of the input said as a limit is the longest input, not the typical one. A typical word
 * after the limit heads this length, the limit closing the one before it: "window 16k max,
 * usually 2,000 tokens in" is a typical input.
 */
function limitBefore(ctx: QuantityContext, start: number): boolean {
  const before = ctx.text
    .slice(Math.max(0, start - 25), start)
    .replace(/^.*\d/, '')
    .replace(
      /^.*\b(?:typical(?:ly)?|usually|normally|(?:on|in) average|median)\b/,
      '',
    );
  return (
    LONGEST_RE.test(before) ||
    LIMIT_RIGHT_BEFORE_RE.test(before) ||
    LIMIT_SIGN.test(before)
  );
}

/**
 * A verb of giving back, right before a length (past hedges): what comes back to the asker is
 * the output. "findings come back at ~900 tokens", "the bot returns about 250 tokens", "we get
 * back 400 tokens", "it replies with ~60 tokens", "it returns a risk memo of roughly 1,500 tokens".
 */
const RETURNED_BEFORE =
  /\b(?:(?:return(?:s|ed|ing)?|produc(?:e|es|ed|ing)|writes?|generates?|spits?\sout)\s(?:an?|the|one)\s(?:[a-z-]+\s){0,3}?[a-z-]+\sof|(?:comes?|came|coming|gets?|got|getting|sends?|sent|writes?|wrote)\sback|return(?:s|ed|ing)?|(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?)\swith|spits?\sout|produc(?:e|es|ed|ing)|emits?)\s(?:(?:at|as|in|with|about|around|roughly|usually|typically|maybe|under|up to|~)\s?)*$/;
/**
 * What a search or a retriever returns is read by the model, not written by it: "the vector
 * search returns ~2,000 tokens" is input.
 */
const RETRIEVAL_SUBJECT =
  /\b(?:retriev\w*|search\w*|look-?ups?|vector|index|database|db|rag|rerank\w*)\b/;

/**
 * "Context" as part of what the prompt holds rather than as the window: retrieved ("the
 * retrieved context", "RAG context") or added to another part of the prompt ("context plus the
 * question", "the query with its context") or carried by the prompt ("prompts carry account context of
 * about 2,000 tokens", "each message includes some order context"). A length of that sum is the prompt's typical length;
 * "context up to 32k" or "prompts, with a context of 32k" still speak of the window. "Prompt
 * context" is the context the prompt holds ("prompt ctx ~3k tok", "the prompt context is about 1,500
 * tokens"), not "prompt context window".
 */
const PROMPT_PART =
  '(?:questions?|quer(?:y|ies)|prompts?|messages?|instructions?|system prompt)';
const CONTEXT_AS_CONTENT = new RegExp(
  `\\b(?:retrieved|rag|supporting|relevant|added|additional|extra|background|search)\\s(?:[a-z-]+\\s)?context\\b(?!\\s(?:window|length|size))|\\bprompts?\\s(?:context|ctx)\\b(?!\\s(?:window|length|size|limit))|\\b${PROMPT_PART}\\s(?:carry|carries|include|includes|contain|contains|hold|holds|bring|brings)\\s(?:(?:the|some|its|their|our)\\s)?(?:[a-z-]+\\s)?context\\b(?!\\s(?:window|length|size))|\\bcontext\\s(?:plus|\\+|and|with|together with|along with)\\s(?:(?:the|a|an|its|their|each|every)\\s)?(?:user'?s?\\s)?${PROMPT_PART}\\b|\\b${PROMPT_PART}\\s(?:plus|\\+|and|with|together with|along with)\\s(?:(?:the|its|their|some|any)\\s)?(?:retrieved\\s)?context\\b(?!\\s(?:window|length|size|of|up to))`,
);

/** Nouns of a part of a prompt: several of them make one prompt. */
const PART_NOUN =
  /^(?:chunks?|passages?|snippets?|excerpts?|pieces?|sections?|pages?|results?|hits?|examples?|shots?)$/;

/**
 * What a text is turned into is the output, whatever the noun: "summarise them into roughly
 * 800-token briefs", "condense each filing into a 300-token abstract", "boil the thread down to
 * 100 tokens". A verb of summing up or rewriting, its object (up to four words), then "into" or
 * "down to" and hedges, right before the length. Cutting text into parts is no output ("turn
 * the manuals into 500-token chunks" makes the prompt's parts), nor is trimming or compressing
 * (of the input, as often as not).
 */
const TURNED_INTO_BEFORE =
  /\b(?:summari[sz](?:e|es|ed|ing)|condens(?:e|es|ed|ing)|distill?(?:s|ed|ing)?|rewrit(?:e|es|ing)|rewritten|turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|transform(?:s|ed|ing)?|boil(?:s|ed|ing)?)\s(?:[a-z'-]+\s){0,4}?(?:into|down\sto|down\sinto)\s(?:(?:a|an|one|short|brief|roughly|about|around|approximately|maybe|max|at most|under|~)\s?)*$/;

/**
 * A page count right before a length in tokens, which says it again in tokens: "200 pages,
 * easily 100k tokens", "50 pages (about 30k tokens)", "a 300-page filing, i.e. ~180k tokens",
 * or in a relative clause on the pages that converts them ("400 pages, which our team estimates
 * at about 240k tokens", "90 pages, which works out to 55k tokens"). The tokens are the
 * document's length, the longest input, as the pages would be.
 */
const PAGES_RESTATED_BEFORE =
  /\b\d[\d,.]*\s?k?\s?\+?\s?-?\s?pages?(?:\slong)?(?:\s?[,(–—:-]\s?|\s(?=or\b|i\.e\.|so\b|which\b|that'?s\b))(?:which\s(?:[a-z']+\s){0,6}?(?:puts?|estimates?|estimated|reckons?|comes?\sto|works?\sout\s(?:at|to)|means|translates?\s(?:to|into))\s(?:(?:it|them)\s)?(?:(?:at|as)\s)?)?(?:(?:easily|about|around|roughly|approximately|maybe|probably|up to|over|or|so|i\.e\.|call it|say|that'?s|which is|~)\s?)*$/;

/** "out" as ops shorthand right before a length: "; out ~150", "in 2k, out: 300", "outs short, ~40". */
const OUT_BEFORE =
  /(?:^|[\s;,(/])outs?\s?(?:(?:short|long|brief|small)\s?,?\s?)?[:=]?\s?(?:(?:about|around|roughly|maybe)\s|~\s?)?$/;

/**
 * A noun then "in" or "out" as ops shorthand right after a length: "~2k-token emails in",
 * "300-token summaries out,". Only punctuation or the end may follow, so "4k-token documents in
 * our archive" stays a document's length.
 */
const NOUN_THEN_DIRECTION =
  /^\s?-?\s?[a-z]+\s(?:(?<in>in|input)|(?<out>out|output))\s*(?:[,;.)/]|$)/;

/**
 * Words that make a typical length of a document the longest input: the window ("context"), the
 * document whole ("whole", "entire", "full") or long ("long documents"). "The document is long,
 * maybe 10k tokens" says how long a typical one is, and "full text" names the document itself.
 */
const LONGEST_WORD =
  /\b(?:context|ctx|window|whole|entire)\b|(?<!\b(?:is|are|be|quite|very|pretty|rather|fairly|so)\s)\blong\b|\bfull\b(?![\s-]texts?\b)/;

/**
 * A verb of producing and the words after it that may be its object ("generate short personalised
 * stories", "each producing about 6 documents"): up to four words, none past a preposition, so
 * "we generate reports from transcripts" makes reports, not transcripts.
 */
const PRODUCING_VERB_OBJECT =
  /\b(?:produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s((?:(?!(?:from|for|of|with|on|in|into|to|out|by|and|or)\b)[\w'-]+\b\s?){1,4})/g;

/** The stems of the nouns the text says are produced (PRODUCING_VERB_OBJECT). */
function producingObjects(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PRODUCING_VERB_OBJECT))
    for (const w of m[1].split(/\s+/)) if (w) out.add(nounStem(w));
  return out;
}

/**
 * A verb of length right before a length (past hedges), which says how long its subject is: "a
 * draft reply runs to roughly 600 tokens" measures the reply, as "is" would. Read as "is" for
 * the noun owning the length, so an output noun before it makes the length the output's ("long
 * documents run to 90k tokens" stays the longest input, a document being no output). "come out
 * at" measures too: "the summaries come out at 300 tokens", "scans come out at 80k tokens".
 */
const LENGTH_VERB_AT_END =
  /\s(?:(?:runs?|running|goes|going|reach(?:es|ing)?|stretch(?:es|ing)?)\s(?:(?:up\s)?to|over|into|past)|(?:comes?|came|coming)\sout\s(?:at|to))\s(?=(?:(?:about|around|roughly|usually|typically|maybe|~)\s?)*$)/;

/** Whether the words just before a length give it back as the answer (RETURNED_BEFORE). */
function returnedAsAnswer(before: string): boolean {
  const verb = RETURNED_BEFORE.exec(before);
  if (!verb) return false;
  // the subject of the verb: the words of its clause before it
  const clauses = before.slice(0, verb.index).split(/[,;.!?:]/);
  return !RETRIEVAL_SUBJECT.test(clauses[clauses.length - 1]);
}

/**
 * The prompt or the answer as the subject of a clause: "the output is (a few files)", "prompts
 * are (the surrounding file)", "what they want back is (a two-page digest)". A length after the
 * clause is that subject's.
 */
const SUBJECT_OF_LENGTH =
  /\b(?:the\s|its\s|our\s|each\s|every\s)?(?<noun>outputs?|prompts?|inputs?|answers?|responses?|repl(?:y|ies))\s(?:is|are|will be|would be|should be)\s|\bwhat\s(?:they|we|you|users?|people|clients?|customers?|the\s[a-z]+)\s(?:want|get|need|expect|receive)s?\s(?<back>back\s)?(?:is|are)\s/;
/** A length said to cover all or nearly all of the texts: "would cover nearly all of them". */
const COVERS_ALL_AFTER =
  /^\s(?:(?:would|will|should|could|can|does|do)\s)?(?:covers?|handles?|fits?)\s(?:(?:nearly|almost|practically|virtually|pretty much|basically)\s)?(?:all|every|any|99)\b/;

/**
 * A heading naming the prompt or the answer at the start of its sentence or list item, then a
 * colon, then words with no number, up to the length: "Output: a findings report of ~1,500
 * tokens", "- Answer: a short memo, about 300 tokens", "Input: the full policy, up to 60k
 * tokens". The heading says what the length measures, whatever the nouns after it.
 */
const HEADING_THEN_WORDS =
  /^\s*(?:[-*•]\s?)?(?<noun>outputs?|answers?|responses?|repl(?:y|ies)|completions?|inputs?|prompts?)\s?:\s?[^\d:]*$/;

/** The same subject, then its clause, then a comma right before the length. */
const SUBJECT_THEN_COMMA = new RegExp(
  `(?:${SUBJECT_OF_LENGTH.source})[^,.;:!?]*,\\s?(?:(?:about|around|roughly|maybe|approximately|call it|say)\\s|~\\s?)*$`,
);

function tokenRole(
  ctx: QuantityContext,
  start: number,
  end: number,
  attached: string,
  tokensEnd: number,
  produced: Set<string>,
  consumed: Set<string>,
): TokenRole | undefined {
  const role = cuedTokenRole(
    ctx,
    start,
    end,
    attached,
    tokensEnd,
    produced,
    consumed,
  );
  const after = ctx.text.slice(tokensEnd, tokensEnd + 25);
  // "like 40k tokens typically, sometimes up to 90k": a typical word right after the length
  if (role === 'max' && TYPICAL_AFTER.test(after)) return 'input';
  // "we'll chunk those to 8k tokens max": a limit word right after an input makes it the longest
  if (role === 'input' && LIMIT_AFTER.test(after)) return 'max';
  return role;
}

/** The role of a length by the words around it (tokenRole, before the words right after it). */
function cuedTokenRole(
  ctx: QuantityContext,
  start: number,
  end: number,
  attached: string,
  tokensEnd: number,
  produced: Set<string>,
  consumed: Set<string>,
): TokenRole | undefined {
  const direct = attached.trim().replace(/^of\s/, '');
  // "the output is a few files, ~1,200 tokens": the subject of the clause just before decides
  // (read on the text itself: "a few files" may have become a number)
  const said = SUBJECT_THEN_COMMA.exec(
    ctx.text.slice(Math.max(0, start - 80), start),
  )?.groups;
  const subject =
    said?.noun ?? (said?.back !== undefined ? 'output' : undefined);
  if (subject && !direct) {
    if (!/^(?:prompts?|inputs?)$/.test(subject)) return 'output';
    // "inputs are full papers, up to 64k tokens": a limit makes it the longest input
    return limitBefore(ctx, start) ? 'max' : 'input';
  }
  // "Output: a findings report of ~1,500 tokens": a heading at the start of the sentence decides
  const heading = HEADING_THEN_WORDS.exec(
    ctx.text
      .slice(0, start)
      .split(/[\n.;!?]/)
      .pop() ?? '',
  )?.groups?.noun;
  if (heading && !direct) {
    if (!/^(?:prompts?|inputs?)$/.test(heading)) return 'output';
    return limitBefore(ctx, start) ? 'max' : 'input';
  }
  // "60k tokens would cover nearly all of them": a length that covers the documents is the longest
  if (COVERS_ALL_AFTER.test(ctx.text.slice(tokensEnd, tokensEnd + 60)))
    return 'max';
  // "about 3,000 tokens including repository context": the context is part of the prompt measured
  if (
    /^(?:including|incl|with|plus)$/.test(direct) &&
    /^\s?(?:the\s|its\s|our\s|their\s|all\s)?(?:[a-z-]+\s)?(?:context|history|instructions|system prompt)\b/.test(
      ctx.text.slice(
        tokensEnd + attached.length,
        tokensEnd + attached.length + 50,
      ),
    )
  )
    return limitBefore(ctx, start) ? 'max' : 'input';
  // the noun the length qualifies, past describing words: "a 500-token product record"
  const qualified = /^\s?-?\s?of\s/.test(attached)
    ? undefined
    : tokenNounAfter(ctx.text.slice(tokensEnd, tokensEnd + 40));
  const qualifiedRole = qualified ? tokenRoleOfNoun(qualified) : undefined;
  // what a text is made from is its input: "generated from a 500-token record"
  if (
    FROM_SOURCE_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) &&
    qualifiedRole !== 'max'
  )
    return 'input';
  // "those can be 200 pages, easily 100k tokens": the document's length said again in tokens
  if (
    PAGES_RESTATED_BEFORE.test(ctx.text.slice(Math.max(0, start - 90), start))
  )
    return 'max';
  // "summarise them into 800-token briefs": what the text becomes is written by the model
  if (
    TURNED_INTO_BEFORE.test(ctx.text.slice(Math.max(0, start - 80), start)) &&
    !PART_NOUN.test(qualified ?? direct.split(/\s/)[0])
  )
    return 'output';
  // ops shorthand before the number: "out ~150 tokens", "out: 200 tok/answer"
  if (OUT_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start)))
    return 'output';
  // a noun right after "N tokens" / "N-token" decides: "500-token answers", "100k-token documents"
  if (direct) {
    // ops shorthand after the noun: "~2k-token emails in, ~100 tokens out"
    const shorthand = NOUN_THEN_DIRECTION.exec(ctx.text.slice(tokensEnd));
    if (shorthand?.groups?.out) return 'output';
    if (shorthand) return limitBefore(ctx, start) ? 'max' : 'input';
    // ops shorthand: "3,000 tokens in", "350 tokens out"
    if (/^(?:in|input)$/.test(direct))
      return limitBefore(ctx, start) ? 'max' : 'input';
    if (/^(?:out|output)$/.test(direct)) return 'output';
    if (
      /^(?:context|ctx|window|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?)\b/.test(
        direct,
      )
    ) {
      // "a typical request carries about 3,000 tokens of context": a typical prompt's length
      const clauseBefore = ctx.text
        .slice(Math.max(0, start - 60), start)
        .replace(/^.*[\d.;!?]/, '');
      // "a class comes out at around 9k tokens of transcript": a hedged length of one document is
      // a typical one
      const typicalDocument =
        !/^(?:context|ctx|window)\b/.test(direct) &&
        HEDGE_RIGHT_BEFORE.test(clauseBefore);
      return (typicalDocument ||
        (/^context\b/.test(direct) &&
          (TYPICAL_WORDS.test(clauseBefore) ||
            PROMPT_SAID_BEFORE.test(clauseBefore)))) &&
        !EXPLICIT_LONGEST_RE.test(clauseBefore)
        ? 'input'
        : 'max';
    }
    if (
      /^(?:prompts?|inputs?|questions?|quer(?:y|ies)|messages?)\b/.test(direct)
    )
      return 'input';
    if (
      /^(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|summar(?:y|ies)|abstracts?|synops[ie]s|articles?|posts?)\b/.test(
        direct,
      )
    )
      return 'output';
  }
  if (qualifiedRole) return qualifiedRole;
  const ownerText = ctx.text.slice(Math.max(0, start - 50), start);
  // a modifier of the noun that owns the length: "source articles ~2k tokens" are read
  const owner = lengthOwnerBefore(ownerText);
  if (owner?.byModifier) return owner.role;
  // an output noun the task reads is no output: "labels are short, ~300 tokens" when people
  // paste in labels to translate
  const outputOwner = outputOwnerBefore(
    ownerText.replace(LENGTH_VERB_AT_END, ' is '),
  );
  if (outputOwner && !consumed.has(nounStem(outputOwner))) return 'output';
  if (returnedAsAnswer(ownerText)) return 'output';
  // a length of what the task produces is the output: "descriptions are about 350 tokens" in a
  // description generator, "350-token descriptions" (taskArtefacts.ts)
  const measured = ownerNounBefore(ownerText) ?? direct.split(/\s/)[0];
  if (measured && produced.has(nounStem(measured))) return 'output';
  // "1,500 tokens of code out", "6,000 tokens of spec as input": the direction after what they are
  if (/^\s?-?\s?of\s/.test(attached)) {
    const { after: tail } = around(ctx, start, end, 0, 50);
    const direction =
      /^\s?-?\s?(?:tokens?|toks?)\s?-?\s?of\s(?:[a-z-]+\s){1,3}?(?:as\s(?:the\s)?)?(?:(?<out>out|output)|(?<in>in|input))\b/.exec(
        tail,
      );
    if (direction?.groups?.out) return 'output';
    // "at most 8k tokens of input": a limit on the input is the longest one
    if (direction?.groups?.in) return limitBefore(ctx, start) ? 'max' : 'input';
  }
  const near = around(ctx, start, end, 60, 25);
  // a cue belongs to its nearest number: look back no further than the previous number, and
  // ahead no further than the next one or the next "and"/"with" ("2,000 tokens and the
  // summary 200 tokens": "summary" describes the 200)
  const before = near.before.replace(/^.*\d/, '');
  // "800 tokens long" only says it is a length: not "long" as in long documents
  const after = near.after
    .replace(/^(\s?-?\s?(?:tokens?|toks?))\s(?:long|in length)\b/, '$1')
    .replace(/(?:\d|\b(?:and|with|while|whereas)\b).*$/, '');
  // "each transcript is like 6000 tokens": "like" right before the number hedges it
  const typical =
    (/\b(?:averag(?:e|es|ing)|avg|typical(?:ly)?|usually|mostly|around|about|roughly|maybe|~|mean|median)\b|~|≈/.test(
      before,
    ) ||
      /\b(?:is|are|was|were|be|'s)\slike\s?$/.test(before)) &&
    !(TYPICAL_WORDS.test(before)
      ? EXPLICIT_LONGEST_RE.test(before)
      : LONGEST_RE.test(before));
  // "retrieved context plus the question": context said as what the prompt holds is no window
  const cued = CONTEXT_AS_CONTENT.test(before)
    ? before.replace(/\b(?:context|ctx)\b/g, w => ' '.repeat(w.length))
    : before;
  const dMax = cueDistances(cued, MAX_CUES, true);
  const { dIn, dOut } = directionDistances(cued, true, consumed);
  const best = Math.min(dMax, dIn, dOut);
  if (best < Infinity) {
    if (best === dOut) return 'output';
    // "the longest prompt can be 40k tokens": a superlative of the input is the longest one too
    if (best === dIn)
      return LIMIT_OR_CONTEXT_RE.test(cued) ||
        LIMIT_SIGN.test(cued) ||
        /\b(?:longest|biggest|largest)\b/.test(cued)
        ? 'max'
        : 'input';
    // "transcripts are usually around 9,000 tokens": a typical document is the typical input;
    // "up to", "max", "context" or "long" make it the longest one
    return typical &&
      (/\b(?:prompts?|inputs?)\b/.test(cued) || !LONGEST_WORD.test(cued))
      ? 'input'
      : 'max';
  }
  const aMax = cueDistances(after, MAX_CUES, false);
  const { dIn: aIn, dOut: aOut } = directionDistances(after, false, consumed);
  const bestAfter = Math.min(aMax, aIn, aOut);
  if (bestAfter === Infinity)
    return roleFromPreviousClause(ctx, start, consumed, typical);
  if (bestAfter === aOut) return 'output';
  if (bestAfter === aIn) return 'input';
  return 'max';
}

/**
 * A length alone in its clause, after a comma, measures what the clause before it names: "40
 * drafts a day, each roughly 800 tokens" (the drafts), "replies are short, 60 tokens maybe". Only
 * within one sentence, and only from the text after that clause's last number, so "chatbot for
 * 100 users, 500 tokens" stays without a role. A word of summing up may close the clause ("90 letters a
 * week in total, each about 500 tokens"). A typical length (`typical`: "usually", "about")
 * of a document named there is the typical input, as in one clause: "900 memos arrive a day,
 * typically 3,000 tokens long"; unless the clause speaks of the window or of whole documents.
 */
function roleFromPreviousClause(
  ctx: QuantityContext,
  start: number,
  consumed: Set<string>,
  typical: boolean,
): TokenRole | undefined {
  const i = ctx.clauses.findIndex(
    c => start >= c.start && start < c.start + c.text.length,
  );
  const previous = i > 0 ? ctx.clauses[i - 1] : undefined;
  if (!previous) return undefined;
  const joint = ctx.text.slice(
    previous.start + previous.text.length,
    ctx.clauses[i].start,
  );
  if (!/^\s*,\s*$/.test(joint)) return undefined;
  const named = previous.text.replace(/^.*\d/, '').slice(-60);
  // "the output is a few files, ~1,200 tokens", "prompts are the surrounding file, call it 6k
  // tokens": the subject the clause says the length of decides, whatever it is said to be
  const subject = SUBJECT_OF_LENGTH.exec(named)?.groups?.noun;
  if (subject)
    return /^(?:prompts?|inputs?)$/.test(subject) ? 'input' : 'output';
  // "each producing 6 documents a day, usually around 400 tokens", "generate short stories ...
  // and the whole story, roughly 600 tokens": what the clause names is something produced
  const noun =
    /([a-z]+)(?:\s(?:a|per|each|every)\s(?:day|week|month|hour|shift))?(?:\s(?:altogether|in total|in all|total|overall|combined))?\s*$/.exec(
      named,
    );
  if (noun && producingObjects(ctx.text).has(nounStem(noun[1])))
    return 'output';
  const dMax = cueDistances(named, MAX_CUES, true);
  const { dIn, dOut } = directionDistances(named, true, consumed);
  const best = Math.min(dMax, dIn, dOut);
  if (best === Infinity) return undefined;
  if (best === dOut) return 'output';
  if (best === dIn) return 'input';
  return typical && !LONGEST_WORD.test(named) && !LONGEST_RE.test(named)
    ? 'input'
    : 'max';
}

/**
 * "mil" in a length of one text is the thousand of Spanish and Portuguese ("each one until 15 mil
 * tokens", "hasta 8 mil tokens"): the numbers reader takes "mil" as English slang for a million,
 * which is said of money and volumes, and a single prompt or answer of millions of tokens fits no
 * model.
 */
const MIL_SUFFIX = /\d\s?mil$/i;

function setTokens(
  ctx: QuantityContext,
  role: TokenRole,
  read: number,
  written: string,
  givenNote?: string,
  source: 'stated' | 'inferred' = 'stated',
  override = false,
) {
  const mil = MIL_SUFFIX.test(written.trim()) && read >= 1e6;
  const value = mil ? read / 1000 : read;
  const note = mil
    ? [
        givenNote,
        `"${written.trim()}" read as ${fmt(
          value,
        )} tokens ("mil" as a thousand: one text of millions of tokens fits no model)`,
      ]
        .filter(Boolean)
        .join('; ')
    : givenNote;
  const fields = {
    max: 'max_input_tokens',
    input: 'input_tokens',
    output: 'output_tokens',
  } as const;
  const field = fields[role];
  if (!checkPositive(ctx, field, value, written)) return;
  const rounded = Math.round(value);
  const binary =
    /k$/i.test(written.trim()) && rounded % 1024 === 0
      ? `${written.trim()} tokens read as ${fmt(
          rounded,
        )} (k = 1024 for powers of two)`
      : undefined;
  setSignal(
    ctx.signals,
    field,
    rounded,
    source,
    [note, binary].filter(Boolean).join('; ') || undefined,
    { override },
  );
}

/**
 * What a length in tokens may be per, after a slash: "150 tok/step", "400 tokens/request". A
 * slash before a time ("30 tokens/s") or a period ("2M tokens/day") is a speed or a volume.
 */
const PER_ITEM =
  '(?:steps?|requests?|reqs?|calls?|quer(?:y|ies)|items?|docs?|documents?|turns?|messages?|msgs?|pages?|records?|rows?|answers?|repl(?:y|ies)|responses?)\\b';
const TOKENS_RE = new RegExp(
  `(?<num>${N})(?:${RS}(?<num2>${NU}))?\\s?-?\\s?(?:tokens?|toks?)(?![a-z]|/(?!\\s?${PER_ITEM}))(?<attached>\\s?-?\\s?(?:of\\s)?[a-z]+)?`,
  'g',
);
/**
 * A length before what it limits: "32k context", "16k of context", "64k max input", "8k
 * maximum prompt length", "a 64k window" (only after "k": "a 4h window" is time). "input" /
 * "prompt" only with a limit word: "3k input" is typical.
 */
const CONTEXT_AFTER_RE = new RegExp(
  `(?<num>${N})\\s?-?\\s?(?:tokens?\\s)?(?:of\\s)?(?:(?:max(?:imum)?\\s)?(?:context(?:\\s(?:window|length))?|ctx)|(?<=k\\s?-?\\s?(?:tokens?\\s)?)window|max(?:imum)?\\s(?:input|prompt)s?(?:\\s(?:length|size))?)\\b`,
  'g',
);
/**
 * A limit word, a length in thousands and "input" or "prompt" with no "tokens": "papers need up
 * to 32k input", "at most 16k prompt". With a limit word the input is the longest one ("3k
 * input" alone stays a typical length).
 */
const LIMITED_INPUT_RE = new RegExp(
  `\\b(?:up to|at most|no more than|max(?:imum)?(?: of)?)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>\\d[\\d.,]*\\s?k)\\s?-?\\s?(?:of\\s)?(?:input|prompt)s?\\b(?!\\s?(?:tokens?|toks?)\\b)`,
  'gi',
);
/**
 * A verb of a length reaching a size, between "context" and its number: "context can get up to
 * 32k", "the context often reaches 100k", "context will grow to 64k".
 */
const LENGTH_VERB =
  '(?:(?:can|could|may|might|will|would|often|sometimes|usually|easily)\\s)?(?:gets?|go(?:es)?|grows?|reach(?:es)?|runs?|hits?|climbs?|balloons?|be)\\s(?:up\\s)?(?:to\\s)?';
const CONTEXT_BEFORE_RE = new RegExp(
  `\\b(?:(?:contexts?|ctx)(?:\\s(?:window|length|size|cap|limit)s?)?|max(?:imum)?\\s(?:input|prompt)(?:\\s(?:length|size))?)\\s?(?:${LENGTH_VERB})?(?:should be|must be|needs to be|(?:must|should|has to|needs to) cover|covers?|of|:|=|is|up to|around|about|~|at least|>=?|<=?|=<|≤)?\\s?(?:maybe|roughly|about|around|~|at least|max(?:imum)?|min(?:imum)?|at most)?\\s?(?<num>${N})(?![\\d.,]?\\d|k\\b)(?!\\s?(?:users?|%|ms|req))(?!\\s?(?:tokens?\\s|toks?\\s)?(?:in|input)\\b)`,
  'g',
);
/**
 * A size in thousands set beside "context" between commas, as an apposition: "we need long
 * context, 128k, for the ledgers", "big context, ~64k", "context window, 32k". The number is
 * the window, so the longest input, in tokens; it must be said in thousands and nothing after
 * it may make it a count of something else ("context, 20 users" is no size).
 */
const CONTEXT_APPOSITION_RE = new RegExp(
  `\\b(?:context|ctx)(?:\\s(?:window|length|size))?,\\s(?:(?:about|around|roughly|maybe|at least)\\s|~\\s?)?(?<num>\\d[\\d.,]*\\s?k)(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'gi',
);

/**
 * A cap put on the context, the verb before it: "cap the context at 64k", "limit the context
 * window to 32k tokens", "context capped at 16k", "keep prompts under 8k". The number is the
 * longest input, in tokens; nothing after it may make it a count of something else.
 */
const CONTEXT_CAP_RE = new RegExp(
  `\\b(?:(?:cap|caps|capping|limit|limits|limiting|keep|keeping)\\s(?:the\\s|its\\s|our\\s|their\\s)?(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)|(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)\\s(?:is\\s|are\\s|should be\\s|must be\\s)?(?:capped|limited))\\s(?:at|to|under|below)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);
/**
 * The longest context or prompt said with a relative clause before its length: "the longest
 * context we must handle is 24k", "the biggest prompt users will ever send is 32k tokens", "the
 * largest input it has to handle would be about 8k". A superlative before the noun, up to four
 * words of the clause, then "is" and the length; nothing after it but tokens (so "the longest
 * prompt we get is 3 pages" is left to the pages reader).
 */
const LONGEST_WITH_CLAUSE_RE = new RegExp(
  `\\b(?:longest|largest|biggest|max(?:imum)?)\\s(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)\\s(?:that\\s)?(?:[a-z']+\\s){1,4}?(?:is|are|will be|would be|could be|can be)\\s(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);
/**
 * A bare limit after "context" in its sentence: "context gets big with tool outputs, assume 64k
 * max", "context can grow; 32k at most", "32k worst case", "contexts get huge with log dumps, up to
 * 128k", "context grows with every tool call, cap it at 32k"; or a size said to be enough: "the context can stay
 * small, 8k will do", "context isn't critical, 16k is plenty". The number is the longest input,
 * in tokens.
 */
const CONTEXT_THEN_LIMIT_RE = new RegExp(
  `\\b(?:contexts?|ctx)\\b[^.!?;\\d]{0,60}?(?<num>${N})\\s?(?:tokens?\\s)?(?:max(?:imum)?|at most|tops|(?:in\\s(?:the\\s)?)?worst[\\s-]case|(?:is|are|should be|would be|will be)\\s(?:plenty|enough|sufficient|ample)|will do|suffices)\\b|\\b(?:contexts?|ctx)\\s(?:get|gets|grow|grows|can get|can grow|run|runs)\\b[^.!?;\\d]{0,60}?\\b(?:up to|as (?:big|long|large) as|(?:cap|caps|capped|limit|limited|clamp|clamped)\\s(?:(?:it|them)\\s)?(?:at|to))\\s(?<num2>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'g',
);
/**
 * A need for a context said after "context" in its sentence, the number bare: "context windows
 * matter to us - we need at least 32k", "long context is key; we want 64k", "the context length
 * should be no less than 8k tokens". A minimum ("at least", "no less than", "a minimum of") or a
 * verb of needing right before the number; no other number between; nothing after it that makes
 * it a count of something else ("at least 16 GPUs").
 */
const CONTEXT_THEN_NEED_RE = new RegExp(
  `\\b(?:context|ctx)\\b[^.!?;\\d]{0,60}?\\b(?:at least|no less than|(?:a\\s)?minimum(?:\\sof)?|(?:need|want|require)s?(?:\\sat least)?)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);
/**
 * "8k prompts", "2k completions": a length in thousands of tokens, said with the noun it measures.
 * A count per a period ("450k completions/hour", "3k prompts per day", "20k answers nightly") is
 * a volume of requests, whether the period is said with a word or a slash, as is a count of
 * requests named by their kind ("95 completion requests/s") or per person ("~1,100 completions per
 * dev per day"). The number and its noun share a line: "cap 16k\n- answers ~400 tokens" ends one
 * item of a list at the number.
 */
const NOUN_TOKENS_RE = new RegExp(
  `(?<num>${N})[^\\S\\n]?-?[^\\S\\n]?(?<noun>prompts?|inputs?|outputs?|completions?|responses?|answers?)(?![a-z])(?!\\s?(?:requests?|reqs?|calls?|queries|rps|qps)\\b)(?!\\s?(?:/\\s?|per\\s)(?:user|dev|developer|engineer|person|head|seat|member|agent|day|hour|month|week)\\b)(?!\\s?(?:/\\s?|(?:per|a|an|each|every)\\s)(?:s|sec|second|min|minute|h|hr|hour|d|day|night|wk|week|mo|month|yr|year)\\b)(?!\\s?(?:nightly|daily|hourly|weekly|monthly)\\b)`,
  'g',
);
/** One length for both directions: "about 300 tokens either way", "~500 tokens in and out". */
const EITHER_WAY_RE = new RegExp(
  `(?<num>${N})\\s?(?:tokens?|toks?)\\s(?:either way|each way|both ways|in both directions|each direction|in and out)\\b`,
  'g',
);
/**
 * A length named by its field, as in a config or a form: "in_tokens: ~700", "output_tokens=120",
 * "prompt tokens: 2,500", "completion-tokens: 80". The key says the direction and that the number
 * is in tokens. "max_tokens" says neither (a cap on the output in some APIs), so it is left out.
 */
const KEYED_LENGTH_RE = new RegExp(
  `\\b(?:(?<inKey>in|input|prompt)|(?<outKey>out|output|completion))[_\\s-](?:tokens?|toks?)\\s?[:=]\\s?(?:~\\s?|(?:about|around|approx(?:imately|\\.)?)\\s)?(?<num>${N})(?![\\d.,]?\\d)(?![ \\t]?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'gi',
);

/** A hedge or a limit after a bare length: "answers 400 or so", "replies 200 tops". */
const HEDGE_AFTER =
  '(?:or so|or thereabouts|or less|or fewer|or under|or shorter|give or take|tops|at most|max)';
/**
 * A bare number after a noun of text or a verb of answering, read as tokens when the request
 * speaks of tokens: "prompts ~500", "summaries ~150", "answers up to 300", "it returns 400", "the
 * digest comes out at around 250", "prompts ~6k after retrieval". Which
 * nouns count is decided in code (any output noun, and the nouns of input), not by a list here.
 */
const CUE_THEN_NUMBER_RE = new RegExp(
  `\\b(?<cue>gets back|writes back|sends back|comes back with|(?:comes?|came|coming) out|replies with|responds with|spits out|[a-z-]+)\\s(?:(?:are|is|of|at|around|about|maybe|roughly|usually|typically|perhaps|probably|up to|under|below|at most|no more than|max|~|:|=)\\s?)*(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?:(?!${HEDGE_AFTER}\\b|(?:after|before|with|including|once)\\s)[a-z%$/]|-))`,
  'g',
);
/** "come out" as a verb of measuring what is made: "the digests come out at about 250". */
const COME_OUT = /^(?:comes?|came|coming) out$/;
/** Verbs of answering before a length: its output. */
const ANSWER_VERB =
  /^(?:returns|gets back|writes back|sends back|comes back with|(?:comes?|came|coming) out|replies with|responds with|spits out)$/;

/**
 * Ops shorthand for lengths: "4k in 1k out", "2k in / 500 out", "in/out 2k/300", with a hedge on
 * the second length ("3k tokens in, ~40 out", "1k in and about 200 out", "600 tok in / 90 out");
 * "out of" is no output. The words may also come first, the two lengths split by a slash and
 * sharing the unit said after the second: "input 3,500 / output 250 tokens", "in: 2k / out: 300
 * tokens" (in a request that speaks of tokens).
 */
const IN_OUT_RE = new RegExp(
  `(?<inp>${N})\\s?(?:(?:tokens?|toks?)\\s)?(?:in|input)\\s?[,/;]?\\s?(?:and\\s)?(?:~\\s?|(?:about|around|roughly|maybe|approx(?:imately|\\.)?)\\s)?(?<out>${N})\\s?(?:(?:tokens?|toks?)\\s)?(?:out|output)\\b(?!\\s?of\\b)|\\bin\\s?/\\s?out\\s?:?\\s?(?<inp2>${N})\\s?/\\s?(?<out2>${N})|\\b(?:in|input)\\s?[:=]?\\s?(?:~\\s?)?(?<inp3>${N})\\s?(?:(?:tokens?|toks?)\\s?)?/\\s?(?:out|output)\\s?[:=]?\\s?(?:~\\s?)?(?<out3>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'g',
);
/**
 * Pages as the length of one document: "100-page contracts", "200+ pages", "up to 50 pages", "30
 * pages long", and a length verb before the count ("run to 150 pages", "can span 300 pages",
 * "often reach 80 pages"); not a volume ("40,000 pages a day").
 */
const PAGES_RE = new RegExp(
  `(?:(?:up to|of|over|often|typically|around|about)\\s)?(?<num>${N})(?:-pages?\\b|-pager\\b|\\s?\\+\\s?pages?\\b|\\s?pages?\\s(?:long|each|per (?:document|doc|file|contract|report))\\b)|\\b(?:up to|documents? of|contracts? of|reports? of)\\s(?<num2>${N})\\s?pages?\\b|\\b(?:run(?:s|ning)?\\s(?:to|up to|over|into|past)|spann?(?:s|ing)?|stretch(?:es|ing)?\\s(?:to|over)|reach(?:es|ing)?|can be|are (?:often|usually|typically|sometimes|mostly|generally)|averag(?:e|es|ing)|as long as)\\s(?:about\\s|around\\s|roughly\\s|up to\\s|over\\s|~\\s?)?(?<num3>${N})\\s?pages?\\b(?!\\s?(?:/\\s?|(?:per|a|an|each|every)\\s)(?:day|night|hour|week|month|year)\\b)`,
  'g',
);

/** What is written, right after its page count: "a one-page summary", "a 2-page memo". */
const PAGES_OF_OUTPUT_AFTER =
  /^\s?(?:summar(?:y|ies)|memos?|briefs?|briefings?|overviews?|digests?|write-?ups?|answers?|responses?|replies|recaps?|abstracts?)\b/;

/**
 * A source searched for what to answer with, right before its page count: "looks up answers in
 * our 900-page policy handbook", "search the 3,000-page wiki", "retrieves passages from a
 * 1,200-page manual", "RAG over our 400-page rulebook", "grounded in the 700-page code". Only
 * the parts found go into a prompt, so its pages are the size of a corpus, not the length of one
 * input ("find the clauses in our 300-page contracts" reads each contract whole).
 */
const SEARCHED_SOURCE_BEFORE =
  /\b(?:look(?:s|ed|ing)?\s(?:[a-z]+\s){0,2}?up|search(?:es|ed|ing)?|retriev(?:e|es|ed|ing)|rag|grounded)\s(?:[a-z'-]+\s){0,4}?(?:(?:in|from|over|across|through|within|on)\s)?(?:(?:our|the|their|its|a|an|this|that|his|her|my|your|whole|entire|full)\s)*$/;

/**
 * Nothing after a bare number that makes it a count of something else ("16 GPUs", "20%", "3
 * req/s"), its line ending it: a bullet dash on the next line ("hard cap 16k\n- answers ...")
 * starts the next item, not a unit.
 */
const NOTHING_AFTER = '(?![\\d.,]?\\d|[^\\S\\n]?[a-z%$/-]|\\n\\s*[a-z%$/])';

/**
 * A bare number as the longest of a length said just before it: "typically 12k tokens, but it
 * can go up to 64k", "prompts are 2k tokens, at most 10k", "averaging 45k tokens; the longest run
 * to about 120k", "the biggest maybe 40k" (a hedge before the number), "biggest ~40k"; or with the limit word
 * after it at the end of its clause: "avg 2,000 input
 * tokens, 300 output, 32k max", "1,500 tok typical, 32k worst case". Only after a token length in
 * the same sentence, and only when larger than it: the unit is the one just used.
 */
const LONGEST_BARE_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE}|max(?:imum)? of|as (?:much|high) as|peaks? at|tops out at|longest|biggest|largest|the (?:longest|largest|biggest) (?:[a-z]+ )?(?:ones? )?(?:(?:are|is|can be|may be|often|sometimes)\\s)?(?:run to|runs? to|running to|reach(?:es|ing)?|hit(?:s|ting)?|are|is|at)|the (?:longest|largest|biggest)(?:\\s(?!is\\b|was\\b)[a-z']+){1,4}?\\s(?:is|was|are|were|has been)|(?:can|could|may|might)\\s(?:be|get|go|reach|hit|run)(?:\\s(?:up\\s)?to)?)\\s(?:(?:about|around|roughly|maybe|perhaps|probably)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|[^\\S\\n]?(?!(?:for|when|if|on)\\s)[a-z%$/-]|\\n\\s*[a-z%$/])|\\b(?:a|an|with a|with an)\\s(?<num2>${N})\\s?(?:max(?:imum)?|ceiling|cap|upper limit|worst case)\\b|(?<![\\d.,])(?<num3>${N})\\s?(?:max(?:imum)?|at most|tops|worst[\\s-]case|at (?:the )?(?:worst|longest))(?=\\s?(?:[,.;:!?)]|$))`,
  'g',
);

/**
 * The dot of a shorthand that leaves its sentence going: "incl.", "excl.", "approx.", "ca.",
 * "typ.", "e.g.", "i.e.", "vs.", "esp.", "w/o" has none ("docs ~5k tokens excl. tables, biggest
 * ~30k" is one sentence).
 */
const ABBREVIATION_DOT_RE =
  /\b(?:incl|excl|approx|ca|typ|esp|vs|e\.g|i\.e)\.(?=\s?[\w~≈<>≤(])/g;

/**
 * Whether the text from `from` to `to` ends a sentence: a full stop, a question or an
 * exclamation mark, but not the dot of a shorthand ("prompts ~2k tokens incl. the history, at most
 * 10k" keeps its two lengths together; "prompts ~2k tokens. At most 10 users" does not). The
 * shorthand may begin before `from` (a length's match can take the word after it).
 */
function endsSentence(text: string, from: number, to: number): boolean {
  const plain = text.replace(ABBREVIATION_DOT_RE, a => `${a.slice(0, -1)} `);
  return /[.!?]/.test(plain.slice(from, to));
}

/** The longest input said bare after a typical length in its sentence (LONGEST_BARE_RE). */
function readBareLongest(
  ctx: QuantityContext,
  said: Array<{ end: number; value: number }>,
): void {
  if (ctx.signals.values.max_input_tokens !== undefined) return;
  for (const m of matches(ctx, LONGEST_BARE_RE)) {
    const num = m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3;
    const value = parseTokenCount(num);
    const length = said.find(
      l => l.end <= m.index && !endsSentence(ctx.text, l.end, m.index),
    );
    if (!length || !(value > length.value)) continue;
    const [s, e] = groupSpan(m, num);
    setTokens(
      ctx,
      'max',
      value,
      num,
      `"${m[0].trim()}" after a length of ${fmt(
        length.value,
      )} tokens read as the longest input`,
    );
    ctx.spans.take(s, e);
    return;
  }
}

/**
 * A bare number as the typical length after the longest one said just before it: "inputs run
 * up to about 12,000 tokens, typically around 3,000", "documents reach 50k tokens, usually 8k",
 * "up to 12k tokens of context (typically 7-9k)", a range read at its middle. A median or a mean
 * is a typical length too ("files up to 40k tokens, median ~9k", "mean: 3k"), and the typical word
 * may head the noun it measures and a verb of length ("the window must take 64k; typical
 * prompts sit around 20k", "a median file is about 9k"). Shorthand and a hedge read the same:
 * "<= 4k tokens, typ. 1,200", "up to 20k tokens, usually more like 3k". Only after a longest
 * length in the
 * same sentence, and only when smaller than it.
 */
const TYPICAL_BARE_RE = new RegExp(
  `(?:\\btyp\\.|\\b(?:typical(?:ly)?|usually|normally|mostly|generally|on average|averaging|average|median|mean|p50)(?:\\s(?!(?:up|but|and|or|at|max|over|under)\\b)[a-z-]+\\s(?:is|are|sits?|sitting|lands?|landing|hovers?|hovering|comes? in at|runs?|tends? to be)(?:\\s(?:at|around|about|near))?|\\s?[:=])?)\\s(?:(?:about|around|roughly|maybe|approximately|(?:more |something )?like|closer to)\\s|~\\s?)?(?<num>${N})(?:${RS}(?<hi>${NU}))?${NOTHING_AFTER}`,
  'g',
);

/**
 * The middle of a typical length said as a range, the scale of its upper end covering a bare
 * lower end: "typically 7-9k" is 8,000.
 */
function middleOfRange(lo: string, hi: string): number {
  const high = parseTokenCount(hi);
  // the "k" borrowed from the upper end is a thousand, as a range is said ("4-6k" = 4,000-6,000)
  const low =
    /^\s*[\d.,]+\s*$/.test(lo) && /k\s*$/i.test(hi)
      ? parseNumberToken(lo) * 1000
      : parseTokenCount(lo);
  return (low + high) / 2;
}

/** A length said in tokens earlier in the request, as the bare-number readers see it. */
type SaidLength = { end: number; value: number; role?: TokenRole };

/**
 * A bare number matched by `re` read as the `role` length, when a length said before it in its
 * sentence, in tokens, fits (`fits`): the unit said once covers the number after it. One number
 * at most; `why` says how it was read, for the note.
 */
function readBareAfterSaid(
  ctx: QuantityContext,
  said: SaidLength[],
  re: RegExp,
  role: TokenRole,
  fits: (before: SaidLength, value: number) => boolean,
  why: (before: SaidLength) => string,
): void {
  const field = role === 'output' ? 'output_tokens' : 'input_tokens';
  if (ctx.signals.values[field] !== undefined) return;
  for (const m of matches(ctx, re)) {
    const num =
      m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3 ?? m.groups!.num4;
    const value = m.groups!.hi
      ? middleOfRange(num, m.groups!.hi)
      : parseTokenCount(num);
    const before = said.find(
      l =>
        l.end <= m.index &&
        // its sentence; a semicolon joins shorthand ("prompts ~3k tokens; ~400 out")
        !endsSentence(ctx.text, l.end, m.index) &&
        fits(l, value),
    );
    if (!before) continue;
    const [s, e] = groupSpan(m, num);
    setTokens(ctx, role, value, num, `"${m[0].trim()}" ${why(before)}`);
    ctx.spans.take(s, e);
    return;
  }
}

/** The typical input said bare after the longest one in its sentence (TYPICAL_BARE_RE). */
function readBareTypical(ctx: QuantityContext, said: SaidLength[]): void {
  readBareAfterSaid(
    ctx,
    said,
    TYPICAL_BARE_RE,
    'input',
    (longest, value) => longest.role === 'max' && value < longest.value,
    longest =>
      `after a longest length of ${fmt(
        longest.value,
      )} tokens read as the typical input`,
  );
}

/**
 * A bare number as the output's length after a length in tokens said before it in its sentence:
 * "inputs are typically 3,000 tokens and the summary should be around 250", "input ca. 1,500
 * tokens, output ca. 900", "input ≈ 900 tokens, output ≈ 150", "summaries ≤ 80". The unit said once
 * covers both.
 */
const OUTPUT_BARE_RE = new RegExp(
  `\\b(?:summary|summaries|answer|answers|output|outputs|reply|replies|response|responses|result|results|draft|drafts|letter|letters|completion|completions)\\s(?:(?:should|would|will|must|can|could|might)\\s(?:be\\s)?|is\\s|are\\s|of\\s|at\\s|with\\s|comes?\\sto\\s|runs?\\s(?:to\\s)?|:\\s?)?(?:also\\s)?(?:(?:about|around|roughly|maybe|perhaps|approximately|ca\\.?|circa|typically|usually|under|at most)\\s|~\\s?|≈\\s?|(?:≤|<=?)\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * The output as "out" in shorthand, before or after its bare number: "in ~6k tok, out ~500",
 * "prompts ~3,000 tokens, so ~400 out" (not "out of 500"); or as what the model writes, joined
 * to the input by "and": "consumes c. 9,000 input tokens and writes ~700"; or as the input's
 * length changed: "a recipe is 900 tokens and the Spanish comes out a bit longer, call it 1,000".
 */
const OUT_BARE_RE = new RegExp(
  `\\bout\\s?(?:[:=]\\s?)?(?:(?:about|around|roughly|maybe|approximately|ca\\.?)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])|(?<![\\w.,])(?:~\\s?)?(?<num2>${N})\\sout\\b(?!\\s(?:of|there|loud|now)\\b)|\\band\\s(?:writes|returns|produces|generates|outputs|emits|spits\\sout)\\s(?:(?:about|around|roughly|maybe|approximately)\\s|~\\s?)?(?<num3>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])|\\bcomes?\\sout\\s(?:(?:a\\s(?:bit|little|touch)|slightly|somewhat)\\s)?(?:longer|shorter|bigger|smaller)(?:\\sthan\\s(?:the\\s)?[a-z]+)?,?\\s(?:call\\sit|say|so|about|around|roughly|maybe|~)\\s?(?<num4>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * The input said small with its bare length after a length in tokens in its sentence: "outputs
 * are long, 2500 tokens avg, inputs small (~400)", "prompts short, about 300".
 */
const INPUT_BARE_RE = new RegExp(
  `\\b(?:inputs?|prompts?)\\s(?:(?:are|is)\\s)?(?:(?:fairly|pretty|quite|very|rather)\\s)?(?:small|short|tiny|brief|smaller|shorter)\\s?,?\\s?\\(?\\s?(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * A length of `role` said bare after another length in tokens in its sentence: the output
 * (OUTPUT_BARE_RE, OUT_BARE_RE) or the input said small (INPUT_BARE_RE).
 */
function readBareOfRole(
  ctx: QuantityContext,
  said: SaidLength[],
  role: 'input' | 'output',
): void {
  const res =
    role === 'output' ? [OUTPUT_BARE_RE, OUT_BARE_RE] : [INPUT_BARE_RE];
  for (const re of res)
    readBareAfterSaid(
      ctx,
      said,
      re,
      role,
      (before, value) => before.role !== role && value > 0,
      before =>
        `after a length of ${fmt(
          before.value,
        )} tokens read as the ${role} in tokens`,
    );
}

/** A typical length as read: the slot it landed in and the role its owner noun gives it. */
interface TypicalLength {
  role: TokenRole;
  value: number;
  written: string;
  note?: string;
  /** The role the noun owning the length gives it ("source articles" → input), if any. */
  owner?: TokenRole;
  /** The noun owning the length ("chunks", "prompts"), if any. */
  ownerNoun?: string;
}

/** Nouns of the prompt as a whole. */
const WHOLE_NOUN = /^(?:prompts?|inputs?|contexts?)$/;

/**
 * A prompt's own length outranks the length of one of its parts: "5 chunks of ~400 tokens, so
 * prompts come to about 2,000 tokens" is a 2,000-token input, whichever is said first. Without a
 * length owned by the prompt itself, a part's length stays the input (nothing better is said).
 */
function preferWholeInput(ctx: QuantityContext, lengths: TypicalLength[]) {
  const inputs = lengths.filter(l => l.role === 'input');
  const part = inputs.find(l => l.ownerNoun && PART_NOUN.test(l.ownerNoun));
  const whole = inputs.find(l => l.ownerNoun && WHOLE_NOUN.test(l.ownerNoun));
  if (!part || !whole || ctx.signals.values.input_tokens !== part.value) return;
  setTokens(
    ctx,
    'input',
    whole.value,
    whole.written,
    `${fmt(whole.value)} tokens read as the prompt length: the ${fmt(
      part.value,
    )} tokens measure one ${part.ownerNoun!.replace(/s$/, '')} of it`,
    'stated',
    true,
  );
}

/** The role a cue before a bare number gives it: a noun of input, an output noun, a verb of answering. */
function cueRole(cue: string): TokenRole | undefined {
  if (/^(?:prompts?|inputs?)$/.test(cue)) return 'input';
  if (ANSWER_VERB.test(cue) || tokenRoleOfNoun(cue) === 'output')
    return 'output';
  return undefined;
}

const TYPICAL_FIELDS = {
  input: 'input_tokens',
  output: 'output_tokens',
} as const;

/**
 * Two typical lengths in one slot and none in the other ("articles ~2k tokens, summaries ~150
 * tokens", both read as outputs by their nearest cue) are an input and an output: the one whose
 * owner noun (with its modifiers) names the other side moves there, or, beside a length whose
 * owner names this slot, the one whose owner names neither; rather than the first winning and
 * the second being lost. When no owner tells them apart, both stay where they are.
 */
function resolveSameSlot(ctx: QuantityContext, lengths: TypicalLength[]) {
  for (const [slot, other] of [
    ['input', 'output'],
    ['output', 'input'],
  ] as const) {
    const inSlot = lengths.filter(l => l.role === slot);
    if (
      inSlot.length < 2 ||
      ctx.signals.values[TYPICAL_FIELDS[other]] !== undefined
    )
      continue;
    // a length owned by the other side moves; else, beside one its owner puts in this slot
    // ("summaries"), one whose owner says nothing ("articles") is the other side
    const moved =
      inSlot.find(l => l.owner === other) ??
      (inSlot.some(l => l.owner === slot)
        ? inSlot.find(l => l.owner === undefined)
        : undefined);
    const kept = inSlot.find(l => l !== moved);
    if (!moved || !kept || kept.owner === other) continue;
    moved.role = other;
    setTokens(
      ctx,
      other,
      moved.value,
      moved.written,
      [
        moved.note,
        `${fmt(
          moved.value,
        )} tokens read as the ${other} length: the text it measures is an ${other}, and the other length is the ${slot}`,
      ]
        .filter(Boolean)
        .join('; '),
    );
    // the slot keeps the first length that stays in it
    setTokens(ctx, slot, kept.value, kept.written, kept.note, 'stated', true);
    return;
  }
}

/** A part noun heading "of" just before a length: "10 chunks of ~500" → "chunks". */
function partNounBefore(before: string): string | undefined {
  const noun = /([a-z]+)\sof\s?(?:~|about\s|around\s|roughly\s|maybe\s)?$/.exec(
    before.toLowerCase(),
  )?.[1];
  return noun && PART_NOUN.test(noun) ? noun : undefined;
}

const SAME_HEDGE =
  '(?:(?:about|roughly|around|approximately|more or less|pretty much|basically|nearly|almost)\\s)*';
/**
 * "the same length" with nothing it is compared to, at the end of its clause: "a memo is about
 * 700 tokens and the rewrite is roughly the same length." The comparison is with the length just
 * stated, the input's.
 */
const SAME_WITH_NOTHING_AFTER =
  '(?=\\s?(?:[,.;:!?)]|$)|\\s(?:and|but|so|too|as well)\\b)';
/**
 * An output said to be as long as the input: "1,200 tokens in and about the same out", "similar
 * length back", "translations are roughly as long as the source", "the translation is about the
 * same length", "the translation is similar size", "comes out at a similar length", "the rewrite about the same" (with nothing after it, SAME_WITH_NOTHING_AFTER). Read only after an input
 * length was stated, as that length.
 */
const SAME_OUT_RE = new RegExp(
  `\\b${SAME_HEDGE}(?:the same|similar|as much|as many)(?:\\s(?:length|size|amount|number)(?:\\sof tokens)?)?\\s(?:out|output|back)\\b(?!\\s?of\\b)|\\b(?:outputs?|responses?|answers?|repl(?:y|ies)|translations?|rewrites?)\\s(?:(?:are|is|comes? out(?: at)?|will be|should be)\\s)?${SAME_HEDGE}(?:the same(?: length| size)?|as long|similar in (?:length|size)|of (?:a )?similar (?:length|size)|(?:a )?similar (?:length|size))(?:\\sas\\s(?:the\\s)?(?:inputs?|sources?|originals?|prompts?|source texts?)\\b|${SAME_WITH_NOTHING_AFTER})`,
  'g',
);

/** The output length said as "the same" as the stated input (SAME_OUT_RE). */
function readSameOutput(ctx: QuantityContext): void {
  const input = ctx.signals.values.input_tokens;
  if (
    input === undefined ||
    input === null ||
    ctx.signals.source.input_tokens !== 'stated' ||
    ctx.signals.values.output_tokens !== undefined
  )
    return;
  for (const m of matches(ctx, SAME_OUT_RE)) {
    setTokens(
      ctx,
      'output',
      input,
      String(input),
      `"${m[0].trim()}" read as an output as long as the input, ${fmt(
        input,
      )} tokens`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
    return;
  }
}

/**
 * Whether a range read as the longest input by its document noun alone is the spread of the
 * typical lengths: "transcript length 10 000 to 14 000 tokens", "filings are long, between 4 and 6
 * thousand tokens" (a typical filing is 5,000 tokens, the middle). Not with a word of a limit,
 * of the window or of a whole document before it ("up to 20-30k", "context 16-32k", "full
 * books 80-120k tokens"), a verb of length ("scripts run 8k to 10k tokens" reach their upper
 * end), a page count it restates, or a limit after it ("30-40k tokens max").
 */
function rangeOfTypicalLengths(
  ctx: QuantityContext,
  start: number,
  tokensEnd: number,
  attached: string,
): boolean {
  if (/^\s?-?\s?(?:of\s)?(?:context|ctx|window)\b/.test(attached)) return false;
  const before = ctx.text
    .slice(Math.max(0, start - 60), start)
    .replace(/^.*[\d.;!?\n]/, '');
  const after = ctx.text.slice(tokensEnd, tokensEnd + 60);
  return !(
    LONGEST_RE.test(before) ||
    LIMIT_RIGHT_BEFORE_RE.test(before) ||
    LIMIT_SIGN.test(before) ||
    LONGEST_WORD.test(before) ||
    /\b(?:pages?|need|needs|must|have to|has to|run|runs|running|ran|reach(?:es)?|spans?)\b/.test(
      before,
    ) ||
    LIMIT_AFTER.test(after) ||
    COVERS_ALL_AFTER.test(after)
  );
}

/** Tokens per page assumed when a request gives pages ("100-page contracts"). */
export const TOKENS_PER_PAGE = 600;

/**
 * Whether the sentence of the length at `start`, before it, names an input or a window (an input
 * cue, a word of the context or of whole documents), however far back.
 */
function inputOrWindowEarlier(
  ctx: QuantityContext,
  start: number,
  consumed: Set<string>,
): boolean {
  const sentence =
    ctx.text
      .slice(0, start)
      .split(/[.!?;\n]/)
      .pop() ?? '';
  const { dIn } = directionDistances(sentence, true, consumed);
  return dIn < Infinity || cueDistances(sentence, MAX_CUES, true) < Infinity;
}

/**
 * Use cases whose product is a written text (a letter, an article, a draft): a length said of
 * no part of the request is most likely the length of what is written.
 */
const WRITING_USE_CASES: ReadonlySet<string> = new Set(['content_generation']);

/**
 * Each match of `re` not yet read (its `num` group) as the longest input in tokens, with a note
 * made from the words matched; its span is taken from the match's start, or from its number's
 * (`fromNumber`) when the words before the number may still be another reader's. `unless` skips a
 * match.
 */
function readLongestInputs(
  ctx: QuantityContext,
  re: RegExp,
  options: {
    note?: (written: string) => string;
    fromNumber?: boolean;
    unless?: (m: RegExpMatchArray & { index: number }) => boolean;
  } = {},
): SaidLength[] {
  const read: SaidLength[] = [];
  for (const m of matches(ctx, re)) {
    if (options.unless?.(m)) continue;
    const num = m.groups!.num ?? m.groups!.num2;
    const value = parseTokenCount(num);
    setTokens(ctx, 'max', value, num, options.note?.(m[0].trim()));
    read.push({ end: m.index + m[0].length, value, role: 'max' });
    const [numberStart] = groupSpan(m, num);
    ctx.spans.take(
      options.fromNumber ? numberStart : m.index,
      m.index + m[0].length,
    );
  }
  return read;
}

/**
 * Context need and typical input/output lengths from "32k context", "prompts ~500 tokens",
 * "100-page contracts". `useCase`: the request's use case, stated or carried by the conversation
 * ("an assistant that drafts appeal letters", then "the letters run about 800 tokens": in a
 * writing task a length with no word saying what it measures is the output's).
 */
export function extractTokens(ctx: QuantityContext, useCase?: string): void {
  const writing = useCase !== undefined && WRITING_USE_CASES.has(useCase);
  const produced = producedNouns(ctx.text);
  const consumed = consumedNouns(ctx.text);
  const lengths: TypicalLength[] = [];
  /** Where each length in tokens ends, for a bare longest said after it. */
  const said: Array<{ end: number; value: number; role?: TokenRole }> = [];
  for (const m of matches(ctx, KEYED_LENGTH_RE)) {
    const g = m.groups!;
    setTokens(
      ctx,
      g.inKey ? 'input' : 'output',
      parseTokenCount(g.num),
      g.num,
      `"${m[0].trim()}" read as a length in tokens named by its field`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // the longest inputs read here are lengths said, for a bare typical one after them ("up to 12k
  // tokens of context (typically 7-9k)")
  const longest = (
    re: RegExp,
    options?: Parameters<typeof readLongestInputs>[2],
  ) => said.push(...readLongestInputs(ctx, re, options));
  longest(CONTEXT_AFTER_RE, {
    // "a typical request carries about 3,000 tokens of context": a typical prompt, read with the
    // cues (not "32k context", nor "typically up to 32k of context")
    unless: m => {
      const before = ctx.text
        .slice(Math.max(0, m.index - 60), m.index)
        .replace(/^.*[\d.;!?]/, '');
      return (
        /^[\d.,]+\s?(?:k\s?)?tokens?\sof\scontext\b/.test(m[0]) &&
        (TYPICAL_WORDS.test(before) || PROMPT_SAID_BEFORE.test(before)) &&
        !EXPLICIT_LONGEST_RE.test(before)
      );
    },
  });
  longest(LIMITED_INPUT_RE);
  longest(CONTEXT_APPOSITION_RE, { fromNumber: true });
  longest(CONTEXT_BEFORE_RE, {
    // "the retrieved context is about 6k tokens": what the prompt holds, read with the cues
    unless: m =>
      CONTEXT_AS_CONTENT.test(
        `${around(ctx, m.index, m.index, 40, 0).before}${m[0]}`,
      ),
  });
  for (const re of [CONTEXT_CAP_RE, LONGEST_WITH_CLAUSE_RE])
    longest(re, {
      note: written => `"${written}" read as the longest input, in tokens`,
    });
  longest(CONTEXT_THEN_LIMIT_RE, { fromNumber: true });
  longest(CONTEXT_THEN_NEED_RE, {
    fromNumber: true,
    note: written => `"${written}" read as the context the request needs`,
  });
  for (const m of matches(ctx, EITHER_WAY_RE)) {
    const num = m.groups!.num;
    const value = parseTokenCount(num);
    setTokens(
      ctx,
      'input',
      value,
      num,
      `"${m[0].trim()}" read as the typical input and output lengths`,
    );
    setTokens(ctx, 'output', value, num);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // "tok" too: "answers ~300 tok"
  const anyTokens = /\b(?:tokens?|toks?)\b/.test(ctx.text);
  for (const m of matches(ctx, IN_OUT_RE)) {
    const g = m.groups!;
    // "each ticket means two translations, one in and one out": items, not lengths of 1 token
    if (
      /^1$/.test(g.inp ?? g.inp2 ?? g.inp3 ?? '') &&
      /^1$/.test(g.out ?? g.out2 ?? g.out3 ?? '')
    )
      continue;
    // "input 6,000 / output 400": lengths only where the request speaks of tokens
    if (g.inp3 && !anyTokens) continue;
    const inp = g.inp ?? g.inp2 ?? g.inp3;
    const out = g.out ?? g.out2 ?? g.out3;
    // "bundles up to 6k tokens in, about 150 out": an input said with a limit is the longest one
    const [inStart] = groupSpan(m, inp);
    const limited = limitBefore(ctx, inStart);
    setTokens(
      ctx,
      limited ? 'max' : 'input',
      parseTokenCount(inp),
      inp,
      `"${m[0].trim()}" read as ${
        limited
          ? 'the longest input and the typical output'
          : 'typical input and output'
      } lengths in tokens`,
    );
    setTokens(ctx, 'output', parseTokenCount(out), out);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, TOKENS_RE)) {
    const g = m.groups!;
    const [s, e] = groupSpan(m, g.num);
    // "30 tokens/s" belongs to latency
    const tokensEnd = m.index + m[0].length - (g.attached ?? '').length;
    let role = tokenRole(
      ctx,
      s,
      e,
      g.attached ?? '',
      tokensEnd,
      produced,
      consumed,
    );
    // a range ("500-2k tokens"): the upper end for the longest input, like every range sized
    // for; its middle for a typical length, which is the mean of the lengths ("answers 200-250
    // tokens" average 225); either way a value settled on right after it wins ("60 to 80 tokens
    // (call it 70)")
    const range = g.num2 ? parseRange(g.num, g.num2) : undefined;
    const settled =
      range && range.low < range.high
        ? settledInRange(
            ctx.text.slice(tokensEnd, tokensEnd + 30),
            range.low,
            parseTokenCount(g.num2!),
            { unit: 'tokens?|toks?', parse: parseTokenCount },
          )
        : undefined;
    const written = settled?.num ?? g.num2 ?? g.num;
    let value = settled?.value ?? parseTokenCount(written);
    const show = (n: number) => `${fmt(n)} tokens`;
    let rangeText: string | undefined;
    const spread = !settled && range && range.low < range.high;
    if (
      spread &&
      role === 'max' &&
      rangeOfTypicalLengths(ctx, s, tokensEnd, g.attached ?? '')
    )
      role = 'input';
    if (settled) {
      rangeText = settledNote(range!.low, range!.high, settled, show);
      ctx.spans.take(tokensEnd, tokensEnd + settled.end);
    } else if (spread && role === 'max')
      rangeText = rangeNote(range.low, value, show);
    const ownerBefore = lengthOwnerBefore(
      ctx.text.slice(Math.max(0, s - 50), s),
    );
    const ownerAfter = tokenRoleOfNoun(
      tokenNounAfter(ctx.text.slice(tokensEnd, tokensEnd + 40)) ?? '',
    );
    const afterInput = ctx.signals.source.input_tokens === 'stated';
    // in a writing task, a length with no cue near it measures what is written, unless its
    // sentence names an input or a window further back ("the prompts with the standards pasted
    // in are usually around 2,000 tokens")
    const writtenOut =
      writing && !role && !inputOrWindowEarlier(ctx, s, consumed);
    let landed: TokenRole = role ?? 'input';
    if (!role && (afterInput || writtenOut)) landed = 'output';
    if (spread && landed !== 'max') {
      const high = value;
      value = Math.round((range.low + high) / 2);
      rangeText = `${show(range.low)} to ${show(high)} read as ${show(
        value,
      )}, the middle: a typical length is the mean of the lengths`;
    }
    said.push({ end: m.index + m[0].length, value, role: landed });
    lengths.push({
      role: landed,
      value,
      written,
      note: rangeText,
      owner: ownerBefore?.role ?? ownerAfter,
      ownerNoun: ownerBefore?.noun ?? partNounBefore(ctx.text.slice(0, s)),
    });
    if (!role && (afterInput || writtenOut)) {
      // in a writing task, a length with no cue measures what is written; a second length with
      // no cue, after the input, is the output ("~3,000 tokens in, and it explains the error in
      // about 350 tokens")
      setTokens(
        ctx,
        'output',
        value,
        written,
        [
          rangeText,
          afterInput
            ? `"${m[0].trim()}" with no word saying what it measures, after the input length: read as the typical output length`
            : `"${m[0].trim()}" with no word saying what it measures, in a writing task: read as the typical length of what is written (the output)`,
        ]
          .filter(Boolean)
          .join('; '),
      );
    } else if (!role) {
      setTokens(
        ctx,
        'input',
        value,
        written,
        [
          rangeText,
          `"${m[0].trim()}" with no word saying what it measures: read as the typical prompt length`,
        ]
          .filter(Boolean)
          .join('; '),
      );
    } else {
      setTokens(ctx, role, value, written, rangeText);
    }
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  readSameOutput(ctx);
  for (const m of matches(ctx, NOUN_TOKENS_RE)) {
    const g = m.groups!;
    const value = parseTokenCount(g.num);
    // "8k prompts" is a prompt length; "500 prompts" is a count
    if (!/k$/i.test(g.num.trim()) && !anyTokens) continue;
    const role: TokenRole = /^(?:prompts?|inputs?)$/.test(g.noun)
      ? 'input'
      : 'output';
    setTokens(ctx, role, value, g.num);
    lengths.push({ role, value, written: g.num, owner: role });
    said.push({ end: m.index + m[0].length, value, role });
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  if (anyTokens) {
    for (const m of matches(ctx, CUE_THEN_NUMBER_RE)) {
      const g = m.groups!;
      const role = cueRole(g.cue);
      if (!role) continue;
      // "come out at" measures its subject: "the minutes come out at roughly 450" is written, but
      // "the longest scans come out at around 90k" is a document read (a document noun, or a
      // noun the task reads, that it does not also produce)
      if (COME_OUT.test(g.cue)) {
        const subject = /([a-z]+)\s*$/.exec(ctx.text.slice(0, m.index))?.[1];
        const stem = subject ? nounStem(subject) : '';
        const read =
          consumed.has(stem) ||
          (subject !== undefined && tokenRoleOfNoun(subject) === 'max');
        if (read && !produced.has(stem)) continue;
      }
      const [s, e] = groupSpan(m, g.num);
      if (ctx.spans.overlaps(s, e)) continue;
      const value = parseTokenCount(g.num);
      setTokens(
        ctx,
        role,
        value,
        g.num,
        `"${m[0].trim()}" read as tokens, like the other lengths in the request`,
      );
      lengths.push({ role, value, written: g.num, owner: role });
      said.push({ end: m.index + m[0].length, value, role });
      ctx.spans.take(s, e);
    }
  }
  resolveSameSlot(ctx, lengths);
  preferWholeInput(ctx, lengths);
  readBareLongest(ctx, said);
  readBareTypical(ctx, said);
  readBareOfRole(ctx, said, 'output');
  readBareOfRole(ctx, said, 'input');
  for (const m of matches(ctx, PAGES_RE)) {
    const pages = parseNumberToken(
      m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
    if (!(pages > 0)) continue;
    ctx.signals.recognised++;
    // "looks up answers in our 2,000-page manual": a corpus searched, not one input
    const clause = clauseText(ctx, m.index);
    const before = ctx.text.slice(
      Math.max(clause.start, m.index - 80),
      m.index,
    );
    if (SEARCHED_SOURCE_BEFORE.test(before.toLowerCase())) continue;
    // "a one-page summary the teacher can read": the length of what is written, not of the input
    if (PAGES_OF_OUTPUT_AFTER.test(ctx.text.slice(m.index + m[0].length)))
      continue;
    // in a RAG request every document is searched: only the passages found go into a prompt
    if (useCase === 'rag') continue;
    if (ctx.signals.values.max_input_tokens === undefined) {
      setTokens(
        ctx,
        'max',
        pages * TOKENS_PER_PAGE,
        String(pages),
        `${fmt(pages)} pages read as about ${fmt(
          pages * TOKENS_PER_PAGE,
        )} tokens (${TOKENS_PER_PAGE} tokens per page)`,
        'inferred',
      );
    }
  }
}
