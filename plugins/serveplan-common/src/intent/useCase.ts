/**
 * The use case from keywords and phrases, with weights: a specific phrase ("code completion",
 * "retrieval-augmented") outweighs a loose word ("assistant", "articles"). Batch cues (nightly,
 * overnight, backfill) make any task batch_processing: how the work arrives matters more to the
 * plan than what each request does. Typos are fixed before (text.ts), so "chatbto" counts.
 */
import { UseCaseId } from '../kb/schema';
import { CODE_NAMES, taskEvidence } from './useCaseTasks';
import {
  COUNTED_SET_WITH_WINDOW_CUE,
  FIXED_ITEM_JOB_CUE,
} from './fixedItemJobs';
import { COUNTED_ITEM_JOB_CUE } from './countedItemJobs';
import { hasJobWindowCue, JOB_WINDOW_CUE } from './jobWindowCues';
import { withoutChatbotSubjects } from './chatbotSubject';
import { withoutPastWork } from './pastWork';
import { withoutContractsAsReasons } from './contractAsReason';
import { withoutDeniedUseCases } from './deniedUseCases';
import { saysTaskUndecided } from './undecidedTask';
import { WEEKDAY_NAME } from './clockWindow';

/**
 * The words that name a use case or its task, as its cues spell them: the spelling pass
 * (spelling.ts) corrects a slip into one of these ("sumarization", "retreival", "transaltion"), so
 * the two share one vocabulary and a new cue word is correctable as soon as it is listed here.
 */
export const USE_CASE_WORDS: readonly string[] = [
  'chatbot',
  'chatbots',
  'helpdesk',
  'support',
  'customer',
  'assistant',
  'conversational',
  'completion',
  'completions',
  'autocomplete',
  'autocompletion',
  'copilot',
  'generate',
  'generation',
  'retrieval',
  'retrieve',
  'knowledge',
  'grounded',
  'document',
  'documents',
  'documentation',
  'summarize',
  'summarise',
  'summarization',
  'summarisation',
  'summaries',
  'summary',
  'transcripts',
  'translate',
  'translation',
  'translations',
  'marketing',
  'content',
  'articles',
  'product',
  'descriptions',
  'nightly',
  'overnight',
  'offline',
  'batch',
  'agent',
  'agentic',
  'calling',
  'contracts',
  'analysis',
  'analyze',
  'analyse',
];

/**
 * A job run each night, maybe of one weekday: "every night", "each Sunday evening"; or a run
 * put in the night: "it can run during the night", "processed at night", "it runs in the night
 * shift".
 */
const EVERY_NIGHT = String.raw`\b(?:every|each) (?:${WEEKDAY_NAME} )?(?:night|nite|evening)\b|\b(?:run|runs|ran|running|done|process(?:ed|es)?|go|goes)\s(?:(?:during|over|through|in)\s(?:the\s)?night(?:\sshift)?|at\snight)\b`;

/**
 * "Bulk" of work done in quantity, not goods bought or sold by the box: "do you sell chalk in
 * bulk", "we order gloves in bulk" are purchasing.
 */
const BULK_WORK = String.raw`(?<!\b(?:sell|buy|bought|order|purchas|stock|ship|suppl|deliver)\w*\s(?:[\w'-]+\s){0,4}in\s)\bbulk\b`;

/** Languages texts are put into: "into Spanish", "Spanish versions". */
const LANGUAGE_NAME =
  '(?:english|german|french|spanish|italian|japanese|chinese|portuguese|dutch|korean|arabic|polish)';

/**
 * Two language codes joined by an arrow: "EN<->ES", "de -> fr", "ja→en", "en-us => pt-br". Codes
 * that are also English words ("it", "no") are left out; an arrow between other words
 * ("COBOL -> Java", "v1 -> v2") is no pair.
 */
const LANGUAGE_CODE =
  '(?:en|de|fr|es|pt|nl|pl|ja|jp|zh|cn|ko|kr|ar|ru|tr|vi|sv|da|fi|cs|uk|el|th|ro|hu)(?:[-_][a-z]{2})?';
const LANGUAGE_CODE_PAIR = String.raw`\b${LANGUAGE_CODE}\s?(?:<->|<>|->|=>|→|↔|⇄)\s?${LANGUAGE_CODE}\b`;

/** A pattern, its weight, and optionally a context the whole text must show for it to count. */
type Cue = [RegExp, number, RegExp?];

/** "COBOL -> Java", "from Perl to Python", "VB6 into C#", "Angular to React". */
const LANGUAGE_PAIR = `(?:\\bfrom\\s)?\\b${CODE_NAMES}\\s?(?:->|=>|→|to|into)\\s?${CODE_NAMES}(?![\\w+#])`;

/** Words that put a request in a software-development setting. */
/** "coding" of software, not the coding of records with a classification's codes ("ICD-10 coding"). */
const CODING_OF_SOFTWARE =
  '(?<!\\b(?:icd(?:-?\\d+)?(?:-cm)?|medical|clinical|diagnos(?:is|tic)|billing|cpt|snomed|procedure|claims?)\\s)\\bcoding\\b';
const CODE_CONTEXT =
  /\b(?:code|coding|codebases?|ide|ides|editors?|developers?|devs?|engineers|programmers|repos?|repositories)\b/;

/**
 * A bounded job with a deadline ("done over the weekend", "finished within 48 hours", "finish
 * inside the working day", "by Monday", "they all need doing by end of the weekend", "must be
 * finished before 6:00", "everything has to be ready in 4 days", "it must be done before we cut
 * over to the new ERP"): offline work, whatever each request does. Not "done in 300 ms" or
 * "ready in max 5 seconds", nor "done by the time the patient is dressed" (someone waits), nor an answer complete in a
 * time however spelt ("the reply must be complete in 3 secs"): that is how long someone waits.
 * "In one time" (in one go: "it should read the whole file in one time") says how one input is
 * read, like "at any one time" says when: neither is a one-time job.
 */
const DEADLINE_CUE =
  /(?<!\b(?:any|at|in) )\bone[\s-](?:off|time)\b|\b(?:everything|all of (?:it|them)|it all|them all|the (?:whole|entire) (?:lot|batch|set|thing))\s(?:(?:must|should|has to|have to|needs? to|will|would)\s)?be ready (?:within|in|by|before)\b(?! (?:(?:under|less than|max(?:imum)?|at most|about|around|roughly|approx(?:imately)?|up to|no more than)\s)?(?:\d+ ?(?:ms|milliseconds?|s|secs?|seconds?)\b|(?:[1-9]|10) ?(?:mins?|minutes?)\b|real[\s-]?time))|\b(?<!\b(?:turnaround|response|reply|answer|responses|replies|answers)(?: times?)? (?:is |of |are )?)(?:within|in under|in less than) \d+ (?:hours|days)\b|\b(?<!\b(?:tab|auto|code|inline)[\s-])(?<!\b(?:answers?|repl(?:y|ies)|responses?)\s(?:(?:must|should|has to|have to|needs? to|will)\s)?(?:be\s)?)(?:done|finish(?:ed|es|ing)?|complet(?:e|ed|es|ing)) (?:(?:all|them all|it all|everything|the lot) )?(?:within|inside|in|by|over)\b(?! (?:(?:under|less than|max(?:imum)?|at most|about|around|roughly|approx(?:imately)?|up to|no more than)\s)?(?:\d+ ?(?:ms|milliseconds?|s|secs?|seconds?)\b|(?:[1-9]|10) ?(?:mins?|minutes?)\b|real[\s-]?time|the time\b))|\b(?<!\b(?:answers?|repl(?:y|ies)|responses?)\s(?:(?:must|should|has to|have to|needs? to|will)\s)?(?:be\s)?)(?:done|finish(?:ed|es|ing)?|complet(?:e|ed|es|ing)) (?:(?:all|them all|it all|everything|the lot) )?before (?=\d{1,2}(?::\d\d)?\s?(?:am|pm|h|o'?clock)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:morning|midnight|dawn|tomorrow|the (?:morning|next|end|start|first))\b|we (?:switch|cut|go live|launch|migrate|move over|upgrade|shut|decommission|retire)\b)|\bdeadline (?:is )?(?:in|within) \d+ (?:hours|days|weeks)\b|\bwithin (?:a|one|the) weekend\b|\bget through (?:all (?:\d[\d,.]*k?\b|of (?:them|it)\b)|them all|all of them|the lot|the (?:whole|entire) (?:lot|backlog|archive|collection))\b|\bover (?:the|a|one|a single) (?:weekend|week)\b|\bby (?:tomorrow|the morning|monday|friday|(?:the )?end of (?:the )?(?:day|week|weekend|month|quarter))\b|\b(?:need|needs|needed) (?:doing|to be done|done) (?:by|before|within)\b/;

/** Nouns and rate words after a number that make "10k" a quantity ("10k employees", "10k/day"). */
const COUNTED =
  '(?:users?|people|employees|staff|customers?|clients?|devs?|developers?|engineers?|analysts?|seats|members|requests?|reqs?|queries|calls|messages|emails|chats|conversations|questions|tickets|tokens?|rps|qps|documents?|docs|pages|per\\b|a (?:day|week|month|year|second|minute|hour)\\b|daily|nightly|monthly|/)';

/**
 * SEC filings (annual 10-K, quarterly 10-Q): hyphenated ("10-K", "10-Qs"), or "10k"/"10q" with
 * filing context ("10k filings", "SEC 10k", "10k reports" that are not a volume). Never a quantity:
 * "10k employees", "$10k", "10k requests per hour" and "10k reports a day" are counts.
 */
const SEC_FILING = new RegExp(
  `(?<![$€£]\\s?)\\b(?:10-[kq]s?\\b(?!\\s?${COUNTED})|10[kq]s?\\s(?:filings?|forms?)\\b|10[kq]s?\\sreports?\\b(?!\\s?(?:${COUNTED}|an?\\s|each|every)))|\\bsec\\s10[\\s-]?[kq]s?\\b`,
  'g',
);

/**
 * A record changed in a business system, an action taken in a tool rather than text written for
 * someone: "updates the opportunities", "opens Jira tickets", "books meetings", "files expense
 * reports", "books museum group visits", "holds a slot", "reserves a table". Reading or sorting
 * records ("reads tickets", "routes tickets") is no such action.
 */
const RECORD_CHANGE =
  /\b(?:updat(?:e|es|ed|ing)|open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|book(?:s|ed|ing)?|(?:re)?schedul(?:e|es|ed|ing)|cancel(?:s|led|ling|ed|ing)?|submit(?:s|ted|ting)?|amend(?:s|ed|ing)?|hold(?:s|ing)?|reserv(?:e|es|ed|ing))\s(?:(?:the|a|an|our|their|its|new|any|every|each)\s)?(?:(?!(?:for|to|of|in|on|with|and|or|from|by|at)\b)[a-z]+\s){0,2}?(?:opportunit(?:y|ies)|deals?|leads?|tickets?|work orders?|purchase orders?|orders?|bookings?|reservations?|meetings?|appointments?|incidents?|crm|crm (?:records?|entries|fields)|records?|expense reports?|refunds?|change requests?|visits?|slots?|tables?|calendar (?:entries|slots?|events?))\b/g;

/**
 * A look into a live system or a confirmation sent from it, steps of work done in tools: "checks
 * the calendar", "checks stock levels", "check if the part is in stock", "checks the marine
 * weather forecast", "looks up who is on duty", "emails the confirmation", "texts a booking
 * confirmation".
 */
const SYSTEM_STEP =
  /\bcheck(?:s|ing)? (?:the |our |their )?(?:calendars?|availability|inventory|stock(?: levels?)?|schedules?)\b|\bcheck(?:s|ing)? (?:if|whether) [^.;:!?]{0,40}?\b(?:in stock|available|free|booked|on call|on duty)\b|\bcheck(?:s|ing)? (?:the |our |their )?(?:[a-z-]+ ){0,2}?(?:weather|forecasts?)\b|\b(?:check(?:s|ing)?|see(?:s|ing)?|look(?:s|ing)? up|find(?:s|ing)? out) who(?:'s| is| are) (?:on call|on duty|on shift|available|free|working)\b|\b(?:e?mail(?:s|ing)?|send(?:s|ing)?|text(?:s|ing)?) (?:the |a |an )?(?:booking )?confirmations?\b/g;

/**
 * Words a list of tools is named with, between the verb and "tools": "the flight, rail and hotel",
 * "our internal pricing"; no preposition or connective, so "calls about tools" and "calls and
 * tools" are no such list.
 */
const TOOL_NAME_WORD =
  "(?!(?:and|or|but|about|to|for|with|from|on|in|at|by|into|of|per|via|through|using|uses?|a|an|that|which|who|when|if|is|are|was|were|will|would|can|could|should|must|it|them|us|me|day|week|hour|minute|month)\\b)[a-z][\\w'-]*";
/**
 * Software calling tools or APIs, named or listed on the way: "calls our APIs", "by calling
 * flight, rail and hotel tools", "calling the inventory and pricing APIs". Calls counted or made
 * by people ("500 calls a day", "phone calls") are no such verb.
 */
const TOOLS_CALLED = `(?<!\\d[\\d,.]*k?\\s|\\b(?:phone|sales|support|customer|inbound|outbound|tool|function|api)\\s)\\bcall(?:s|ed|ing)?\\s(?:(?:our|the|its|their|internal|external|several|various|some|a few|custom|third party)\\s)*(?:${TOOL_NAME_WORD}(?:,\\s(?:(?:and|or)\\s)?|\\s(?:and|or|&)\\s|\\s|\\/)){0,5}?(?:apis|tools|functions)\\b`;

/**
 * Gerunds that name a person's trade before "agent" ("a listing agent", "purchasing agents"),
 * and words ending in "ing" that are no gerund ("during", "morning").
 */
const NOT_AGENT_WORK =
  '(?:during|morning|evening|thing|nothing|something|anything|everything|king|ring|spring|string|wing|listing|buying|selling|shipping|forwarding|paying|clearing|receiving|closing|managing|casting|ticketing|boarding|marketing|advertising|purchasing|licensing|underwriting|reporting|recruiting)';
/**
 * Software named by the work it does, a gerund before "agent": "a planning agent", "a contract
 * drafting agent", "scheduling agents". People named by their trade (HUMAN_AGENTS, NOT_AGENT_WORK)
 * are no such agent.
 */
const WORKING_AGENT = `\\b(?!${NOT_AGENT_WORK}\\b)[a-z]{2,}ing agents?\\b`;

/**
 * Batch work said as what it is: "nobody waits on each one", "no one is sitting there waiting
 * for any single summary", "no user waits for them", "nobody wait for single invoice", "no one
 * reads them live", or the whole set "done in one go".
 */
const NOBODY_WAITING_ON_EACH =
  /\b(?:nobody|no one|no-one|none of us|no human|no user|no person)\s(?:(?:is|will be|'s|needs to be|has to be)\s)?(?:(?:sitting|sits|standing|stands)\s(?:there\s|around\s)?)?(?:wait(?:s|ing)?|watch(?:es|ing)?)\s(?:on|for)\s(?:each|every|any|them|these|those|individual|(?:a\s)?single|the individual|one|it(?!\sto\b))\b|\b(?:all|everything|the whole (?:lot|set|thing|catalog(?:ue)?|archive|backlog))\s(?:(?:\d[\d,.]*k?\s)?[a-z]+\s)?(?:in|at)\sone\s(?:go|shot|sitting)\b|\bin\sone\s(?:go|shot)\b|\b(?:nobody|no one|no-one)\s(?:reviews?|reads?|checks?|looks? at|sees?)\s(?:them|it|these|those|each(?: one)?|the (?:output|results?))\s(?:live|in real[\s-]?time)\b/g;

export const USE_CASE_CUES: Record<UseCaseId, Cue[]> = {
  chatbot: [
    // "questions" alone: people asking, someone answering (RAG's own cues outweigh it)
    [/\btalk to\b|\bquestions\b|\b(?:inquiries|enquiries)\b|\bq&a\b/g, 1],
    // a model people converse with: "an AI conversation partner", "a tutor persona to chat with"
    [
      /\b(?:conversation(?:al)?|chat|sparring|practice|role[\s-]?play) partners?\b|\b(?:tutor|teacher|coach|companion|character) persona\b/g,
      3,
    ],
    // the model answering whoever asked, said as the seconds or minutes it may take: "if it takes
    // 20 seconds to reply", "takes a few seconds to respond" (not "to reply to emails", a task,
    // nor "takes our staff 10 minutes to answer", people)
    [
      /\b(?:takes?|took|taking)\s(?:(?:up to|about|around|roughly|maybe|even|a|an|few|couple|of|several|some|extra|more|\d+(?:\.\d+)?)\s){0,3}(?:seconds?|secs?|minutes?|mins?|moments?)\sto\s(?:answer|reply|respond)\b(?!\s(?:to\s)?(?:(?:the|our|their|each|every|all|an?|\d+)\s)?(?:[a-z]+\s)?(?:emails?|tickets?|letters?|messages?|reviews?|comments?|calls?|surveys?|forms?|rfps?|complaints?|posts?)\b)/g,
      1,
    ],
  ],
  code_completion: [
    [
      /\bcode[\s-]?complet(?:ions?)?\b|\bauto[\s-]?complet\w*|\btab[\s-]complet\w*|\bfill[\s-]in[\s-]the[\s-]middle\b|\bfim\b|\binline (?:code )?suggestions\b|\bghost text\b/g,
      3,
    ],
    [
      /\bide (?:plugin|extension|integration)\b|\b(?:in|inside) (?:the |our |their )?(?:ide|editor)s?\b|\bas (?:they|you|devs|developers) type\b/g,
      2,
    ],
    // a "copilot" helps whoever uses it: a code one only among developers ("copilot for support staff")
    [/\bcopilot\b/g, 2, CODE_CONTEXT],
    // "completion latency" for a code assistant: completions, not chat ("chat completions", "completion time")
    [
      /(?<!chat[\s/-])\bcompletions?\b(?! (?:time|api|endpoints?|tokens?)\b)/g,
      2,
      CODE_CONTEXT,
    ],
  ],
  code_generation: [
    [
      /\bcode[\s-]?gen(?:eration)?\b|\b(?:unit )?tests? generation\b|\bgenerat\w* (?:the )?(?:code|sql|unit tests|tests|functions|scripts|boilerplate|prs?|pull requests)\b|\btext[\s-]to[\s-]sql\b|\bwrit\w* (?:the )?code\b/g,
      3,
    ],
    // code handed back for a description: "describe the routine and get the whole function back",
    // "receives a working script"
    [
      /\b(?:get|gets|getting|got|receive|receives|receiving)\s(?:back\s)?(?:(?:the|a|an|whole|full|complete|working|entire|finished)\s){0,3}(?:code|functions?|scripts?|classes|modules?|programs?|routines?|implementations?)\b(?!\s(?:completions?|reviews?|suggestions?)\b)/g,
      3,
    ],
    // tests and reviews of code changes: "writes unit tests for pull requests", "reviews merge requests"
    [
      /\b(?:writ|generat|draft)\w* (?:the |our )?(?:unit |integration )?(?:tests|test suites?|test cases)\b|\breview\w* (?:the |our |their )?(?:merge|pull) requests\b|\b(?:merge|pull)[\s-]request reviews?\b|\b(?:pr|mr) reviews?\b/g,
      3,
    ],
    [
      /\bunit tests?\b|\b(?:pull|merge) requests?\b|\bsuggest\w* (?:code )?fixes\b|\bdiffs?\b|\bscaffold(?:s|ed|ing)? (?:(?:the|new|our|their|a|an)\s)?(?:[a-z-]+\s)?(?:projects?|(?:micro)?services?|apps?|endpoints?|apis?|repos?|modules?|components?)\b/g,
      2,
    ],
    // documentation written into code: "docstring generator", "writes JSDoc comments"
    [
      /\b(?:docstrings?|jsdoc|javadoc|code comments|type (?:hints|annotations))\b/g,
      2,
    ],
    [
      new RegExp(
        `${CODING_OF_SOFTWARE}\\s(?:assistant|agent|helper|tool)\\b|\\bcode review\\w*\\b|\\brefactor\\w*\\b|\\bprogramming (?:assistant|help)\\b|\\bdebug\\w*\\b`,
        'g',
      ),
      2,
    ],
    [new RegExp(`${CODING_OF_SOFTWARE}|\\bprogramming\\b|\\bsql\\b`, 'g'), 1],
    // code named by its language: "Python scripts", "KQL queries", "YARA rules", "Bash one-liners"
    [
      new RegExp(
        `\\b${CODE_NAMES}\\s(?:scripts?|snippets?|functions?|queries|code|programs?|modules?|classes|one liners?|rules|notebooks?)\\b`,
        'g',
      ),
      2,
    ],
    // code moved between programming languages: "COBOL -> Java migration", "port our Perl to Go"
    [new RegExp(LANGUAGE_PAIR, 'g'), 3],
    [
      /\b(?:migrat|port|convert|translat|rewrit|moderni[sz])\w* (?:(?:our|the|their|old|legacy|existing|a|an)\s)*(?:code|codebases?|programs?|mainframe (?:code|programs?|apps?)|source(?: code)?)\b/g,
      3,
    ],
    // infrastructure as code: configuration written as code
    [
      /\b(?:iac|infrastructure[\s-]as[\s-]code|terraform|cloudformation|pulumi|bicep|ansible playbooks?)\b/g,
      2,
    ],
  ],
  rag: [
    // the technique named outright outweighs what its documents are ("contract review RAG")
    [/\brag\b|\bretrieval[\s-]augmented\b/g, 4],
    [
      /\bretrieval\b|\bknowledge[\s-]?base\b|\bgrounded\b|\bsemantic search\b|\bvector (?:db|database|store|search)\b/g,
      3,
    ],
    [
      /\b(?:over|across|from|on|(?<=\b(?:questions?|ask\w*|answer\w*|chat\w*|quer(?:y|ies))\s(?:[\w']+\s){0,3})about|against) (?:our |the |internal |their |company |private )*(?:[a-z]+(?:'s|’s) )?(?:[a-z]+ )?(?:[a-z]*docs|documents|documentation|wiki|confluence|sharepoint|manuals|policies|policy documents|handbook|intranet|knowledge|reports|papers|literature|publications|studies|catalog(?:ue)?(?: entries)?|(?:[a-z]+\s)?(?:database|db)|archives?)\b(?!\s(?:team|teams|staff|department|dept|people|folks|group|manager|managers|office|unit|admins?)\b)|\b(?:over|across|from|against) (?:our |the |internal |their |company |private )*(?:[a-z]+ )?(?:sops|procedures|protocols|guidelines|runbooks|playbooks|regulations|regs|standards|faqs|articles|help ?cent(?:er|re))\b|\banswers? (?:\w+ )?(?:pulled|drawn|taken|sourced|grounded|based|built|generated|retrieved|looked up|fetched) (?:from|on|in) (?:our |the |their |internal |those |these |its |my |all (?:the |our |those )?)|\bask (?:(?:it|them)\s)?(?:(?:questions?|things)\s(?:to|of)\s)?(?:the|our|this|that|these) (?:[a-z]+ )?(?:catalog(?:ue)?|docs|documentation|wiki|handbook|knowledge base|manuals?|runbooks?|archives?|collections?|corpus|library)\b|\bdocument q&a\b|\bsearch (?:our|internal|the) (?:docs|documents|wiki)\b|\benterprise search\b/g,
      3,
    ],
    // citations are what a retrieval system produces: answers that point at their sources, or
    // say where they came from ("an answer that quotes where it came from", "tells you which
    // page that was taken from")
    [
      /\b(?:quot|say|tell|show|nam|giv|cit|point)(?:e|es|ed|ing|s)? (?:(?:you|us|them|the user)\s)?(?:to\s)?(?:where|which (?:page|document|file|section|source|manual|record)s?) (?:it|that|this|they|the answer|the information|the info|each answer) (?:came|comes|was taken|is taken|were taken|was found|is from|was from)\b/g,
      3,
    ],
    // answers given with where they came from: "answers with the sources", "gives each answer
    // together with its source", "replies along with the sources"
    [
      /\blinks? (?:back )?to (?:the |their |its )?sources?\b|\bon top of (?:our|the|their) (?:[a-z-]+ )?(?:materials|docs|documents|documentation|content|knowledge base|wiki|notes|manuals?)\b|\bcitations?\b|\bcit(?:e|es|ing) (?:the |its |their )?sources?\b|\b(?:answers?|answering|replies|replying|responds?|responding) (?:(?:together|along)\s)?with (?:the |its |their |a )?sources?\b|\b(?:answers?|answering|replies|replying|responds?|responding) with (?:a |the )?links? to (?:it|them|that|(?:the|its|their) (?:sources?|sections?|passages?|documents?|manuals?|pages?|articles?))\b|\bwith (?:source |sources? )?(?:references|attributions?)\b/g,
      3,
    ],
    // where an answer came from, pointed to: "shows the page it got that from", "links the section
    // they took the answer from"
    [
      /\b(?:pages?|sections?|documents?|sources?|passages?|manuals?|articles?|files?|paragraphs?) (?:it|they) (?:got|took|found|pulled|drew|used) (?:(?:that|this|it|the answer|the information|the info|them)\s)?from\b/g,
      3,
    ],
    // a system that answers out of the writer's own material, whatever it is called: "a helper
    // that answers from our ten years of case notes", "it should reply based on our tariffs"
    [
      /\b(?:that|which|it|to|can|will|should|must|and)\s(?:only\s)?(?:answers?|replies|responds?)\s(?:only\s)?(?:from|out of|based on)\s(?:our|its|their)\s/g,
      4,
    ],
    // answers taken from a body of text: "it pulls from our policy manuals"
    [
      /\b(?:pulls?|pulling|draws?|drawing) (?:answers? )?(?:from|on) (?:our|the|their|internal)\b/g,
      3,
    ],
    // passages looked up and cited: "with the relevant passages retrieved and cited", "answers
    // with the relevant section"
    [
      /\bretriev(?:e|ed|es|ing)\b|\b(?:relevant|matching) (?:passages?|chunks?|snippets?|excerpts?|sections?)\b|\bcit(?:e|ed|es|ing)\b/g,
      2,
    ],
    // answers made from what was looked up: "looks through our catalog and answers from that",
    // "finds the right manual page and answers from it"
    [
      /\b(?:answers?|answering|responds?|replies|reply) (?:(?:only|just|directly|purely|straight)\s)?(?:from|based on|using) (?:it|that|them|those|what (?:it|they) finds?|what (?:it|they) found|the (?:results?|matches|hits|pages?|passages?|documents?|sources?))\b|\b(?:answers?|answering|responds?|replies|reply) (?:(?:only|just|directly|purely|straight)\s)?(?:from|based on|using) (?:the|our|its|their|those|these)\s(?:[\w']+\s){0,3}?(?:own\s)?(?:transcripts?|pdfs?|documents?|docs|articles|manuals?|notes|materials?|guides?|faqs?|knowledge|content|records|policies|handbooks?|wikis?|help\s?cent(?:er|re)|release notes|database)\b/g,
      3,
    ],
    [/\bdocuments?\b|\bdocs\b|\bwiki\b/g, 1],
  ],
  summarization: [
    // a summary of the request itself is no task: "Requirement summary - translation of ...",
    // "in summary, we need ..."; nor is the recap of a sporting event ("race recaps", "a game
    // recap for the fans"), a report written about it (content), not a text made shorter
    [
      /\bsummar(?:is|iz)\w*|(?<!\b(?:requirements?|request|in|project)\s)\bsummar(?:y|ies)\b(?!\s(?:tables?|statistics|stats|page|sheets?|fields?|rows?|columns?)\b)|\b(?:an?|the|short|brief|quick)\ssummer(?:y|ies)\b(?=\s(?:of|for|in|to|and|is|are|should)\b|[,.])|\btl;?dr\b|\bdigests?\b|\bcondens\w*|(?<!\b(?:match|game|race|fight|bout|tournament|round|season|matchday|sports?|post[\s-]?game|post[\s-]?match)\s)\brecaps?\b|\bmeeting notes\b|\bminutes of\b/g,
      3,
    ],
  ],
  long_document_analysis: [
    // a context window sized for whole long documents ("we need a 128k context window", "128k of
    // context"): a hint only, since agents, RAG and summaries ask for one too
    [
      /\b(?:6[4-9]|[7-9]\d|[1-9]\d{2})k\s?(?:tokens?\s)?(?:of\s)?(?:context|ctx)\b|\b(?:context|ctx)(?:\swindow)?\s(?:of\s)?(?:at least\s)?(?:6[4-9]|[7-9]\d|[1-9]\d{2})k\b/g,
      1,
    ],
    // documents said to be long or huge ("the documents are long", "these enormous supplier
    // specs"), and page counts past a few dozen ("60 to 90 pages", "well over 100 pages",
    // "between 120 and 300 pages")
    [
      /\b(?:documents?|reports?|specs?|packages?|proposals?|filings?|contracts?|files?|papers?)\s(?:are|is|get|can be)\s(?:(?:very|really|often|quite|pretty)\s)?(?:long|enormous|huge|massive|lengthy)\b|\b(?:enormous|huge|massive|lengthy)\s(?:[a-z-]+\s)?(?:specs?|reports?|packages?|proposals?|filings?|contracts?|agreements?)\b|\b(?:well\s)?(?:over|more than)\s(?:[5-9]\d|\d{3})\s?pages\b|\b[2-9]\d\s?(?:-|–|to)\s?(?:[3-9]\d|\d{3})\s?pages\b|\b(?:between|from)\s(?:[2-9]\d|\d{3})\s(?:and|to)\s(?:[3-9]\d|\d{3})\s?pages\b/g,
      2,
    ],
    [
      /\blong[\s-](?:documents?|docs|context)\b|\b(?:entire|whole|full|complete) (?:[a-z]+ ){0,2}?(?:books?|reports?|codebases?|documents?|contracts?|filings?|agreements?|records|applications|treaties|treaty|dossiers?|(?:case|claim|patient|loan|client|customer|personnel|applicant|medical|legal)\sfiles?|(?<=\b(?:entire|whole|full|complete) )file\b|manuscripts?|theses|thesis|novels?|depositions?|(?:deposition|hearing|trial|court) transcripts?|(?:grant |research )?proposals?|packages?|specs?|specifications?)\b|\bin (?:a single|one) (?:pass|prompt|context(?: window)?)\b|\b(?:huge|big|large|massive|enormous) (?:documents?|files?|pdfs?)\b/g,
      3,
    ],
    [
      /\b(?:[3-9]\d|\d{3,})(?:-pages?\b|-pager\b|\s?\+\s?pages?\b|\s?pages?\s(?:long|each)\b)|\b(?:run(?:s|ning)? (?:to|up to|over|into)|spann?(?:s|ing)?|stretch(?:es|ing)? (?:to|over)|reach(?:es|ing)?) (?:about |around |roughly |over |up to )?(?:[3-9]\d|\d{3,}) pages?\b/g,
      3,
    ],
    // documents said to run to tens of thousands of tokens ("the biggest ones are up to 90
    // thousand tokens"): whole documents are the input
    [
      /\b(?:run(?:s|ning)? (?:to|up to|over|into)|spann?(?:s|ing)?|stretch(?:es|ing)? (?:to|over)|reach(?:es|ing)?) (?:about |around |roughly |over |up to )?(?:[2-9]\d|\d{3}),?\d{3} tokens\b|\b(?:[2-9]\d|\d{3})k[\s-]tokens? (?:long|documents?|contracts?|files?|reports?)\b|\b(?:documents?|reports?|contracts?|files?|filings?|transcripts?|papers?|specs?|manuals?|(?:biggest|largest|longest) ones) (?:is|are|comes? to|runs? to) (?:(?:typically|usually|often|about|around|roughly|up to|until|till|over|some)\s){0,2}(?:(?:[2-9]\d|\d{3}),?\d{3}|(?:[2-9]\d|\d{3})\s?(?:k|thousand)) tokens\b/g,
      3,
    ],
    [
      /\bdocument (?:analysis|understanding|processing|review|extraction|intelligence)\b|\bextracts? (?:the )?(?:key )?(?:fields|entities|data points|clauses)\b|\b(?:pull|pulls|pulling|picks?|picking|lifts?|lifting) out (?:the |all the |key )?(?:numbers|figures|fields|amounts|totals|values|entities|data points|dates|names)\b|\bupload(?:s|ed|ing)? (?:a |the |their |our |his |her |an? )?(?:\w+'s )?(?:documents|files|pdfs|statements|filings|forms)\b/g,
      3,
    ],
    // one document put in and then questioned: "inspectors upload 1 audit at a time and query it",
    // "analysts upload a prospectus and ask about it" (a photo or a recording is no document)
    [
      /\bupload(?:s|ed|ing)? (?:(?:a|an|one|1|the|their|each|single|his|her)\s){1,2}(?:(?!(?:photos?|images?|pictures?|selfies?|videos?|screenshots?|scans?|audio|recordings?|clips?)\b)[a-z-]+\s){1,2}?(?:at a time\s)?(?:\([^()\n]{0,80}\)\s)?and (?:then\s)?(?:interrogat\w*|quer(?:y|ies|ied|ying)|question\w*|ask\w* (?:about|questions about) (?:it|them)|dig\w* into|prob\w*|examin\w*|chat\w* (?:with|about) (?:it|them))\b/g,
      3,
    ],
    // "analysts" are people, not analysis; reviews counted or written by customers ("12k
    // reviews", "app reviews") are ratings people left, not a review done
    [
      /\banaly[sz](?!ts?\b)\w*|\bextract\w*|(?<!\b(?:\d[\d,.]*k?|customer|user|app|product|guest|online|star|google|amazon|store)\s)\breview\w*/g,
      1,
    ],
  ],
  translation: [
    [/\btranslat\w*|\blocali[sz]\w*|\bi18n\b|\bl10n\b/g, 3],
    // language codes joined by an arrow, the direction of a translation: "EN<->ES", "de -> fr",
    // "ja→en", "pt-BR => en"
    [new RegExp(LANGUAGE_CODE_PAIR, 'g'), 3],
    // a written-up form as what is translated: "translation of case digests", "translate the
    // summaries" names translation, not the summaries' own task
    [
      /\btranslat\w*\s(?:of\s)?(?:(?:the|our|their|all|its)\s)?(?:[a-z-]+\s)?(?:summar(?:y|ies)|digests?|abstracts?|recaps?|minutes)\b/g,
      4,
    ],
    [
      new RegExp(
        String.raw`\binto (?:${LANGUAGE_NAME}|other languages)\b|\b${LANGUAGE_NAME} (?:versions?|editions?|translations?)\b|\bmultilingual\b|\bmachine translation\b|\bmt\s(?:for|of|engines?|services?|systems?|models?|pipelines?|output|endpoints?|apis?)\b|\b(?:need|want|neural|self[\s-]hosted|on[\s-]prem)\smt\b`,
        'g',
      ),
      2,
    ],
    // something written in one language and wanted by its readers in another: "the crews write
    // their logs in Polish, but head office needs them in German" (not "we want it in English",
    // with no language written from)
    [
      new RegExp(
        String.raw`\b(?:need|needs|want|wants|read|reads|require|requires|expect|expects)\s(?:it|them|this|these|those|(?:the|our|their|all)\s(?:[a-z-]+\s)?[a-z]+s)\s(?:also\s)?in\s${LANGUAGE_NAME}\b`,
        'g',
      ),
      4,
      new RegExp(
        String.raw`\b(?:writ(?:e|es|ing|ten)|wrote|drafted|recorded|typed|filed|kept)\b[^.;!?]{0,80}\bin\s${LANGUAGE_NAME}\b`,
      ),
    ],
  ],
  content_generation: [
    // a generator of a kind of writing, and writing asked to be drafted for the team: "meal-plan
    // generator", "worksheet & quiz generator", "we would like these drafted automatically"
    [
      /\b(?:recipe|meal[\s-]plan|worksheet|quiz|story|poem|lyrics?|caption|headline|description|blog|post|copy|email|letter|itinerar(?:y|ies)|newsletter|slogan)s?[\s-]generators?\b|\b(?:these|them|those|replies|letters|notices|notifications|emails)\s(?:drafted|written|composed)\s(?:automatically|for\s(?:us|the\s[a-z]+))\b/g,
      3,
    ],
    // social media answered or watched by people ("answering calls and social media") is a
    // channel they are reached on, not content written for it; a "marketing authorisation" (or
    // approval, licence, permit) is a regulator's leave to sell a product, no marketing
    [
      /(?<!\bdepend(?:s|ing)? (?:on|of|upon) (?:the |our )?)\bmarketing\b(?!\s(?:authori[sz]ations?|approvals?|licen[cs]es?|permits?)\b)|\bcopy[\s-]?writ\w*|\bblog(?:\s|-)?posts?\b|\bblogs?\b|\bproduct descriptions?\b|(?<!\b(?:answer(?:s|ed|ing)?|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?|(?:phones?|calls|e?mails?|chat) and)\s)\bsocial media\b|\bnewsletters?\b|\b(?:facebook|instagram|linkedin|twitter|tiktok|threads|bluesky|mastodon|x)\sposts?\b|(?<!\b(?:answer|monitor|watch|read|moderat|flag|review|classif|tag|sort|scan|track)\w*\s(?:(?:the|all|our|their)\s)?(?:[a-z]+\s)?)\bposts?\s(?:for|on|to)\s(?:(?:our|the|their)\s)?(?:facebook|instagram|linkedin|twitter|tiktok|bluesky|mastodon|social media|socials)\b|\bpieces of (?:writing|content|copy)\b|\bad copy\b|\bseo\b|\bcontent (?:generation|gen|creation|writing|marketing|team|drafting|drafts?)\b|\b(?:ad |ads )?(?:creative|copy) (?:gen|generation|generator)\b|\b(?:headlines?|copy|captions?|taglines?|subject lines?|ad text|body(?: text| copy)?)\s(?:(?:\+|and|&|\/)\s(?:headlines?|copy|captions?|taglines?|body(?: text| copy)?)\s)?variants?\b|\b(?:creative|fiction|story|novel|poetry|song) writing\b/g,
      3,
    ],
    [
      // a verb with its object ("drafts emails") is read by useCaseTasks.ts
      /\b(?:outreach|cold|sales|marketing|promotional) (?:emails?|messages|campaigns?|sequences?)\b|\bslogans?\b|\bcampaigns?\b/g,
      2,
    ],
    // game writing made by a generator: "generate NPC barks + side quest dialogue", "write item
    // descriptions and flavour text"
    [
      /\b(?:generat|writ|draft|creat|produc)\w* (?:(?:the|our|new|more|all)\s)?(?:[a-z-]+\s)?(?:barks|(?:quest|npc|side[\s-]quest|item|flavou?r)\s(?:dialogues?|dialogs?|text|descriptions?|lines))\b/g,
      3,
    ],
  ],
  batch_processing: [
    [
      new RegExp(
        String.raw`\bbatch(?:es|ed)?\b|\bnightly\b|(?<!\b(?:\d[\d.,]*\s?(?:k|m|thousand|million|hundred)?|thousands?|millions?|hundreds?|grow\w*|grew|jump\w*|explod\w*|chang\w*|doubl\w*|tripl\w*|happen\w*|spik\w*|viral)\s)(?<!\b(?:said|written|published|posted|reported|mentioned|printed|broadcast|aired|tweeted)(?:\s[a-z]+){0,3}\s)\bovernight\b(?!,?\s(?:it'?s|it\sis|there'?s|there\sis|traffic|volume|load|usage|things|we\sget)\b)|\boffline (?:processing|jobs?|inference|pipeline|workloads?)\b|${BULK_WORK}|\bbackfill\w*|${EVERY_NIGHT}|\bcron\b|\basync(?:hronous)? (?:jobs?|processing|pipeline)\b|\bbatch[\s-]?(?:jobs?|inference|processing)\b`,
        'g',
      ),
      4,
    ],
    [new RegExp(DEADLINE_CUE.source, 'g'), 4],
    // a whole corpus put through a model once: "run all our customer emails from last year
    // through a model", "feed every one of the archived letters into the LLM", "the whole recipe
    // library, about 18,000 recipes, run through a model"
    [
      /\b(?:run|put|push|feed|pass)(?:ning|ting|ing)?\s(?:all|every\sone|each|the\swhole|the\sentire)\s(?:of\s)?(?:(?:our|the|their|its|these|those)\s)?(?:[a-z-]+\s){0,5}?(?:through|past|into)\s(?:an?|the|our)\s(?:model|llm|ai)\b|\b(?:the\swhole|the\sentire|all\s(?:of\s)?(?:our|the))\s[^.;!?]{0,60}?\s(?:run|put|fed|passed)\s(?:through|into)\s(?:an?|the|our)\s(?:model|llm|ai)\b/g,
      4,
    ],
    // a pile of work to clear, and a window given as a field of the request: "ICD-10 coding
    // backlog: 1.2M historical letters. Window: 2 weeks"
    [
      /\bbacklogs?\b|(?:^|[.;]\s?)window\s?:\s?(?:about\s|~\s?)?\d[\d.,]*\s?(?:h|hrs?|hours?|days?|weeks?)\b/g,
      2,
    ],
    // half of the definition of batch work: nobody waits on each item, or all done in one go (a
    // stream of items nobody waits on is batch work only with a set or a window besides)
    [NOBODY_WAITING_ON_EACH, 2],
    // a fixed set of items to work through: "850,000 articles to tag"
    [FIXED_ITEM_JOB_CUE, 4],
    // a counted set done in a window: "1.26M line translations. Window: 72 h"
    [COUNTED_SET_WITH_WINDOW_CUE, 4],
    // a verb with a counted set as its object: "summarise 40k theses"
    [COUNTED_ITEM_JOB_CUE, 4],
    // a slot the work is done in, or one run: "window 01:00-05:30", "generated in one run"
    [JOB_WINDOW_CUE, 4],
    [
      // sorting items into classes ("phishing triage"); a "triage bot" is someone's tool instead
      /\bclassif(?:y|ying|ied|ier|iers|ication)\b|\btag(?:ging)?\b|\blabel(?:l)?ing\b|\btriag(?:e|es|ed|ing)\b(?!\s(?:bot|chatbot|assistant|agent|tool|app)s?\b)|\bextract(?:ion)? (?:of|from) (?:all|millions|every)\b|\bpipeline\b|\boffline\b/g,
      1,
    ],
  ],
  agent: [
    [
      /\bagentic\b|\b(?:ai|llm|autonomous|coding|research|browser|sql|support) agents?\b|\btool[\s-]?(?:calling|calls|use|using)\b|\bfunction[\s-]calling\b|\bmulti[\s-]?step\b|\bmcp\b|\breact loop\b|\bplans? and (?:executes?|acts?)\b|\b(?:through|via|using|with) (?:(?:our|its|internal|external|the|a few|several|various|some|custom)\s)*tools\b|\b(?:that|which|it|agent|model|llm|assistant|bot)\s(?:(?:can|could|will|would|should|must|then|also)\s)?uses? (?:(?:our|its|internal|external|the|a few|several|various|some|custom|its own)\s)*tools\b/g,
      3,
    ],
    // an agent named, then what it does after a colon: "a 'fix this CI failure' agent: it reads"
    [/\bagent\s?[:–—-]\s?(?:it|that|which)\s/g, 3],
    // an agent asked for outright: "need an agent for PR review", "we want to build an agent"
    [
      /\b(?:need|needs|want|wants|build|building|looking for|set up|setting up|deploy|deploying)\s(?:to\s(?:build|have|run)\s)?(?:an?|our own|the)\s(?:(?!support\b|sales\b|human\b|customer\b|travel\b|real\b|estate\b|insurance\b|booking\b)[a-z-]+\s)?agent\b(?!\s(?:desktop|console|seats?|licen[cs]es?)\b)/g,
      3,
    ],
    // tools named by what they reach, in a list: "calls the flight, rail and hotel tools"
    [new RegExp(TOOLS_CALLED, 'g'), 3],
    // an agent named by the work it does: "a planning agent", "a contract drafting agent"
    [new RegExp(WORKING_AGENT, 'g'), 3],
    [
      // software that acts and checks its own work: "runs the query, checks the result and retries";
      // the agent may be said whom it serves before what it does ("an agent for the finance team that")
      /\ban? (?:[a-z]+ )?agent (?:(?:for|in|inside|within) (?:(?!(?:that|which|who|and|or)\b)[\w'-]+\s){1,5})?(?:that|which|to)\b|\b(?:runs?|executes?) (?:(?:the|a|a few|some|several)\s)?(?:[a-z-]+\s)?(?:quer(?:y|ies)|code|tools?|commands?|scripts?)\b|\bretr(?:y|ies)(?: if| on| when| until)\b|\bchecks? (?:the |its )?(?:results?|output)\b/g,
      2,
    ],
    [RECORD_CHANGE, 2],
    [SYSTEM_STEP, 2],
    // acting, not only talking: "an assistant that can actually do things, not just chat", "it
    // should take actions, not only answer", the actions maybe listed between ("do things for
    // tenants - renew a lease, log a repair, change the direct debit - not just answer")
    [
      /\b(?:do(?:es)?|take|takes)\s(?:(?:real|actual)\s)?(?:things|stuff|actions?)\b[^.;!?]{0,120}?\bnot (?:just|only|merely) (?:chat|talk|answer|repl(?:y|ie))\w*/g,
      3,
    ],
    // acting through the writer's systems and on its own: "by calling our scheduling API", "roll
    // on tables through our API", "it must use the API of the warehouse system", "without being
    // asked at every step", "loops until green", "it iterates until the numbers add up", "does
    // every step alone"
    [
      /\b(?:steps|everything|it all|the whole (?:thing|process|job))\s(?:alone|by itself|on its own|autonomously)\b|\b(?:by |through |via )?(?:calling|calls?|hits?|hitting) (?:our|the|their|its|an?|external|internal) (?:[a-z-]+ ){0,2}apis?\b|\b(?:through|via) (?:our|their|the|its) (?:[a-z-]+ )?apis?\b|\b(?:it|that|which|must|should|can|could|will|would|to)\s(?:(?:also|then|directly)\s)?uses?\s(?:the|our|their|its)\s(?!(?:openai|anthropic|gpt|claude|gemini|hosted|cloud|vendor'?s?)\b)(?:[a-z-]+\s){0,2}apis?\b|\bwithout (?:being asked|asking|human (?:input|approval|help))(?: (?:at|for) (?:every|each) step)?\b|\b(?:on its own|by itself|autonomously)\b|\b(?:loops?|iterates?|iterating|repeats?|keeps? (?:going|trying|retrying)) until\b|\bagent mode\b/g,
      2,
    ],
    [
      /\bagents?\b|\bworkflow automation\b|\bautomat\w* workflows?\b|\borchestrat\w*/g,
      1,
    ],
  ],
};

/** Words that put a request in a game played by people. */
const GAME_CONTEXT =
  /\b(?:games?|gaming|players?|text adventures?|adventure games?|rpgs?|role play\w*|interactive fiction|campaigns?|quests?|dungeons?|play sessions?)\b/;

/**
 * How the system is reached, not what it does: a chatbot when nothing else is said, but weak
 * next to a task ("a migration assistant", "a bot that drafts replies", "chat tool that writes
 * tests"), where it only says the task is done in conversation.
 */
const CHAT_FRAME: Cue[] = [
  [/\bchat[\s-]?bots?\b|\bchatgpt\b|\bconversational\b/g, 3],
  // a bot people message: on a chat platform or named as a helper ("our Slack helper bot", "a
  // Telegram bot", "a FAQ bot"); a trading or crawling bot talks to nobody
  [
    /\b(?:discord|slack|telegram|whatsapp|messenger|wechat|viber|twitch|irc|(?:ms|microsoft) teams|helper|help|faq|q&a)\s(?:[a-z]+\s)?bots?\b/g,
    2,
  ],
  // a support channel is a frame too: "a support bot that answers from our docs" is RAG; a help
  // centre's articles are documents, not the channel
  [
    /\b(?:customer|user|tech(?:nical)?|it) support\b|\b(?:support|help|service)[\s-](?:portal|site|website|page|cent(?:er|re)|widget|inbox|hub)\b(?![\s-](?:articles?|docs|documents|documentation|content|pages|guides))|\bhelp[\s-]?desk\b|\bservice desk\b|\bfaq\b|\bvirtual (?:agent|assistant)\b|\bsupport (?:bot|assistant|chat)\b/g,
    2,
  ],
  // characters who talk with the people using them: "NPC dialogue", "role-play companions",
  // "converses with shoppers", "a coach that chats with members" (dialogue a tool writes for a
  // script is content, useCaseTasks.ts; "we chatted with the vendor" is the writer talking)
  [
    /\bnpcs?\b|\bnon player characters?\b|\b(?:in game|game|virtual|ai|fictional|story) (?:characters?|companions?|personas?)\b|\brole play\w*|\bdialog(?:ue)?s?\b|\bconvers(?:e|es|ed|ing|ations?) with\b|(?<!\b(?:we|i|i've|we've|i'd|we'd|i'll|we'll)\s(?:(?:just|already|recently|also|briefly|then)\s)?)\bchat(?:s|ted|ting)? with\b(?<!\b(?:a|an|the|our|my|quick|short|brief|long|good) chat with)/g,
    2,
  ],
  // who tells a game's story to its players as they play: "the narrator model", "an AI game
  // master", "a storyteller for our text adventure" (an audiobook narrator reads a script aloud)
  [
    /\bnarrators?\b|\b(?:game|dungeon) masters?\b|\bstorytellers?\b/g,
    2,
    GAME_CONTEXT,
  ],
  // the product launched as a chat: "a planner as a chat within the app", "offered as an
  // in-app chat" (not "had a chat with the vendor")
  [
    /\bas an? (?:(?:in app|live|built in|simple)\s)?chat\b(?!\s(?:with|about)\b)/g,
    2,
  ],
  [/\bchat\b|\bassistant\b|\bcompanion\b/g, 1],
  // a bot named alone, one people write to: "the bot for our front-desk staff", "a bot that
  // answers them" (a trading, crawling or scraping bot talks to nobody)
  [
    /(?<!\b(?:chat|trading|crawler|crawling|scraping|scraper|spam|twitter|reddit|discord|slack|telegram|whatsapp|messenger|wechat|viber|twitch|irc|teams|helper|help|faq|q&a)\s)\bbots?\b/g,
    1,
  ],
];
/**
 * Text that is written, but also read: articles, stories, copy. Writing it is content
 * generation, but when another use case has a task of its own ("summarization service for news
 * articles", "translate our stories"), the articles are what that task reads, and they add
 * nothing to content generation unless it has a task of its own too. How many times the nouns
 * come up ("300k articles a day") says how much there is, not what is done with it.
 */
const WRITTEN_MATERIAL: Cue[] = [[/\barticles?\b|\bstories\b|\bcopy\b/g, 2]];
/**
 * Kinds of document whose contents are worked through: contracts, filings, PDFs. Reading them is
 * long-document analysis, but when another use case has a task of its own ("a 10-K summarizer",
 * "translate our contracts"), they are what that task reads, and they add nothing to
 * long-document analysis unless it has a task of its own too ("extract the clauses").
 */
const DOCUMENT_MATERIAL: Cue[] = [
  [
    /\bcontracts?\b|\blegal documents?\b|\bfilings?\b|\bannual reports?\b|\bdue diligence\b|\bclauses?\b|\bpdfs?\b/g,
    2,
  ],
  [SEC_FILING, 2],
  // whole papers read: long inputs, but a summarizer or an agent may be what reads them
  [/\b(?:entire|whole|full) (?:[a-z]+ )?(?:papers|theses|dissertations)\b/g, 2],
  // a kind of document said to be long ("a long report of about 5 pages", "lengthy
  // transcripts", "the long supply agreements"): how big the input is, not what is done with it; a summary or a translation of
  // a long report is still that task ("long documents" and "long context" name the use case)
  [
    /\blong[\s-](?:reports?|contracts?|texts?|inputs?|pdfs?|files?|transcripts?)\b|\blong (?:(?!(?:of|and|or|list|term|time|wait|tail|queue|running)\b)[a-z]+ ){1,2}(?:documents|reports|contracts|agreements|specifications|specs|filings|transcripts|dossiers)\b|\blengthy\b/g,
    3,
  ],
];

/** What the frame may add to chatbot when another use case has a task of its own. */
const FRAME_BESIDE_TASK = 1;
/** Evidence that counts as a task of its own: a use case's name or a verb with its object. */
const TASK_LEVEL = 3;

/**
 * Words before "agent(s)" that make them people, not software: a trade ("sales", "claims") or a
 * post people staff ("check-in agents", "front-desk agents", "gate agents", "ticket agents").
 */
const HUMAN_AGENTS =
  /\b(?:customer support|support|sales|human|service|call[\s-]center|contact cent(?:er|re)|help ?desk|desk|field|insurance|real estate|estate|letting|leasing|property|booking|reservations?|claims|travel|live|check[\s-]?in|gate|counter|ticket|ramp|station)\s+agents?\b/g;
/**
 * Agents counted, or said to use the system, are its users: "around 600 agents will use it",
 * "shared by our 40 agents". Software agents are built or run, not counted as users.
 */
const USING_AGENTS =
  /\b\d[\d,.]*k?\s+agents\b|\bagents (?:(?:will|would|can|could|may|all|each|then)\s)?(?:use|uses|using) (?:it|this|them)\b|\b(?:used|shared) by (?:(?:our|the|their|about|around|some|\d[\d,.]*k?)\s)*agents\b/g;
/**
 * An agent who checks the model's work is a person: "replies that an agent checks before
 * sending", "an agent reviews each draft". (An agent *that* checks an order is software.)
 */
const REVIEWING_AGENTS =
  /\bagents? (?:(?:then|always|still|quickly)\s)?(?:checks?|reviews?|approves?|edits?|proofreads?|vets?|signs? off on|corrects?|verif(?:y|ies))(?= (?:before|it|them|each|every|all|the (?:drafts?|repl(?:y|ies)|responses?|answers?|emails?|messages?|output|text)))/g;

/**
 * An agent who types a question or looks things up by hand is a person: "the agent types the
 * guest's question", "our agents keep looking things up in the binders". Software does not type.
 */
const TYPING_AGENTS =
  /\bagents?(?=\s(?:(?:are|is|just|then|simply|always|constantly|forever|often|still|keep|can|could|will|would)\s){0,2}(?:types?|typing|typed|look(?:s|ing)?\sthings\sup)\b)/g;

/**
 * A department named as a person who tells, asks, claims or decides, not the work: "marketing just
 * told me about the campaign", "legal says no cloud", "sales wants it by May", "the finance people
 * still decide where it runs", "marketing claims 40k visitors a week". Its name is no cue of
 * the task ("marketing copy" is).
 */
const DEPARTMENT_AS_SPEAKER =
  /\b(?:marketing|sales|legal|finance|procurement|compliance|management|leadership|hr)(?:\s(?:team|department|dept|folks|people|guys))?(?=\s(?:(?:just|also|already|now|then|recently|finally|still|has|have|had|is|are|was)\s){0,2}(?:told|tells|tell|said|says|say|claims?|claimed|reckon|reckons|reckoned|think|thinks|thought|believe|believes|estimate|estimates|estimated|guess|guesses|asked|asks|ask|asking|wants|want|wanted|needs|approved|approves|signed off|mentioned|mentions|announced|announces|confirmed|confirms|warned|warns|expects|insists|insisted|decided|decides|decide|deciding|agreed|promised|informed|emailed|pinged|called)\b)/g;

/**
 * A request that opens with a title naming one agent, and nothing else in that sentence ("Booking
 * agent for equipment rental.", "Claims agent."): the agent is what is asked for, so a trade word
 * before it ("booking", "claims") does not make it a person there.
 */
const TITLE_AGENT =
  /^\s*(?:an?\s)?(?:[a-z-]+\s){1,2}agent(?:\sfor\s(?:(?:the|our|a|an)\s)?[a-z-]+(?:\s[a-z-]+){0,3})?(?=\s*(?:[.:!\n]|$))/;

/** `text` with every HUMAN_AGENTS phrase made people, except an agent named as the request's title. */
function withHumanAgents(text: string): string {
  const title = TITLE_AGENT.exec(text)?.[0].length ?? 0;
  return text.replace(HUMAN_AGENTS, (m: string, offset: number) =>
    offset < title ? m : ' people ',
  );
}

/**
 * The writer's own written pieces wanted in a number of languages, with no verb of making: "they
 * want every newsletter, landing page and product description in eleven European languages",
 * "we need all our safety leaflets and packaging in 6 languages". The pieces exist and are put
 * into other languages: translation, and the pieces are what it reads, not content to write.
 * Pieces written in several languages ("generate product descriptions in 4 languages"), pieces
 * that already are ("our pages are in 3 languages") and a chatbot that answers in several are no
 * such versions.
 */
const LANGUAGE_VERSIONS_WANTED =
  /\b(?:every|each|all|our|the|their)\s(?:(?!(?:is|are|was|were|be|been|already|exists?|available|answers?|writ(?:e|es|ing|ten)|wrote|generat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|creat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|compos(?:e|es|ed|ing))\b)[^.;:!?\s]+\s){0,12}?(?:newsletters?|pages?|descriptions?|posts?|articles?|manuals?|documents?|docs|content|copy|emails?|materials?|labels?|subtitles?|websites?|sites?|listings?|brochures?|catalog(?:ue)?s?|guides?|leaflets?|packaging|menus?|polic(?:y|ies)|faqs?)\sin\s(?:\d+|several|multiple|many|all|other|different|various)\s(?:[a-z]+\s)?languages\b/g;

/** `text` with every LANGUAGE_VERSIONS_WANTED span read as "translation" (same length). */
function withLanguageVersions(text: string): string {
  return text.replace(LANGUAGE_VERSIONS_WANTED, m =>
    'translation'.padEnd(m.length, ' '),
  );
}

export interface UseCaseReading {
  useCase: UseCaseId;
  score: number;
  /** The other use cases that scored, best first. */
  runnersUp: Array<{ useCase: UseCaseId; score: number }>;
  /** True when a batch cue decided it over a task. */
  batchOverride: boolean;
}

/**
 * "batch" naming a kind of code ("our PL/I batch programs", "batch scripts") says what the code
 * is, not that the work runs offline.
 */
const BATCH_AS_KIND_OF_CODE =
  /\bbatch (?=(?:programs?|scripts?|code|codebases?|applications?|apps|modules?)\b)/g;

/**
 * "batch" naming a production lot, before a record of it ("batch recipes", "batch records",
 * "batch numbers", "the batch sheets of each melt"): what was made together in a plant, not work
 * run offline.
 */
const BATCH_AS_PRODUCTION_LOT =
  /\bbatch (?=(?:recipes?|records?|numbers?|nos?|cards?|sheets?|formulas?|formulations?|ingredients|tickets?|certificates?|genealog(?:y|ies)|traceability)\b)/g;

/**
 * Batch work said not to be the case: "realtime, not a nightly batch", "no batch jobs", "instead
 * of an overnight run". The words name what the work is not.
 */
const BATCH_DENIED =
  /\b(?:not|never|no|isn'?t|aren'?t|rather than|instead of)\s(?:(?:a|an|some|the|in)\s)?(?:(?:nightly|overnight|offline|bulk)\s)*(?:batch(?:es|ed)?(?:[\s-](?:jobs?|processing|runs?|mode))?|nightly|overnight)\b(?:\s(?:jobs?|runs?))?|\bbatch(?:[\s-](?:jobs?|thing|job thing))?\b(?=,?\s(?:but|though|-+)\s(?:no\b|not\b|nope\b|it'?s\snot\b|it\sis\snot\b|it\sisn'?t\b|actually\snot\b))/g;

/**
 * Batches counted per second or per minute are how the work arrives, each one waited on ("1,200
 * alarm batches per minute", "40 batches/s"): no offline job runs that often.
 */
const BATCHES_ARRIVING =
  /(?<=\b\d[\d,.]*k?\s(?:[a-z]+\s)?)batch(?:es)?(?=\s?(?:per|an?|each|every|\/)\s?(?:seconds?|secs?|s|minutes?|mins?)\b)/g;

interface Score {
  useCase: UseCaseId;
  score: number;
  first: number;
  /** True when a task of its own was found: a cue of TASK_LEVEL weight or a verb with its object. */
  named: boolean;
}

/**
 * The total weight and first position of every match of `cues` in `text`, and whether one of
 * them is of TASK_LEVEL weight.
 */
function scoreCues(
  text: string,
  cues: Cue[],
): { score: number; first: number; named: boolean } {
  let score = 0;
  let first = Infinity;
  let named = false;
  for (const [re, weight, context] of cues) {
    if (context && !context.test(text)) continue;
    for (const m of text.matchAll(re)) {
      score += weight;
      first = Math.min(first, m.index ?? 0);
      named ||= weight >= TASK_LEVEL;
    }
  }
  return { score, first, named };
}

/**
 * A compound written with a hyphen reads as its words: "content-generation tool", "code-completion
 * plugin", "long-document analysis", "e-mails". The cues then need only the spaced form (a cue that
 * must see a hyphen is between digits, "10-K", which this leaves alone).
 */
function foldCompounds(text: string): string {
  return text
    .replace(/\be-mail/g, 'email')
    .replace(/(?<=[a-z])-(?=[a-z])/g, ' ');
}

/**
 * True when `words` name a use case by themselves: a cue of a use case's own name (weight 3 or
 * more: "rag", "translation", "long documents") or a task, so "a RAG chatbot" stays RAG.
 */
function namesUseCase(words: string): boolean {
  if (taskEvidence(words).size > 0) return true;
  return (Object.entries(USE_CASE_CUES) as Array<[UseCaseId, Cue[]]>).some(
    ([useCase, cues]) =>
      useCase !== 'chatbot' &&
      cues.some(
        ([re, weight]) => weight >= TASK_LEVEL && words.search(re) >= 0,
      ),
  );
}

/**
 * The use case of `text` (lower case). Sentences of finished past work (pastWork.ts) are left out
 * when the rest still names a use case of its own; the words before a chatbot named outright are
 * its subject (chatbotSubject.ts). A request that says its task is not decided yet reads none
 * (undecidedTask.ts).
 */
/**
 * A quoted example of what people type or ask ("buyers can ask stuff like 'does this come in
 * green' or 'will it arrive by Friday'"): the words of a user, not of the writer, so they say
 * nothing of the task ("by Friday" there is no deadline). Each is read as "example". Inside
 * double quotes an apostrophe is part of the words ("what's our refund rule"), and a quote listed
 * right after an example ("like "where's my parcel", "write a thank-you note", or ...") is one
 * too, so an example that names a task ("write a thank-you note") is no task of the request.
 */
const QUOTED_EXAMPLE =
  /(["“])([^"“”\n]{3,150})["”]|(['‘])([^'"‘’“”\n]{3,150})['"’”]/g;
const EXAMPLE_LEAD =
  /\b(?:like|such as|e\.g\.?|for example|for instance|ask(?:s|ed|ing)?|type(?:s|d)?|say(?:s|ing)?|or)\s(?:(?:stuff|things|questions?)\s(?:like\s)?)?$/;
/** What may stand between two quoted examples of one list: a comma, "or", "and". */
const BETWEEN_LISTED_EXAMPLES = /^\s*[,;/]?\s*(?:(?:or|and)\s+)?$/;

function withoutQuotedExamples(text: string): string {
  let lastExampleEnd = -1;
  return text.replace(
    QUOTED_EXAMPLE,
    (
      quoted: string,
      _dOpen: string | undefined,
      dWords: string | undefined,
      _sOpen: string | undefined,
      sWords: string | undefined,
      at: number,
    ) => {
      const words = dWords ?? sWords ?? '';
      const example =
        /\?\s*$/.test(words) ||
        EXAMPLE_LEAD.test(text.slice(Math.max(0, at - 40), at)) ||
        (lastExampleEnd >= 0 &&
          BETWEEN_LISTED_EXAMPLES.test(text.slice(lastExampleEnd, at)));
      if (!example) return quoted;
      lastExampleEnd = at + quoted.length;
      return `${quoted[0]}example${quoted[quoted.length - 1]}`;
    },
  );
}

export function readUseCase(text: string): UseCaseReading | undefined {
  // "we haven't decided what it would do yet": the tasks it mentions are candidates only
  if (saysTaskUndecided(text)) return undefined;
  const cleaned = withoutChatbotSubjects(
    withHumanAgents(
      withoutDeniedUseCases(
        withLanguageVersions(
          withoutContractsAsReasons(foldCompounds(withoutQuotedExamples(text))),
        ),
      ),
    )
      .replace(USING_AGENTS, m => m.replace(/agents\b/, 'people'))
      .replace(REVIEWING_AGENTS, m => m.replace(/^agents?/, 'person'))
      .replace(TYPING_AGENTS, 'person')
      .replace(DEPARTMENT_AS_SPEAKER, 'people')
      .replace(BATCH_AS_KIND_OF_CODE, '')
      .replace(BATCH_AS_PRODUCTION_LOT, '')
      .replace(BATCHES_ARRIVING, 'groups')
      .replace(BATCH_DENIED, ''),
    namesUseCase,
  );
  const present = withoutPastWork(cleaned);
  if (present !== cleaned) {
    const reading = scoreUseCases(present);
    if (reading && reading.score >= TASK_LEVEL) return reading;
  }
  return scoreUseCases(cleaned);
}

/**
 * Adds the material a use case works on (WRITTEN_MATERIAL, DOCUMENT_MATERIAL) to `useCase`: when
 * it has a task of its own, or no other use case has one. Loose words that add up ("documents"
 * said three times) are no task.
 */
function addMaterial(
  scores: Score[],
  useCase: UseCaseId,
  material: { score: number; first: number },
): void {
  if (material.score === 0) return;
  const own = scores.find(s => s.useCase === useCase);
  const otherTask = scores.some(s => s.useCase !== useCase && s.named);
  if (own && (own.named || !otherTask)) {
    own.score += material.score;
    own.first = Math.min(own.first, material.first);
  } else if (!otherTask)
    scores.push({
      useCase,
      score: material.score,
      first: material.first,
      named: false,
    });
}

/**
 * Scores every use case from its cues and from the tasks found (a verb with its object), then
 * adds the chat frame to chatbot: in full when no other use case has a task of its own, else at
 * most FRAME_BESIDE_TASK. Undefined when nothing matched.
 */
function scoreUseCases(cleaned: string): UseCaseReading | undefined {
  const tasks = taskEvidence(cleaned);
  const scores: Score[] = [];
  for (const [useCase, cues] of Object.entries(USE_CASE_CUES) as Array<
    [UseCaseId, Cue[]]
  >) {
    const { score, first, named } = scoreCues(cleaned, cues);
    const task = tasks.get(useCase);
    const total = score + (task?.score ?? 0);
    if (total > 0)
      scores.push({
        useCase,
        score: total,
        first: Math.min(first, task?.first ?? Infinity),
        named: named || task !== undefined,
      });
  }
  addMaterial(
    scores,
    'long_document_analysis',
    scoreCues(cleaned, DOCUMENT_MATERIAL),
  );
  addMaterial(
    scores,
    'content_generation',
    scoreCues(cleaned, WRITTEN_MATERIAL),
  );
  const frame = scoreCues(cleaned, CHAT_FRAME);
  if (frame.score > 0) {
    const otherTask = scores.some(
      s => s.useCase !== 'chatbot' && s.score >= TASK_LEVEL,
    );
    const add = otherTask
      ? Math.min(frame.score, FRAME_BESIDE_TASK)
      : frame.score;
    const chat = scores.find(s => s.useCase === 'chatbot');
    if (chat) {
      chat.score += add;
      chat.first = Math.min(chat.first, frame.first);
    } else
      scores.push({
        useCase: 'chatbot',
        score: add,
        first: frame.first,
        named: false,
      });
  }
  if (scores.length === 0) return undefined;
  scores.sort((a, b) => b.score - a.score || a.first - b.first);
  let best = scores[0];
  let batchOverride = false;
  const batch = scores.find(s => s.useCase === 'batch_processing');
  if (
    batch &&
    batch.score >= 4 &&
    best.useCase !== 'batch_processing' &&
    !/\b(?:not|no|never)\s(?:a\s)?batch\b/.test(cleaned)
  ) {
    best = batch;
    batchOverride = true;
  }
  // a loose "documents" or "analyse" alone is not long-document analysis
  return {
    useCase: best.useCase,
    score: best.score,
    runnersUp: scores
      .filter(s => s !== best)
      .map(({ useCase, score }) => ({ useCase, score })),
    batchOverride,
  };
}

/** Words of batch work: "batch", "nightly", "bulk", "cron", "every Sunday night". */
const BATCH_WORD_RE = new RegExp(
  String.raw`\bbatch(?:es|ed)?\b|\bnightly\b|(?<!\b(?:\d[\d.,]*\s?(?:k|m|thousand|million|hundred)?|thousands?|millions?|hundreds?|grow\w*|grew|jump\w*|explod\w*|chang\w*|doubl\w*|tripl\w*|happen\w*|spik\w*|viral)\s)(?<!\b(?:said|written|published|posted|reported|mentioned|printed|broadcast|aired|tweeted)(?:\s[a-z]+){0,3}\s)\bovernight\b(?!,?\s(?:it'?s|it\sis|there'?s|there\sis|traffic|volume|load|usage|things|we\sget)\b)|\boffline\b|${BULK_WORK}|\bbackfill\w*|${EVERY_NIGHT}|\bcron\b`,
);

/** Batch cues that make offline volume readings apply (per night = one batch). */
export function hasBatchCue(text: string): boolean {
  const work = text
    .replace(BATCH_AS_KIND_OF_CODE, '')
    .replace(BATCH_AS_PRODUCTION_LOT, '')
    .replace(BATCHES_ARRIVING, 'groups');
  return (
    BATCH_WORD_RE.test(work) || DEADLINE_CUE.test(work) || hasJobWindowCue(work)
  );
}
