/**
 * Page lengths: pages as the length of one document ("100-page contracts", "up to 50 pages",
 * "run to 150 pages"), read as the longest input in tokens; not the pages of a corpus searched
 * for answers, nor of what is written ("a one-page summary").
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { clauseText, fmt, matches, QuantityContext } from './quantityReading';
import { setTokens } from './tokenFields';

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

/** Tokens per page assumed when a request gives pages ("100-page contracts"). */
export const TOKENS_PER_PAGE = 600;

/**
 * Pages as the length of one document, in tokens (TOKENS_PER_PAGE), as the longest input when
 * nothing else set it: not the pages of a corpus searched, of what is written, or of the
 * documents of a RAG request. `useCase`: the request's use case.
 */
export function readPageLengths(ctx: QuantityContext, useCase?: string): void {
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
