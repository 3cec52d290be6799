/**
 * Use-case evidence from what the system does to what: a task verb and the object it works on or
 * produces, close together ("rewrites our VB6 apps", "drafts replies to supplier emails",
 * "pulls the totals out of scanned invoices"). A verb alone is too loose ("writes", "reads") and
 * so is an object alone ("emails" may be read, sorted or written); together they name the task,
 * whatever frame the request is in ("assistant", "bot", "chat tool").
 */
import { UseCaseId } from '../kb/schema';

/**
 * Programming languages and frameworks, and the query and rule languages code is also written in
 * (KQL, SPL, YARA, Sigma): their names make an object code.
 */
export const CODE_NAMES =
  '(?:cobol|fortran|pl/?i|rpg|java|kotlin|scala|python|javascript|typescript|c\\+\\+|c#|golang|rust|ruby|php|perl|vb(?:\\.net|6)?|visual basic|delphi|pascal|objective[\\s-]c|abap|pl/?sql|t-sql|sql|bash|powershell|angular(?:js)?|react|vue|django|rails|jquery|\\.net|spark|pyspark|pytest|junit|jest|graphql|sparql|cypher|kql|spl|yara|(?<!six )sigma|lua|haskell|elixir|erlang|clojure|groovy|gdscript|solidity|verilog|vhdl)';

/**
 * Scripts for someone to speak or perform, named by where they are heard: "ad-read scripts",
 * "video scripts", "sales call scripts". A script alone is code.
 */
const SPOKEN_MEDIUM =
  '(?:ad(?: read)?|ads|podcast|video|youtube|tiktok|radio|tv|film|movie|episode|trailer|explainer|voice ?over|call|phone|presentation|speech|webinar)';
const SPOKEN_SCRIPT = `${SPOKEN_MEDIUM}\\sscripts?`;

/** What code is made of, when written, moved, explained or checked. */
const CODE_OBJECT = `(?:${CODE_NAMES}(?![\\w+#])|(?:code|codebases?|(?:unit |integration |end[\\s-]to[\\s-]end |e2e |regression )?tests|unit tests?|test (?:cases|suites?)|functions?|(?<!\\b${SPOKEN_MEDIUM}\\s)scripts?|stored procedures?|programs?|modules?|classes|boilerplate|regex(?:es)?|dockerfiles?|manifests|helm charts?|iac|terraform|playbooks|migrations|endpoints|(?:pull|merge) requests|commits|diffs|patches|bugs|lint (?:errors|warnings))\\b)`;

/**
 * Events of sport a recap is written about: "match recaps", "a post-game recap". Such a recap is
 * a report for fans (PROSE_OBJECT), not a shorter version of a text.
 */
const SPORTING_EVENT =
  '(?:match|game|race|fight|bout|tournament|round|season|matchday|sports?|post[\\s-]?game|post[\\s-]?match)';

/**
 * Writing for people to read, when written (a travel itinerary is a written plan too, and so is
 * a plan made for one person to follow: "writes a personalised weekly training plan", "drafts a
 * revision plan for each pupil"; and an application for a grant, a job or a fund: "we write a lot
 * of grant applications").
 */
const PROSE_OBJECT = `(?:${SPOKEN_SCRIPT}|(?:practice|training|workout|exercise|fitness|study|revision|learning|reading|care|diet|nutrition|coaching|rehab(?:ilitation)?|recovery|savings) plans?|(?:grant|funding|scholarship|job|bursary) applications|${SPORTING_EVENT}\\s(?:recaps?|previews?|reports?)|worksheets?|exercises|(?:reading|practice|comprehension) passages|emails?|repl(?:y|ies)|letters|posts|articles|copy|content|descriptions|blurbs?|teasers|press releases?|newsletters?|proposals|pitches|announcements|captions|headlines|stories|bios|listings|drafts?|recipes?|meal plans?|release notes|essays?|outlines?|paragraphs?|chapters|poems|obituar(?:y|ies)|eulog(?:y|ies)|speeches|toasts|slogans|taglines|cover letters|dialog(?:ue)?s?|job (?:ads|adverts|postings|descriptions)|(?:[a-z]+\\s)?texts|advertisements?|adverts?|posters|flyers|brochures|itinerar(?:y|ies)|lesson plans|quizzes|(?:multiple[\\s-]choice|quiz|exam|test|practice|review) questions|answer keys|flashcards|reports|notices|notifications|reminders|memos|bulletins|write[\\s-]?ups?|spotlights|rationales|responses to (?:complaints|reviews|customers|enquiries|inquiries))\\b`;

/**
 * A message written for a person to send or receive: "drafts the message to the customer", "writes
 * a message to each supplier". Only verbs of writing: messages counted or suggested by figures
 * ("suggest 15,000 messages a day") are traffic, not a product.
 */
const WRITE_MESSAGE =
  '(?:draft(?:s|ed|ing)?|compos(?:e|es|ed|ing)|writ(?:e|es|ing|ten)|wrote)';
const MESSAGE_OBJECT = 'messages?\\b';

/** Answers written for someone to send: "drafts replies", "drafting responses". */
const DRAFTED_ANSWER = '(?:repl(?:y|ies)|responses|answers)\\b';

/** Shorter versions of something, when produced. */
const SUMMARY_OBJECT = `(?:summar(?:y|ies)|(?<!\\b${SPORTING_EVENT}\\s)recaps?|digests?|tl;?drs?|minutes of|briefs|briefings|highlights|overviews|abstracts|synopses|short versions?)\\b`;

/** Documents whose contents are looked through, and the facts pulled out of them. */
const DOCUMENT_OBJECT =
  '(?:contracts?|invoices?|receipts?|statements?|filings?|forms|pdfs?|scans|claims?|leases?|agreements?|records?|resumes|cvs|documents?|obligations|totals|amounts|figures|fields|entities|line items|dates|clauses)\\b';

/**
 * Where grounded answers come from: passages of a collection, or the collection itself ("our
 * procedures library", "the help-centre articles", "the docs").
 */
const SOURCE_OBJECT =
  '(?:passages|snippets|chunks|excerpts|sections|articles|docs|documents|documentation|manuals?|polic(?:y|ies)|procedures|handbooks?|wiki|library|knowledge base|faqs?|sources)\\b';

/**
 * Reference material answers are written out of, besides SOURCE_OBJECT: "answers using our own
 * catalogue", "replies from the glossary", "answers based on our playbooks", "answers from the
 * current property listings". Only with a verb of
 * answering: a catalogue searched is a product search, no answer written.
 */
const ANSWER_SOURCE_OBJECT = `(?:${SOURCE_OBJECT}|(?:catalog(?:ue)?s?|glossar(?:y|ies)|playbooks?|listings)\\b)`;

/**
 * A short quoted phrase inside a noun phrase, an example or a name of the thing: a "why you'll like
 * it" blurb, questions like "is my train late". It counts as one modifier.
 */
const QUOTED = '["\u201c\u201d][^"\u201c\u201d\\n]{1,60}["\u201c\u201d]';

/**
 * Up to three words (and a quoted phrase) between a verb and its object ("our legacy PL/I", "first drafts of", "about
 * 40", "a 300-page"), never across "and" or "which", where another verb may start ("write in
 * English and read code").
 */
const GAP = `(?:(?:\\d[\\d,.]*k?(?:-[a-z]+)?|(?!(?:and|or|but|then|while|which|that|who)\\b)[a-z][\\w'/#+.-]*)\\s){0,3}?(?:${QUOTED}\\s)?`;

/** Verbs by what they do, with their endings (so "product" and "production" are not "produce"). */
const VERB = {
  /** code moved or reshaped */
  transform:
    '(?:migrat(?:e|es|ed|ing)|port(?:s|ed|ing)?|convert(?:s|ed|ing)?|rewrit(?:e|es|ing|ten)|rewrote|moderni[sz](?:e|es|ed|ing)|transpil(?:e|es|ed|ing)|refactor(?:s|ed|ing)?|turn(?:s|ed|ing)?)',
  /** something made */
  make: '(?:spit(?:s|ting)?\\sout|writ(?:e|es|ing|ten)|wrote|generat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|produc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|compos(?:e|es|ed|ing)|author(?:s|ed|ing)?|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing))',
  /** code explained or checked */
  explain:
    '(?:explain(?:s|ed|ing)?|document(?:s|ed|ing)?|comment(?:s|ed|ing)?|annotat(?:e|es|ed|ing)|review(?:s|ed|ing)?|debug(?:s|ged|ging)?|fix(?:es|ed|ing)?)',
  /**
   * text looked up in a collection, the particle maybe after a pronoun: "looks up the manuals",
   * "looks it up in the handbook", "look things up in our wiki"
   */
  retrieve:
    '(?:retriev(?:e|es|ed|ing)|look(?:s|ed|ing)?\\s(?:(?:it|them|that|this|things|stuff)\\s)?up|search(?:es|ed|ing)?(?: through| in)?|fetch(?:es|ed|ing)?)',
  /**
   * an answer written out of a source: "answers from our docs", "answer using the FAQ", "answer
   * questions about our spare parts using the catalogue"
   */
  answerFrom: `(?:answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?)(?:\\s[\\w']+){0,5}?(?:\\s${QUOTED})?\\s(?:from|using|based on|out of|grounded in)`,
  /** facts taken out of documents */
  extract:
    '(?:extract(?:s|ed|ing)?|pull(?:s|ed|ing)?|pick(?:s|ed|ing)?|lift(?:s|ed|ing)?|pars(?:e|es|ed|ing)|captur(?:e|es|ed|ing))',
};

/**
 * Someone's piece of writing carried on by the model: "continues the user's story draft",
 * "continuing a chapter". A conversation carried on is chat, no written piece.
 */
const CONTINUED_PIECE =
  '(?:stor(?:y|ies)|drafts?|chapters?|paragraphs?|poems?|scenes?|novels?|manuscripts?|essays?)\\b';
const CONTINUE = 'continu(?:e|es|ed|ing)';

/**
 * Chats answered as they come in: "answer customer chats", "replies to live chats", "responds to
 * conversations on our site". Answering emails or tickets may be drafting, so only chats count.
 */
const CHAT_OBJECT = '(?:chats|live chats?|chat messages|conversations)\\b';
const ANSWER_CHATS =
  '(?:answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying) to|respond(?:s|ed|ing)? to)';

/**
 * The task said as its product, a noun for writing with "drafts" after it or "drafted" before it:
 * "email drafts", "reply drafts", "drafted letters". Drafts are written for a person to send.
 */
const DRAFT_PRODUCT = new RegExp(
  `\\b(?:emails?|repl(?:y|ies)|responses?|letters?|messages?|posts?|articles?|proposals?|newsletters?|press releases?|reports?|notices?)\\sdrafts?\\b|\\bdrafted\\s${GAP}${PROSE_OBJECT}`,
  'g',
);

/**
 * An object named second in a list after the verb: "generates alert rules and short Python
 * scripts", "drafts summaries, emails". The first item is a plain noun phrase ending in a plural
 * (no preposition, so "write in English and read code" is no list); after the "and", up to two
 * modifiers, none a verb ("reads", "run"), come before the object.
 */
const LISTED_FIRST =
  "(?:(?:(?!(?:and|or|but|then|while|which|that|who|in|on|at|to|for|with|from|by|about|into|of)\\b)[a-z][\\w'/#+.-]*\\s){0,2}[a-z][\\w'/#+.-]*s(?:,?\\s(?:and|or|&)|,)\\s)";
const LISTED_GAP =
  "(?:(?!(?:and|or|but|then|run|read|use|send|call|check|test|answer|search|find|execute|deploy)\\b)[a-z][\\w'/#+.-]*(?<!s)\\s){0,2}?";

const task = (verb: string, object: string) =>
  new RegExp(
    `\\b${verb}\\s(?:${LISTED_FIRST}${LISTED_GAP}|${GAP}(?:(?:into|in|to)\\s${GAP})?)${object}`,
    'g',
  );

/** Who or what makes a thing, after its product: "email generator", "listing description writer". */
const MAKER = '\\s(?:generators?|writers?|creators?|drafters?|composers?)\\b';

/** The making of a product, after it: "email generation", "caption writing". */
const MADE = '\\s(?:generation|writing|drafting|creation)\\b';

/**
 * Writing for people to read, singular or plural, as the product before a maker noun: "a
 * quest-text generator", "a quiz generator", "a lyrics writer".
 */
const PROSE_PRODUCT = `(?:emails?|repl(?:y|ies)|letters?|posts?|articles?|copy|content|descriptions?|blurbs?|teasers?|press releases?|newsletters?|proposals?|pitch(?:es)?|announcements?|captions?|headlines?|stor(?:y|ies)|bios?|listings?|essays?|outlines?|poems?|slogans?|taglines?|dialog(?:ue)?s?|itinerar(?:y|ies)|texts?|quiz(?:zes)?|questions?|flashcards?|worksheets?|lyrics?|jokes?|riddles?|${SPOKEN_SCRIPT})`;

/** Code as the product before a maker noun: "test generator", "SQL writer". */
const CODE_PRODUCT = `(?:${CODE_NAMES}|code|tests?|unit tests?|(?<!\\b${SPOKEN_MEDIUM}\\s)scripts?|functions?|quer(?:y|ies)|boilerplate|regex(?:es)?)`;

/**
 * Code said first and its making after it: "a test suite generated for each class", "migration
 * scripts produced on request", "functions written from the spec". "Written" and "created" also
 * say who wrote code that already exists, so they count only with what the code is made for or
 * from ("written for", "created from", "written automatically"); none counts when people made it
 * ("code generated by our developers") or when it says the language ("code written in Kotlin").
 */
const MADE_BY_PEOPLE =
  '\\sby\\s(?:(?:our|the|their|its|other|human|real)\\s)?(?:hand|humans?|people|persons?|developers?|devs?|engineers?|programmers?|staff|teams?|colleagues|employees|contractors|analysts)\\b';
const CODE_MADE = new RegExp(
  `\\b${CODE_OBJECT}\\s(?:(?:is|are|was|were|be|being|been|gets?|got|getting)\\s)?(?:[a-z]+ly\\s)?(?:(?:auto\\s)?(?:generated|produced|drafted)\\b|(?:written|created|authored)(?=\\s(?:for|from|automatically|on (?:request|demand))\\b))(?!${MADE_BY_PEOPLE})`,
  'g',
);

/**
 * A search, then an answer written from what it found: "a chat assistant that searches all that
 * and answers from it", "search over our case files plus a written answer", "it searches the
 * manuals, then replies", "searches the tariff sheets so clerks can ask about fees", "searching
 * in our field trial records and giving the answer". Retrieval
 * and generation together, whatever the collection is called.
 * Not a search named by its parts ("search latency and answer quality", "search results"), nor
 * answering something other than a question ("search the order system and answer calls").
 */
const SEARCH_THEN_ANSWER = new RegExp(
  [
    '\\bsearch(?:es|ed|ing)?\\b',
    '(?!\\s(?:box|bar|engines?|results?|latency|quality|quer(?:y|ies)|terms?|traffic|volume|speed|pages?|fields?|filters?|index(?:es)?|history|rankings?)\\b)',
    '[^.!?;]{0,60}?',
    '\\b(?:(?:and|plus|then|with)\\s(?:then\\s)?',
    '(?:answers?|repl(?:y|ies)|responds?|',
    '(?:writ(?:es?|ing)|giv(?:es?|ing)|drafts?|drafting|returns?|returning|produc(?:es?|ing)|generat(?:es?|ing)|compos(?:es?|ing))\\s(?:an?|the)\\s(?:[a-z]+\\s)?answers?|',
    '(?:an?|the)\\s(?:written|short|direct|full|generated|grounded|summari[sz]ed|plain english|natural language)\\sanswers?)|',
    // the search done for people's questions: "so nurses can ask it", "so that staff can query"
    'so\\s(?:that\\s)?(?:[a-z]+\\s){1,3}?(?:can|could|may|will be able to)\\s(?:ask|query)\\b)',
    '\\b(?!\\s(?:the\\s)?(?:quality|latency|times?|lengths?|speed|calls?|emails?|tickets?|surveys?|phones?|letters?|forms?)\\b)',
  ].join(''),
  'g',
);

/**
 * Answers written from two sources, the documents named second: "answers from our live feed and
 * the timetable documents", "replies using the order system plus our policies". (When the first
 * is already documents, task() has read it.)
 */
const SOURCE_NAMED_SECOND = new RegExp(
  `\\b${VERB.answerFrom}\\s(?!${GAP}${SOURCE_OBJECT})${GAP}(?:and|or|plus|&)\\s${GAP}${SOURCE_OBJECT}`,
  'g',
);

/**
 * Parts of a piece of writing drafted, named after a list of their names: "drafts the
 * methodology and key-findings sections", "writes the intro and summary paragraphs of each
 * brief". The list may hold "and"; a preposition or pronoun ends it, so "generates answers with
 * the relevant sections" is no such list.
 */
const DRAFTED_PARTS = new RegExp(
  `\\b(?:draft(?:s|ed|ing)?|writ(?:e|es|ing|ten)|wrote|generat(?:e|es|ed|ing)|compos(?:e|es|ed|ing))\\s(?:(?!(?:with|from|in|on|to|for|by|using|that|which|who|it|them|answers?|repl(?:y|ies))\\b)[a-z'-]+\\s){0,5}?(?:sections|chapters|paragraphs)\\b`,
  'g',
);

/**
 * Things made, said first, then a verb of making with a pronoun for them: "teachers make
 * exercises by hand, so we want the model to generate them", "the release notes take hours; it
 * should draft these", "the shop staff would have the AI write each one". The pronoun takes the
 * use case of the nearest product named before it in the same or the previous sentence (writing
 * for people, or code).
 */
const MADE_PRONOUN = new RegExp(
  `\\b(?:writ(?:e|es|ing)|generat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|produc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|compos(?:e|es|ed|ing))\\s(?:them|these|those|each one|every one|each of them)\\b`,
  'g',
);
const PRONOUN_PRODUCT = new RegExp(
  `\\b(?:${PROSE_OBJECT}|${CODE_OBJECT})`,
  'g',
);

/** The use case of a product a pronoun refers back to, from the text before `at`. */
function pronounUseCase(text: string, at: number): UseCaseId | undefined {
  const before = text.slice(Math.max(0, at - 300), at);
  const sentences = before.split(/[.!?;]\s/);
  const window = sentences.slice(-2).join('. ');
  let last: string | undefined;
  for (const m of window.matchAll(PRONOUN_PRODUCT)) last = m[0];
  if (last === undefined) return undefined;
  return new RegExp(`^${CODE_OBJECT}$`).test(last)
    ? 'code_generation'
    : 'content_generation';
}

/**
 * Writing reworded or redone for people to read: "rewrites the seller's title", "rephrase our
 * product descriptions", "reword each job ad". A title is a piece of prose here. Code rewritten
 * ("rewrites our VB6 apps") is code_generation (VERB.transform).
 */
const REWORD =
  '(?:rewrit(?:e|es|ing|ten)|rewrote|reword(?:s|ed|ing)?|rephras(?:e|es|ed|ing))';
const REWORDED_OBJECT = `(?:${PROSE_OBJECT}|titles?\\b|description\\b|headline\\b|listing\\b)`;

/** [use case, pattern]: each match is evidence for that use case. */
const TASKS: Array<[UseCaseId, RegExp]> = [
  ['code_generation', task(VERB.transform, CODE_OBJECT)],
  ['code_generation', task(VERB.make, CODE_OBJECT)],
  ['code_generation', task(VERB.explain, CODE_OBJECT)],
  ['code_generation', CODE_MADE],
  ['content_generation', task(VERB.make, PROSE_OBJECT)],
  ['content_generation', DRAFTED_PARTS],
  ['content_generation', task(REWORD, REWORDED_OBJECT)],
  // an answer is made by every assistant; one drafted is written for a person to send
  ['content_generation', task('draft(?:s|ed|ing)?', DRAFTED_ANSWER)],
  ['content_generation', task(WRITE_MESSAGE, MESSAGE_OBJECT)],
  ['content_generation', DRAFT_PRODUCT],
  ['content_generation', task(CONTINUE, CONTINUED_PIECE)],
  ['chatbot', task(ANSWER_CHATS, CHAT_OBJECT)],
  // the task said as a tool named for its product: "a product-copy generator", "unit test writer"
  ['content_generation', new RegExp(`\\b${PROSE_PRODUCT}${MAKER}`, 'g')],
  // the task said as its product's making: "worksheet generation", "video-script writing"
  // ("text generation" names any model's work; "content generation" is a cue of its own)
  [
    'content_generation',
    new RegExp(`\\b(?!(?:texts?|content|copy)\\s)${PROSE_PRODUCT}${MADE}`, 'g'),
  ],
  ['code_generation', new RegExp(`\\b${CODE_PRODUCT}${MAKER}`, 'g')],
  ['summarization', task(`(?:${VERB.make}|${VERB.transform})`, SUMMARY_OBJECT)],
  ['long_document_analysis', task(VERB.extract, DOCUMENT_OBJECT)],
  // answers from passages looked up: "helps staff answer questions by retrieving passages"
  ['rag', task(VERB.retrieve, SOURCE_OBJECT)],
  ['rag', task(VERB.answerFrom, ANSWER_SOURCE_OBJECT)],
  ['rag', SOURCE_NAMED_SECOND],
  ['rag', SEARCH_THEN_ANSWER],
];

/** Weight of a task found: as much as a use case's own name. */
export const TASK_WEIGHT = 3;

/** Evidence per use case from the tasks in `text` (lower case), with the first position. */
export function taskEvidence(
  text: string,
): Map<UseCaseId, { score: number; first: number }> {
  const out = new Map<UseCaseId, { score: number; first: number }>();
  for (const [useCase, re] of TASKS) {
    for (const m of text.matchAll(re)) {
      const seen = out.get(useCase) ?? { score: 0, first: Infinity };
      out.set(useCase, {
        score: seen.score + TASK_WEIGHT,
        first: Math.min(seen.first, m.index ?? 0),
      });
    }
  }
  for (const m of text.matchAll(MADE_PRONOUN)) {
    const useCase = pronounUseCase(text, m.index ?? 0);
    if (useCase === undefined) continue;
    const seen = out.get(useCase) ?? { score: 0, first: Infinity };
    out.set(useCase, {
      score: seen.score + TASK_WEIGHT,
      first: Math.min(seen.first, m.index ?? 0),
    });
  }
  return out;
}
