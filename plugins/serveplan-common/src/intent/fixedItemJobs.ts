/**
 * A job over a fixed set of items, said as the items and what is to be done to them: "850,000
 * articles to tag", "about 2 million receipts left to classify", "40k call notes to summarise by
 * Friday". The count's noun is the object of the verb after it (the verb has no object of its
 * own: "200 analysts to review contracts" counts who does the work), and no period follows ("3,000
 * tickets to triage every day" is a rate, not a set). Such a count is the size of one job
 * (oneOffJobs.ts), and a text that says one, with at least a thousand items, describes batch work
 * (useCase.ts), whatever each item's task is.
 */

/** Verbs of working through items one by one. */
export const PROCESSING_VERB =
  '(?:classif(?:y|ying)|categori[sz](?:e|ing)|label(?:l?ing)?|tag(?:ging)?|summari[sz](?:e|ing)|translat(?:e|ing)|process(?:ing)?|analy[sz](?:e|ing)|(?:re-?)?scor(?:e|ing)|cod(?:e|ing)(?=\\sagainst\\b)|grad(?:e|ing)|screen(?:ing)?|extract(?:ing)? from|transcrib(?:e|ing)|review(?:ing)?|annotat(?:e|ing)|triag(?:e|ing)|redact(?:ing)?|anonymi[sz](?:e|ing)|dedup(?:e|licate)?|convert(?:ing)?|enrich(?:ing)?|clean(?:ing)? up|go(?:ing)? through|run(?:ning)? (?:through|over))';

/** Words between the items and "to": "left to", "still to", "waiting to be". */
const STILL = '(?:(?:left|still|waiting|queued|pending|remaining)\\s)?';

/** What may follow an infinitive that has no object of its own: an end, or a preposition. */
const NO_OBJECT =
  '(?=\\s?(?:[,.;:!?)]|$)|\\s(?:by|in|into|with|within|for|before|over|under|using|from|and|or|at|on|during|across|as|so|but|against)\\b)';
/** An aside in brackets after the items: "70k documents (about 350,000 pages) to tag". */
const ASIDE = '(?:\\s\\([^()]{0,80}\\))?';

/** A period later in the sentence makes the count a rate: "to triage every day", "daily". */
export const NO_PERIOD =
  '(?![^.!?;]{0,40}?\\b(?:(?:per|a|an|each|every)\\s(?:second|minute|hour|day|night|week|weekend|month|quarter|year|weekday|business day)|daily|hourly|weekly|monthly|nightly)\\b)';

/** "to tag", "left to classify", right after the items' noun phrase; `verb` is the verb. */
export const TO_PROCESS_AFTER = new RegExp(
  `^${ASIDE}\\s${STILL}to\\s(?<verb>${PROCESSING_VERB})${NO_OBJECT}${NO_PERIOD}`,
);

/** A count of at least a thousand: "850,000", "12000", "2.5k", "3 million". */
export const THOUSANDS =
  '(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|\\d+(?:\\.\\d+)?(?:\\s?(?:k|m|mm|bn)|\\s(?:thousand|million|billion)))(?![\\w,]|\\.\\d)';

/**
 * A fixed set of at least a thousand items to work through, anywhere in a text, as a use-case
 * cue: "850,000 articles to tag", "1.2m old claims still to review".
 */
export const FIXED_ITEM_JOB_CUE = new RegExp(
  `${THOUSANDS}\\s(?:[a-z'-]+\\s){0,3}?[a-z-]*[a-z]s${ASIDE}\\s${STILL}to\\s${PROCESSING_VERB}${NO_OBJECT}${NO_PERIOD}`,
  'g',
);

/** Nouns of work items a job is counted in: "1.26M line translations", "40k documents". */
const WORK_ITEMS =
  '(?:translations|lines|documents|docs|files|records|items|emails|tickets|articles|pages|images|rows|reviews|summaries|requests|prompts|messages|contracts|claims|letters|reports|transcripts|entries|listings|products|descriptions|notes|forms|invoices|receipts|chats|conversations)';

/**
 * A counted set of work items with no period, and the time the set is done in: a window given as
 * a field of the request ("1.26M line translations. Window: 72 h", "..., window 72 h") or "in"/"within" hours or days
 * right after the count ("1.26M translations in 72 h"). Batch work, whatever each item's task is.
 */
export const COUNTED_SET_WITH_WINDOW_CUE = new RegExp(
  `${THOUSANDS}\\s(?:[a-z'-]+\\s){0,2}?${WORK_ITEMS}\\b${NO_PERIOD}(?:[^.!?;]{0,30}?\\b(?:in|within)\\s(?:about\\s|~\\s?)?\\d[\\d.,]*\\s?(?:h|hrs?|hours?|days?)\\b|(?=[^]{0,300}?(?:^|[.;,\\n]\\s?)(?:the\\s)?(?:window|deadline|turnaround)\\s?(?::|is|of)?\\s?(?:about\\s|~\\s?)?\\d))`,
  'g',
);
