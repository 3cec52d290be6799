/**
 * Length roles: which length a length in tokens is, the longest input (the window), the typical
 * input or the output, by the words around it: its cues and their distances, the noun it
 * qualifies or that owns it, a verb of giving back or of turning a text into another, a heading
 * or the subject of its clause, ops shorthand ("3k in", "out ~150"), and the clause before it
 * when it stands alone.
 */
import { around, QuantityContext } from './quantityReading';
import {
  FROM_SOURCE_BEFORE,
  lengthOwnerBefore,
  outputOwnerBefore,
  ownerNounBefore,
  TokenRole,
  tokenNounAfter,
  tokenRoleOfNoun,
} from './numberAttachment';
import { nounStem } from './taskArtefacts';
import {
  CONTEXT_AS_CONTENT,
  COVERS_ALL_AFTER,
  cueDistances,
  directionDistances,
  EXPLICIT_LONGEST_RE,
  HEDGE_RIGHT_BEFORE,
  LIMIT_AFTER,
  LIMIT_OR_CONTEXT_RE,
  LIMIT_SIGN,
  limitBefore,
  LONGEST_RE,
  LONGEST_WORD,
  MAX_CUES,
  PART_NOUN,
  PROMPT_SAID_BEFORE,
  TYPICAL_AFTER,
  TYPICAL_WORDS,
} from './lengthCues';

/**
 * A verb of giving back, right before a length (past hedges): what comes back to the asker is
 * the output. "findings come back at ~900 tokens", "the bot returns about 250 tokens", "we get
 * back 400 tokens", "it replies with ~60 tokens", "it returns a risk memo of roughly 1,500 tokens",
 * "we want back a one-line label of maybe 20 tokens".
 */
const RETURNED_BEFORE =
  /\b(?:(?:return(?:s|ed|ing)?|produc(?:e|es|ed|ing)|writes?|generates?|spits?\sout|(?:want|need|expect)(?:s|ed)?\sback)\s(?:an?|the|one)\s(?:[a-z-]+\s){0,3}?[a-z-]+\sof|(?:comes?|came|coming|gets?|got|getting|sends?|sent|writes?|wrote)\sback|return(?:s|ed|ing)?|(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?)\swith|spits?\sout|produc(?:e|es|ed|ing)|emits?)\s(?:(?:at|as|in|with|about|around|roughly|usually|typically|maybe|perhaps|under|up to|~)\s?)*$/;

/**
 * A verb of handing a text to the model, its object and "of", right before a length (past hedges
 * and limits): what is handed in is the input. "we feed in a case summary of about 3,000
 * tokens", "staff paste in a clause of ~500 tokens", "they upload one tender of up to 90k tokens"
 * (the longest, with the limit).
 */
const GIVEN_BEFORE =
  /\b(?:feed(?:s|ing)?\sin|fed\sin|past(?:e|es|ed|ing)\sin|upload(?:s|ed|ing)?|send(?:s|ing)?\sin|sent\sin|submit(?:s|ted|ting)?)\s(?:an?|the|one|each|every)\s(?:[a-z-]+\s){0,3}?[a-z-]+\sof\s(?:(?:about|around|roughly|approximately|usually|typically|maybe|perhaps|up to|at most|~)\s?)*$/;
/**
 * What a search or a retriever returns is read by the model, not written by it: "the vector
 * search returns ~2,000 tokens" is input.
 */
const RETRIEVAL_SUBJECT =
  /\b(?:retriev\w*|search\w*|look-?ups?|vector|index|database|db|rag|rerank\w*)\b/;

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

/**
 * What a tool gives back is read by the model, no output of it: "prompts with tool outputs run
 * 3k-5k tokens", "the API results add about 2k tokens".
 */
const TOOL_OUTPUT =
  /\b(?:tool|api|function|search)\s(?:call\s)?(?:outputs?|results?|responses?)\b/g;

/**
 * A size in paragraphs, sentences, lines or words right before a length in tokens, which says it
 * again: "replies of two paragraphs, ~300 tokens", "a summary of 5 sentences (about 150 tokens)",
 * "notes a paragraph or two, say 250 tokens".
 */
const SIZE_RESTATED_BEFORE =
  /(?:\d[\d,.]*\s?|\ban?\s)(?:paragraphs?|sentences?|lines?|words?)(?:\s(?:or|to)\s\d+)?\s?[,(–—:-]?\s?(?:(?:about|around|roughly|approximately|maybe|say|so|or|i\.e\.|call it|that'?s|~)\s?)*$/;

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
  /\s(?:(?:runs?|running|goes|going|reach(?:es|ing)?|stretch(?:es|ing)?)\s(?:(?:up\s)?to|over|into|past)|(?:comes?|came|coming)\sout\s(?:at|to))\s(?=(?:(?:about|around|roughly|usually|typically|maybe|perhaps|probably|~)\s?)*$)/;

/**
 * Whether a page count restated in tokens measures the output: the words before the pages, in
 * their sentence and after its last number, name an output nearer than an input or a document
 * ("the summary should be about half a page", "the partners want a short memo - two pages").
 */
function pagesOfOutput(before: string, consumed: Set<string>): boolean {
  const words = before.replace(/^.*[\d.;!?\n]/, '');
  const { dIn, dOut } = directionDistances(words, true, consumed);
  return dOut < Math.min(dIn, cueDistances(words, MAX_CUES, true));
}

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

/**
 * A role read from the words around a length (tokenRole), settled by the words right after it:
 * "like 40k tokens typically, sometimes up to 90k" (a typical word) is the typical input, not
 * the longest; "we'll chunk those to 8k tokens max" (a limit word) is the longest.
 */
export function roleByWordsAfter(
  role: TokenRole | undefined,
  text: string,
  tokensEnd: number,
): TokenRole | undefined {
  const after = text.slice(tokensEnd, tokensEnd + 25);
  if (role === 'max' && TYPICAL_AFTER.test(after)) return 'input';
  if (role === 'input' && LIMIT_AFTER.test(after)) return 'max';
  return role;
}

/** The role of a length by the words around it (roleByWordsAfter then weighs the words after it). */
export function tokenRole(
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
    // "each answer is short, maybe 120 tokens" where survey answers are classified: read ("the
    // output" is the model's, whatever a verb before it says: "the translated output is ...")
    if (
      !/^(?:prompts?|inputs?)$/.test(subject) &&
      (/^outputs?$/.test(subject) || !consumed.has(nounStem(subject)))
    )
      return 'output';
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
  // "the longest ones are an hour, and that comes to about 12,000 tokens": "that" restates the
  // size said before it, whose role the length takes
  const restated = restatedRole(ctx, start, consumed);
  if (restated) return restated;
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
  // "those can be 200 pages, easily 100k tokens": the document's length said again in tokens;
  // the pages of an answer are the output's ("the brief should be about two pages, say 1,200
  // tokens", "they want a digest of each - one page, ~600 tokens")
  const pagesBefore = ctx.text.slice(Math.max(0, start - 120), start);
  const pages = PAGES_RESTATED_BEFORE.exec(pagesBefore);
  if (pages)
    return pagesOfOutput(pagesBefore.slice(0, pages.index), consumed)
      ? 'output'
      : 'max';
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
    // "gets about 200 tokens back": what comes back is the output (not "back in" or "back to")
    if (
      direct === 'back' &&
      !/^\s?(?:in|into|to)\b/.test(
        ctx.text.slice(
          tokensEnd + attached.length,
          tokensEnd + attached.length + 8,
        ),
      )
    )
      return 'output';
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
    ownerText
      .replace(LENGTH_VERB_AT_END, ' is ')
      .replace(TOOL_OUTPUT, w => ' '.repeat(w.length)),
  );
  if (outputOwner && !consumed.has(nounStem(outputOwner))) return 'output';
  if (returnedAsAnswer(ownerText)) return 'output';
  // "we feed in a summary sheet of about 4,000 tokens": what is handed in is read, whatever it is
  if (GIVEN_BEFORE.test(ctx.text.slice(Math.max(0, start - 80), start)))
    return limitBefore(ctx, start) ? 'max' : 'input';
  // a length of what the task produces is the output: "descriptions are about 350 tokens" in a
  // description generator, "350-token descriptions" (taskArtefacts.ts)
  // "a plan comes out at around 500 tokens": a verb of length reads as "is"
  const measured =
    ownerNounBefore(ownerText.replace(LENGTH_VERB_AT_END, ' is ')) ??
    direct.split(/\s/)[0];
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
  // "answers a few paragraphs, call it 1,200 tokens": a size in other units said just before is the
  // same length again, the cue before it naming both
  const before = near.before
    .replace(SIZE_RESTATED_BEFORE, ' ')
    .replace(/^.*\d/, '');
  // "800 tokens long" only says it is a length: not "long" as in long documents
  const after = near.after
    .replace(/^(\s?-?\s?(?:tokens?|toks?))\s(?:long|in length)\b/, '$1')
    .replace(/(?:\d|\b(?:and|with|while|whereas)\b).*$/, '');
  // "each transcript is like 6000 tokens": "like" right before the number hedges it
  const typical =
    (/\b(?:averag(?:e|es|ing)|avg|typ|typical(?:ly)?|usually|mostly|around|about|roughly|maybe|perhaps|~|mean|median)\b|~|≈/.test(
      before,
    ) ||
      /\b(?:is|are|was|were|be|'s)\slike\s?$/.test(before)) &&
    !(TYPICAL_WORDS.test(before)
      ? EXPLICIT_LONGEST_RE.test(before)
      : LONGEST_RE.test(before));
  // "retrieved context plus the question": context said as what the prompt holds is no window
  const cued = (
    CONTEXT_AS_CONTENT.test(before)
      ? before.replace(/\b(?:context|ctx)\b/g, w => ' '.repeat(w.length))
      : before
  ).replace(TOOL_OUTPUT, w => ' '.repeat(w.length));
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
 * "that", "which" or "this" and a verb of being or of amounting right before a length (past
 * hedges): "that's about 300 tokens", "which comes to roughly 9k tokens", "this works out at
 * ~2,000 tokens". The length says again, in tokens, a size said before it.
 */
const RESTATING_BEFORE =
  /\b(?:that|which|this)(?:'s|\s(?:is|was|would be|will be|comes?\sto|came\sto|works?\sout\s(?:to|at|as)|means|equals|amounts?\sto|translates?\s(?:to|into)))\s(?:(?:about|around|roughly|approximately|maybe|probably|some|like|~)\s?)*$/;

/** The end of a sentence, not the dot of a decimal ("3.5"). */
const SENTENCE_END = /[.!?](?=\s|$)|\n/;

/**
 * The role a text said before a restating "that" gives it, by its nearest cue: an output cue
 * makes it the output, a superlative or a limit with a window or document word the longest
 * input; `null` when the text has cues that decide neither, `undefined` when it has none.
 */
function roleOfReferent(
  text: string,
  consumed: Set<string>,
): TokenRole | null | undefined {
  const dMax = cueDistances(text, MAX_CUES, true);
  const { dIn, dOut } = directionDistances(text, true, consumed);
  const best = Math.min(dMax, dIn, dOut);
  if (best === Infinity) return undefined;
  if (best === dOut) return 'output';
  if (best === dMax && EXPLICIT_LONGEST_RE.test(text)) return 'max';
  return null;
}

/**
 * The role of a length said of "that" (RESTATING_BEFORE): the role of the size it restates, by
 * the cues of the text before "that" in its sentence, or, when that part names nothing ("my
 * colleague says that's about ..."), of the sentence before: "we want a short summary back, a
 * paragraph or two. Our developer says that's about 300 tokens" measures the summary; "the
 * biggest files are 90 pages and that comes to about 60k tokens" the longest input. Only an
 * output or a longest input is read here; any other referent is left to the other cues.
 */
function restatedRole(
  ctx: QuantityContext,
  start: number,
  consumed: Set<string>,
): TokenRole | undefined {
  const restating = RESTATING_BEFORE.exec(
    ctx.text.slice(Math.max(0, start - 60), start),
  );
  if (!restating) return undefined;
  const before = ctx.text.slice(0, Math.max(0, start - 60) + restating.index);
  const sentences = before.split(SENTENCE_END);
  const own = roleOfReferent(sentences[sentences.length - 1], consumed);
  if (own !== undefined) return own ?? undefined;
  if (sentences.length < 2) return undefined;
  return roleOfReferent(sentences[sentences.length - 2], consumed) ?? undefined;
}

/**
 * A length alone in its clause, after a comma, measures what the clause before it names: "40
 * drafts a day, each roughly 800 tokens" (the drafts), "replies are short, 60 tokens maybe". Only
 * within one sentence, and only from the text after that clause's last number, so "chatbot for
 * 100 users, 500 tokens" stays without a role. A word of summing up may close the clause ("90 letters a
 * week in total, each about 500 tokens"). A typical length (`typical`: "usually", "about")
 * of a document named there is the typical input, as in one clause: "900 memos arrive a day,
 * typically 3,000 tokens long"; unless the clause speaks of the window or of whole documents. An
 * aside in parentheses between them is passed over: "we get a digest back (open items, owners),
 * ~300 tokens" measures the digest.
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
  let previous = i > 0 ? ctx.clauses[i - 1] : undefined;
  if (!previous) return undefined;
  let joint = ctx.text.slice(
    previous.start + previous.text.length,
    ctx.clauses[i].start,
  );
  // "a short summary back (what happened, who owns it), ~250 tokens": an aside in parentheses is
  // passed over to the clause it follows
  if (/^\s*\)\s*,\s*$/.test(joint)) {
    const open = ctx.text.lastIndexOf('(', ctx.clauses[i].start);
    const k = ctx.clauses.findIndex(c => c.start + c.text.length > open) - 1;
    previous = k >= 0 ? ctx.clauses[k] : undefined;
    if (
      !previous ||
      ctx.text.slice(previous.start + previous.text.length, open).trim()
    )
      return undefined;
    joint = ',';
  }
  if (!/^\s*,\s*$/.test(joint)) return undefined;
  // "answers a few paragraphs, call it 1,200 tokens": the size said in paragraphs is this length
  const named = previous.text
    .replace(SIZE_RESTATED_BEFORE, ' ')
    .replace(/^.*\d/, '')
    .slice(-60);
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
 * Whether the sentence of the length at `start`, before it, names an input or a window (an input
 * cue, a word of the context or of whole documents), however far back.
 */
export function inputOrWindowEarlier(
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
