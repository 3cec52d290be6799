/**
 * The size of a collection said in tokens: what a RAG service retrieves from or a job works
 * through, not the length of any one request. "RAG over a corpus of about 50M tokens", "the
 * knowledge base is 2 million tokens in total", "about 1,000,000 tokens of docs", "our wiki holds
 * ~300k tokens". Such a number is no context, prompt or answer length: read as one, it planned a
 * 50-million-token answer. A length said of each item ("docs of 8k tokens each", "6k tokens of
 * retrieved documents per query", "manuals up to 40k tokens") stays a length.
 */

/** Hedges between a verb and a number: "of about", "is roughly", "holds ~". */
const HEDGES =
  '(?:(?:about|around|roughly|approximately|approx\\.?|some|maybe|perhaps|over|under|nearly|almost|close to|just over|just under|more than|less than)\\s|~\\s?)*';

/**
 * A collection as the subject or owner of the number, right before it: "a corpus of about",
 * "the knowledge base is", "our wiki holds ~", "the archive totals". Not "knowledge base chunks
 * are" (a chunk is part of a prompt) nor "the archive team of 12".
 */
const COLLECTION_BEFORE = new RegExp(
  `\\b(?:corpus|corpora|knowledge[\\s-]?base|kb|collection|archive|wiki|intranet|data\\s?set|document\\sstore|doc(?:ument)?s?\\srepo(?:sitory)?)(?:'s)?\\s(?:(?:is|are|has|have|holds?|contains?|totals?|totall?ing|comes\\sto|runs\\sto|weighs\\sin\\sat|of|with|at)\\s){1,2}${HEDGES}$`,
);

/**
 * A whole said as such, right before the number: "documents totalling 4B", "altogether ~2M", "a
 * total of 1.2 million".
 */
const TOTAL_BEFORE = new RegExp(
  `\\b(?:totall?ing|in\\stotal|altogether|combined|overall|a\\stotal\\sof|all\\stogether)\\s${HEDGES}$`,
);

/**
 * Material said after the tokens, or the whole: "tokens of docs", "tokens worth of our manuals",
 * "tokens in total", unless a per-item word follows ("tokens of documents per query").
 */
const MATERIAL_OR_TOTAL_AFTER =
  /^\s?(?:(?:(?:worth\s)?of|in)\s(?:(?:our|the|all|all\sour|all\sthe|internal|company|existing|public)\s)*(?:docs|documents|documentation|manuals|pdfs|articles|wiki\spages|policies|procedures|reports|records|tickets|emails|books)\b|in\stotal\b|total\b|altogether\b|combined\b|overall\b)(?![^.;:!?\n]{0,25}\b(?:each|per|apiece|every)\b)/;

/**
 * How many tokens make a number said of material or of a whole a collection rather than a
 * request: a million. No request a plan sizes for is that long; a document set usually is.
 */
export const COLLECTION_TOKENS = 1_000_000;

/**
 * Whether the `value` tokens said between `start` and `tokensEnd` (the end of the word "tokens")
 * are the size of a collection: a collection named right before the number (any size), or a
 * million tokens or more said of material or of a whole. A value of zero or less is no size.
 */
export function isCollectionSize(
  text: string,
  start: number,
  tokensEnd: number,
  value: number,
): boolean {
  // a size that is no size ("-5 tokens", "0 tokens") is left to the length readers, which reject it
  if (!(value > 0)) return false;
  const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
  if (COLLECTION_BEFORE.test(before)) return true;
  if (value < COLLECTION_TOKENS) return false;
  const after = text.slice(tokensEnd, tokensEnd + 80).toLowerCase();
  return TOTAL_BEFORE.test(before) || MATERIAL_OR_TOTAL_AFTER.test(after);
}
