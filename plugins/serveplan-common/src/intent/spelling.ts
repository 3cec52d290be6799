/**
 * Spelling normalisation: before the rules read a request, a misspelt word is replaced by the
 * engine's own word it is a slip of ("tokns" → "tokens", "aroud" → "around", "translaton" →
 * "translation"), so that every reader's patterns see the word they were written for. Only the
 * rules' reading is corrected: the text a language model receives is the request as written.
 *
 * What may be corrected, and into what, is deliberately narrow, because a wrong correction
 * changes a correctly written request:
 * - only words of four letters or more made of letters alone: never numbers or names with
 *   digits ("h100", "l40s", "qwen3", "p95"), never a part of a name joined to digits; a word of
 *   three letters only when it is a short vocabulary word with two neighbouring letters swapped
 *   ("lwo" → "low", `SHORT_SWAPS`) or a four-letter period word with a letter after the first
 *   left out ("wek" → "week", `SHORT_DROPS`), never shorter words;
 * - only into a word of the vocabulary (`SPELLING_VOCABULARY`), which is collected from the
 *   readers' own word tables where they have them (number words, money periods and currencies,
 *   the nouns for people, duration units) plus the keywords of the readers' patterns and common
 *   function words;
 * - only within an edit distance that a slip of the keyboard makes (one edit for words of four
 *   to seven letters, two for longer), keeping the first letter (slips rarely hit it, and this
 *   halves the real words within reach), and only when one word of the vocabulary is nearest;
 * - never a word that is itself English (`ENGLISH_NEIGHBOURS`: every word of a dictionary within
 *   reach of the vocabulary), a domain abbreviation (`DOMAIN_TERMS`), a name the knowledge base
 *   knows, an inflection of a vocabulary word ("summarized", "peaked") or a British spelling of
 *   one ("summarised");
 * - except for a handful of English words that in a request about serving a model are nearly
 *   always a slip ("minuet", "peek"), each with the context in which it is meant as written.
 */
import { NUMBER_WORD_VOCABULARY } from './numbers';
import {
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
} from './moneyWords';
import { USER_NOUNS } from './quantityReading';
import { DURATION_UNIT_WORDS } from './latencyTargets';
import { ORIGIN_VOCABULARY } from './modelOrigin';
import { USE_CASE_WORDS } from './useCase';

/** A word replaced by the vocabulary word it was a slip of. */
export interface SpellingCorrection {
  from: string;
  to: string;
}

/**
 * Words the readers' patterns look for that no reader keeps in a table of its own: priorities,
 * load, lengths and latency words (use-case words come from useCase.ts's USE_CASE_WORDS).
 */
const PATTERN_KEYWORDS = [
  'open',
  'source',
  'latency',
  'latencies',
  'important',
  'critical',
  'crucial',
  'urgent',
  'cheapest',
  'cheaper',
  'budget',
  'budgets',
  'quality',
  'accurate',
  'accuracy',
  'context',
  'tokens',
  'request',
  'requests',
  'queries',
  'concurrent',
  'concurrently',
  'concurrency',
  'single',
  'second',
  'time',
  'simultaneous',
  'simultaneously',
  'percentile',
  'response',
  'responses',
  'snappy',
  'realtime',
  'instant',
  'instantly',
  'affordable',
  'expensive',
  'commercial',
  'commercially',
  'license',
  'licence',
  'apache',
  'permissive',
  'source',
  'models',
  'prompt',
  'prompts',
  'answer',
  'answers',
  'output',
  'outputs',
  'input',
  'inputs',
  'window',
  'average',
  'priority',
  'secondary',
  'matters',
  'questions',
  'throughput',
  'peak',
  'traffic',
  'maximum',
  'minimum',
  'typically',
  'typical',
  'roughly',
  'approximately',
  'cheap',
  'fast',
  'faster',
  'first',
  'token',
  'between',
  'service',
  'tickets',
  'meeting',
  'meetings',
  'emails',
  // "daily active users" (activePeriod.ts)
  'active',
  // the task's verbs as people write them ("tranlsating", "sumarizing"), read by useCase.ts's
  // stems ("translat", "summari[sz]")
  'translating',
  'translate',
  'summarizing',
  'summarising',
];

/** Function words that carry a reading ("around 500", "under 2 s", "as cheap as possible"). */
const FUNCTION_WORDS = [
  'about',
  'around',
  'above',
  'below',
  'under',
  'within',
  'without',
  'least',
  'most',
  'more',
  'less',
  'than',
  'only',
  'each',
  'every',
  'please',
  'possible',
  'should',
  'would',
  'could',
  'need',
  'needs',
  'want',
  'wants',
  'must',
  'with',
  'from',
  'through',
  'during',
  'before',
  'after',
  // words that rule out (text.ts's negation): "any gpu exept b300"
  'except',
  'excluding',
  // verbs that rule out (constraintCues.ts): "excldue the A10G", "avoid qwen"; "excluded" is
  // left out, one edit from "exclude" too ("exclued" would be either)
  'exclude',
  'avoid',
  // what a rule or a weight is said of: "anything from china", "quality is everything"
  // ("nothing" and "something" are left out: many English words are within reach of them)
  'anything',
  'everything',
];

/** Plain words of a pattern alternation: "users?|people|staff(?:ers)?" → user, users, people, staff. */
function alternationWords(source: string): string[] {
  const out: string[] = [];
  for (const alt of source.split('|')) {
    for (const piece of alt.split(' ')) {
      const m = /^([a-z]+)(s\?)?$/.exec(piece.replace(/\(.*$/, ''));
      if (!m) continue;
      out.push(m[1]);
      if (m[2]) out.push(`${m[1]}s`);
    }
  }
  return out;
}

/**
 * Abbreviations and jargon of the domain, not in an English dictionary and within reach of a
 * vocabulary word ("slos" is one edit from "slow", "analytics" two from "analysis"): kept as
 * written, and never a correction either (an abbreviation such as "reps" or "devs" is a word of
 * a reader's table, but "repos" or "recs" is not a slip of it).
 */
const DOMAIN_TERMS = new Set([
  'ttft',
  'tpot',
  'slos',
  'slas',
  'sres',
  'reqs',
  'reps',
  'recs',
  'repo',
  'repos',
  'docs',
  'evals',
  'analytics',
  'msec',
  'msecs',
  'millis',
  'msgs',
  'mins',
  'secs',
  'hrs',
  'toks',
  'tkns',
  'gpus',
  'tpus',
  'apis',
  'llms',
  'vllm',
  'sglang',
  'prod',
  'infra',
  'perf',
  'devs',
  'engs',
  'vram',
  'nvme',
  'rocm',
  'cuda',
  'json',
  'yaml',
  'grpc',
  'okta',
  'jira',
  'saas',
  'paas',
  'onprem',
  'genai',
  'chatgpt',
  'openai',
  'anthropic',
  'claude',
  'gemini',
  'bedrock',
  'azure',
  'vertex',
  'nvidia',
  'hopper',
  'blackwell',
  'ampere',
  'gaudi',
  'instinct',
  'awq',
  'gptq',
  'fp8',
  'int4',
  'int8',
  'bf16',
  'fp16',
  'lora',
  'qlora',
  'finetune',
  'finetuned',
  'finetuning',
  'embeddings',
  'reranker',
  'rerank',
  'rerankers',
  'chunking',
  'chunk',
  'chunks',
  'multiturn',
  'usecase',
  'usecases',
  'backend',
  'frontend',
  'kubectl',
  'datacenter',
  'datacentre',
  'onboarding',
  'timeframe',
  'workload',
  'workloads',
  'latencywise',
  'costwise',
  'summarizer',
  'summariser',
  'summarizers',
]);

/** The words misspellings are corrected into; four letters or more. */
export const SPELLING_VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...PATTERN_KEYWORDS,
    ...USE_CASE_WORDS,
    ...ORIGIN_VOCABULARY,
    ...FUNCTION_WORDS,
    ...NUMBER_WORD_VOCABULARY,
    ...Object.keys(PERIOD_NOUNS),
    ...Object.keys(PERIOD_ADJECTIVES),
    ...Object.keys(CURRENCY_BEFORE),
    ...Object.keys(CURRENCY_AFTER),
    ...alternationWords(USER_NOUNS),
    ...DURATION_UNIT_WORDS,
  ].filter(w => /^[a-z]{4,}$/.test(w) && !DOMAIN_TERMS.has(w)),
);

/**
 * A verb of running the model whose object the adjective closes, at the end of a clause: "host
 * it ...", "deploy llama somewhere ...", "want to run this ...". Up to five words stand between,
 * none starting a clause of its own ("the chicks cheep when we run the fans" has none).
 */
const SERVING_VERB_BEFORE =
  /\b(?:deploy|deploying|run|running|host|hosting|serve|serving|set (?:it|this|them) up|do (?:it|this|that))\s(?:(?!(?:when|where|while|that|which|who|if|because|and|but|or|so)\b)[\w.'-]+\s){0,5}$/;
/** The end of a clause right after the adjective. */
const CLAUSE_END_AFTER = /^\s?(?:[.!?;,)]|$|\s(?:and|so|but|please|pls)\b)/;

/**
 * Where a word stands as a priority adjective: compared ("... is more important than", "over
 * speed", "> fast"), paired with another ("and fast", "but good"), asked for ("as ... as
 * possible", "must be ...", "keep it ...", "something ...", "somewhere ..."), graded ("very",
 * "dirt") or closing the object of a verb of running the model ("host it ...", "deploy it on
 * anything ...").
 */
function asPriorityAdjective(before: string, after: string): boolean {
  if (SERVING_VERB_BEFORE.test(before) && CLAUSE_END_AFTER.test(after))
    return true;
  return (
    /^\s?(?:(?:is|are|matters?|counts?)\s(?:(?:much|far|way)\s)?(?:more|less)\b|(?:is|are)\s(?:(?:the|our)\s)?(?:priority|key|important|critical|everything)\b|(?:>|over\b|above\b|before\b|beats\b|first\b)|(?:and|but|or|yet)\s(?:(?:also|still)\s)?(?:fast|quick|good|accurate|reliable|simple|easy|cheerful)\b|as\spos+ible\b|enough\b|(?:models?|gpus?|hardware|inference|hosting|option|setup|solution|deployment|plan)\b)/.test(
      after,
    ) ||
    /\b(?:as|be|stay|stays|keep it|make it|something|anything|somewhere|anywhere|someplace|very|really|super|dirt|fairly|pretty|reasonably|fast and|quick and|good and|cheap and|fast but|good but)\s$/.test(
      before,
    )
  );
}

/**
 * A comparative right before a word, which "than" follows: "more", "less important", "rather",
 * "cheaper", "fewer". A word between "more"/"less" and "then" may be an adjective ("more
 * important then") or a noun ("more users then"), which the words after "then" tell apart.
 */
const COMPARATIVE_BEFORE =
  /\b(?:(?:more|less)(?:\s[a-z]+)?|fewer|rather|other|better|worse|greater|higher|lower|bigger|smaller|larger|faster|slower|quicker|cheaper|pricier|longer|shorter|smarter)\s$/;
/**
 * What makes "then" an adverb after all: the end of a clause, or a new statement with its subject
 * or a connective ("... then we", "... then it", "... then again").
 */
const STATEMENT_AFTER_THEN =
  /^\s?(?:[.,;:!?)]|$|\s(?:we|i|you|they|it|he|she|there|this|that|again|too|anyway|and|but|or|so|on|onwards|later)\b)/;

/**
 * English words one slip from a vocabulary word that are meant as written almost never in a
 * request about serving a model. `asWritten` is the context (the words just before and after)
 * in which the word is the English one after all: "take a peek at", "a sneak peek". A word that
 * is a slip only in one context ("cheep", a bird's call, is "cheap" where a priority adjective
 * stands) has `asWritten` true everywhere else.
 */
const REAL_WORD_SLIPS = new Map<
  string,
  { to: string; asWritten?: (before: string, after: string) => boolean }
>([
  [
    'cheep',
    {
      to: 'cheap',
      asWritten: (before, after) => !asPriorityAdjective(before, after),
    },
  ],
  ['minuet', { to: 'minute' }],
  ['minuets', { to: 'minutes' }],
  [
    'peek',
    {
      to: 'peak',
      asWritten: (before, after) =>
        /\b(?:a|sneak|quick|little|another)\s$/.test(before) ||
        /^\s(?:at|into|inside|behind|under|through|over)\b/.test(after),
    },
  ],
  ['peeks', { to: 'peaks' }],
  // "quality more important then latency", "more then 500 users": "then" right after a
  // comparative, before what is compared, is "than"; "more users then." (at that time) and
  // "faster, then we" (next) are meant as written
  [
    'then',
    {
      to: 'than',
      asWritten: (before, after) =>
        !COMPARATIVE_BEFORE.test(before) || STATEMENT_AFTER_THEN.test(after),
    },
  ],
  // an old spelling the dictionary keeps; in a request it is a slip of the people noun
  ['employes', { to: 'employees' }],
]);

/**
 * Every word of an English dictionary (Debian's wamerican) within correction reach of a
 * vocabulary word, so that none of them is ever "corrected" ("analysts" is not "analysis", "eighth"
 * is not "eight", "used" is not "user"). spelling.test.ts recomputes this list from the dictionary
 * when the machine has one and fails, listing the words to add, when the vocabulary has grown.
 */
export const ENGLISH_NEIGHBOURS: ReadonlySet<string> = new Set(
  `
abode abort abound abut accounted activate actually adjusted adjustor adjustors admirers advises
advisories advisory aground alter amperage analects analytic analyzers anapests annam anneal
annotates annotations answered antilles apace approximated approximates apter artistes
assistance assisting associated aster auditions auditoria auditory augments auricles avid
bach back backs bath bazillion beck becks bellow billionth bitch blow botch budge budged buick bulk
bulks bullion bunk bunks burks butch byers
cabling cackling cajoling calibers calipers calking calkings callipers callusing calming calving
candling carolers caroling carollers carolling castling catboats caulking caviling cavilling
chalking chap chariots cheapen cheapness cheat cheater cheaters cheep chewiest chillers chilling
chowders ciders citizenry cleanest clearest clements clinical clint codes codgers cold collages
colleges colliers comers compaction compilation compilations complexion complexions concurred
concurrence concurrences concurring consent consents constant constants constricts constructs
consultancy contacts contend contends continent contracted contractor contractors contradicts
contrails contralto contraltos contrast contrasts convent convents conversations cortical
counteracts coupe couplet couplets covers cowers cradling crawling criminal crucible crullers
culling
dairy daisy dally daring definers descriptors designed despatches developed dispatched
dispatches doctoral doctored doctorow doily doyen doze dozed dozes drily duding dullards duping
ebro editions eery eleventh emery employed employer employers employes engender engenders eros
etch ever evert exceeding excerpt excerpts excessive excusing expansive exploding explosive
expressive extensive extruding
fact falter fart fasted fasten fastener fats fatter faust feast fest fester fife fifth file fine
fire firs flour folds folk foray foresight forks form fort forte forth forthright forthrightly
forts foster foul fourteenth fourth fourthly frog fromm
generals generating gland grad grant grind grouched grounder grounders
hagglers hale hall halo hals halt haman handcars handlebars handles handsets helpless hindered
humanest humanism humanist hundredths hungered hunkered huntress hurdlers
importance importing importune impotent insanely installed instals instance instigators instills instinct intently
investigates investigations
lass last layer layers leanness leapt lease leash leathers lees legs leis lens leos lesa lets
licensee loss
manages manatees mangers manglers mare marketed marveling masters mattered mattes matthews
mattress meanings melting mere meriting metering meting millikan millionths minuet minuets
minuses minutest minutiae mire missions moat modals mode modems moderates modes modulators moet
moire moist mole molt monte monty moore moot mope morn moro morse moss mote motels moth mott
mouth move mullion mullions mumblers muse mush musk muss mutt mutters
nerd nerds neuroses nice nicety nighty nike nile nina nite none nursed
offices oily olen omen opec opel operates operations orly outposts oven oversight oversights overweight
owen oxen
palavers panniers parsons passable patents patience patienter patientest patiently payers
payments peal pear peas pease peat peck peek pensions percentage perceptible perceptive perk
permissible permission persians persona personae personal personals physicals physicists placers
plainness planters playgoers playpens pleaders pleas pleasure plunders plungers pond ponds popsicle
possibly prancers prayers preempts priories produce produced producer produces programed
programer programers programmed promotes prompters promptest
quad quainter qualify quantity quarries quartet quartets queried questing questioned questioner
questioners quip quit quiz
reactive reamers reapers recruited recruits relative renders reorders representations reprieve
reprieved reprieves researched researches responsive retrievable retrievers revelers reviewed
revilers
sables sades safes sages salas sale salem salts salves sames sappy sates saves saxes scales
scats scuppers seals seams sears seas seat secondarily sects seen semen serenity servile sets seventh
sevenths severely severity severn sharpers shingle shingled shingles shippers shockers shooters
singe singly sixth skippers slats
slippers snappers snippy snoopers socialists soles spats specializes stales stats steven stiff
stoppers stuff submarines subscribed subscribes summery summitry sven swats sweats
taken tame tasters teaches teamsters teeters tempters tenanted testes thad thai thanh thank thant
thar that thaw theaters thee then there thickens thickest thickets thin thirsty thorough though
thousandths threw throe throughout tickers ticketed tide tike tile timex tine tipsters tire
toasters toke toked tokenism tome
topical topically tracers tracheas trades trailers trainers tran transaction transactions
sealers selfless settlers shelters smelters spellers swelters transacting transiting transitting transmuting transplanting transcribes transition transitions translators transmute trappers traverse trawlers treachery
tree trilling trillionth trinkets tropical trough tweeters twenties twisters tyree
udder underwrites used usher ushers ussr
waft wafts wait waiter waiters waits walt wand wands wane wanes wang wank wanks wart warts wats
watt watts weak weakly wee weed weep weer wees went whiter widow width winnow wish witch witching
wits witt wont world worriers wound wrier wringers writhing
yea yeah yearn yeas
zeno
americana brattain brutish chiba chin chink chino chins emigrate emirate emirates europa franc francine
franck franco francs ismael israelite javanese koran
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Three-letter words a reader looks for ("keep costs low", "40 a day", "a few seconds"). A word
 * this short is corrected only from itself with two neighbouring letters swapped ("lwo" → "low",
 * "dya" → "day"), the slip a quick typist makes most, and only when the swap is no English word
 * (the dictionary test in spelling.test.ts reads every word of three letters or more): one letter
 * changed, added or dropped reaches too many real words ("lot", "law", "row", "lo"). "per" is not
 * among them: its swap "pre" is a prefix written on its own ("pre-trained").
 */
const SHORT_VOCABULARY = ['low', 'day', 'few'];

/** A word with each pair of neighbouring letters swapped: "low" → "olw", "lwo". */
function neighbourSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    out.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  return out;
}

/** Slips of a three-letter vocabulary word → the word. */
export const SHORT_SWAPS: ReadonlyMap<string, string> = new Map(
  SHORT_VOCABULARY.flatMap(w =>
    neighbourSwaps(w)
      .filter(
        s => s !== w && !ENGLISH_NEIGHBOURS.has(s) && !DOMAIN_TERMS.has(s),
      )
      .map(s => [s, w] as const),
  ),
);

/** Four-letter period words a rate is said per ("per wek"), too short for the edit rule. */
const SHORT_PERIODS = ['week', 'hour', 'year'];
/** Four-letter verbs the readers' patterns look for, as short: "we hav 8 of them". */
const SHORT_VERBS = ['have'];

/**
 * A four-letter period word or verb with one letter after the first left out → the word ("wek",
 * "hav").
 */
export const SHORT_DROPS: ReadonlyMap<string, string> = new Map(
  [...SHORT_PERIODS, ...SHORT_VERBS].flatMap(w =>
    [1, 2, 3]
      .map(i => `${w.slice(0, i)}${w.slice(i + 1)}`)
      .filter(s => !ENGLISH_NEIGHBOURS.has(s) && !DOMAIN_TERMS.has(s))
      .map(s => [s, w] as const),
  ),
);

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring):
 * insertions, deletions, substitutions and swaps of neighbours each count one, so "latnecy" is one
 * edit from "latency".
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 2) return Math.abs(m - n);
  let prev2: number[] = new Array(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** How many edits a word of this length may be from its correction: none under four letters. */
export function editAllowance(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}

/** Vocabulary words by first letter, for the search. */
const BY_FIRST = new Map<string, string[]>();
for (const w of SPELLING_VOCABULARY) {
  const list = BY_FIRST.get(w[0]) ?? [];
  list.push(w);
  BY_FIRST.set(w[0], list);
}

/** Endings that make another form of a word: "peak" → "peaked", "summarize" → "summarizer". */
const INFLECTION =
  /^(?:s|es|d|ed|ing|r|er|ers|est|ly|ily|ally|al|ation|ations|ness|ment|ments|able|ability|ity|ies|ied|y|ize|ized|izes|ise|ised|ises)$/;

/** "summarised"/"summarized", "analyse"/"analyze": a spelling of the same word, not a slip. */
function isSpellingVariant(word: string, target: string): boolean {
  return word.replace(/z/g, 's') === target.replace(/z/g, 's');
}

/**
 * A word one letter short of the vocabulary word `k`, at its end, when it begins no other
 * vocabulary word than forms of `k` and the letter is no ending of its own: "percentil" of
 * "percentile", "respons" of "response" (and "responses"). Not "summar", which begins
 * "summarize" as well as "summary", nor "employee" of "employees" ("s" makes a plural: the word
 * is another form, not a slip).
 */
function lastLetterShort(word: string, k: string): boolean {
  if (k.length !== word.length + 1 || INFLECTION.test(k.slice(-1)))
    return false;
  return (BY_FIRST.get(word[0]) ?? []).every(
    other => other.startsWith(k) || !other.startsWith(word),
  );
}

/** Whether `part` is `whole` with some of its letters left out ("r" of "er", "st" of "est"). */
function lettersLeftOut(part: string, whole: string): boolean {
  let i = 0;
  for (const c of whole) if (c === part[i]) i++;
  return i === part.length && part.length < whole.length;
}

/**
 * Of two candidates equally near, the longer when it is the shorter with an ending ("cheaper" of
 * "cheap", "faster" of "fast") and the slip is the whole shorter word followed by the ending with
 * a letter left out ("cheapr", "fastr"): the typist was writing the ending, so the word is the
 * longer form, not the shorter with a stray letter. Undefined for any other pair ("thes": "these"
 * or "them"; "eighth", whose "h" is no part of "eighty"'s ending).
 */
function formTypedPast(word: string, tied: string[]): string | undefined {
  if (tied.length !== 2) return undefined;
  const [short, long] = [...tied].sort((a, b) => a.length - b.length);
  const ending = long.slice(short.length);
  if (
    long.startsWith(short) &&
    INFLECTION.test(ending) &&
    word.startsWith(short) &&
    lettersLeftOut(word.slice(short.length), ending)
  )
    return long;
  return undefined;
}

/** Whether `word` is `k` with one of its letters typed twice: "chatbott" of "chatbot". */
function keyStruckTwice(word: string, k: string): boolean {
  if (word.length !== k.length + 1) return false;
  for (let i = 0; i + 1 < word.length; i++)
    if (
      word[i] === word[i + 1] &&
      `${word.slice(0, i)}${word.slice(i + 1)}` === k
    )
      return true;
  return false;
}

/**
 * The vocabulary word `word` is a slip of, or undefined. Context-free: the words that are English
 * and the kb's names are checked by the caller.
 */
export function nearestVocabularyWord(word: string): string | undefined {
  const limit = editAllowance(word.length);
  if (limit === 0 || SPELLING_VOCABULARY.has(word)) return undefined;
  const candidates = BY_FIRST.get(word[0]) ?? [];
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const k of candidates) {
    if (Math.abs(k.length - word.length) > limit) continue;
    const d = editDistance(word, k);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = [k];
      bestDistance = d;
    } else if (d === bestDistance) best.push(k);
  }
  // two words equally near ("thes": "these" or "them"?): no guess, unless they are one word and
  // its form and the slip runs past the word into the ending ("cheapr": "cheaper", not "cheap")
  const inflected = formTypedPast(word, best);
  if (inflected) best = [inflected];
  // "chatbott": a key struck twice explains the slip of one of them only ("chatbot", not "chatbots")
  const struckTwice = best.filter(k => keyStruckTwice(word, k));
  if (best.length > 1 && struckTwice.length === 1) best = struckTwice;
  if (best.length !== 1 || isSpellingVariant(word, best[0])) return undefined;
  const target = best[0];
  // an inflection ("peaked", "summarized") or a clipping ("summar", two letters short of
  // "summarize") of a vocabulary word is not a slip, unless it is a misspelt form of that same
  // word ("useres" → "users" for "user"); "cheapst" is no inflection of "cheap", so it may be
  // "cheapest". A word only its last letter short of the one vocabulary word it begins is the
  // slip of a typist who stopped a key early ("percentil", "respons"), not a clipping: nobody
  // shortens a word by one letter.
  const stoppedShort = lastLetterShort(word, target);
  const formOfAnother = candidates.some(
    k =>
      (word.startsWith(k) &&
        INFLECTION.test(word.slice(k.length)) &&
        !(target !== k && target.startsWith(k))) ||
      (word.length >= 5 && k.startsWith(word) && !stoppedShort),
  );
  return formOfAnother ? undefined : target;
}

/**
 * A word's consonant outline: its first letter, then its other letters but the vowels (a, e, i,
 * o, u), a letter typed twice kept once ("engineers" → "engnrs", "messages" → "msgs").
 */
function consonantOutline(word: string): string {
  return `${word[0]}${word.slice(1).replace(/[aeiou]/g, '')}`.replace(
    /(.)\1+/g,
    '$1',
  );
}

/** Vocabulary words of five letters or more by their consonant outline. */
const BY_OUTLINE = new Map<string, string[]>();
for (const w of SPELLING_VOCABULARY) {
  if (w.length < 5) continue;
  const outline = consonantOutline(w);
  BY_OUTLINE.set(outline, [...(BY_OUTLINE.get(outline) ?? []), w]);
}

/**
 * The vocabulary word a shorthand written without its vowels stands for: "engnrs" (engineers),
 * "rqsts" (requests), "ltncy" (latency), "bdgt" (budget), as a note-taker writes. Only a word of
 * four letters or more with no vowel after its first letter, whose outline is the outline of one
 * vocabulary word alone, at least half as long as that word; shorter words ("hrs", "ppl") are
 * left to the readers that know them. Context-free: English words ("rhythms") are the caller's.
 */
export function vowelsLeftOut(word: string): string | undefined {
  if (word.length < 4 || !/^[a-z][b-df-hj-np-tv-z]+$/.test(word))
    return undefined;
  const outline = consonantOutline(word);
  if (outline !== word) return undefined;
  const found = BY_OUTLINE.get(outline) ?? [];
  return found.length === 1 && word.length * 2 >= found[0].length
    ? found[0]
    : undefined;
}

/**
 * A negative contraction written without its apostrophe ("shouldnt", "mustn", "dont"): two edits
 * from "should" or "must", but correcting it would turn a "must not" into a "must".
 */
const CONTRACTION =
  /^(?:should|would|could|must|need|ca|can|do|does|did|is|are|was|were|have|has|had|wo|ai)n'?t?$/;

/**
 * Negative contractions (as typed without the apostrophe) no English word is one slip from, so a
 * word one slip from one of them, with its first letter, is that negation misspelt: "dosnt",
 * "dosent", "dosen't" and "doesent" of "doesn't", "shoudnt" of "shouldn't", "werent" typed
 * "wernt". Shorter ones are left alone: "hasnt" is one slip from "haunt", "dont" from "done".
 */
const NEGATIVE_CONTRACTIONS = [
  'doesnt',
  'wouldnt',
  'shouldnt',
  'couldnt',
  'werent',
  'neednt',
  'mustnt',
];

/**
 * The negation a token misspells, with its apostrophe ("doesn't"), which every reader's pattern
 * of a negation matches (a contraction ending in "n't", or "doesn'?t"); undefined when the token
 * is no slip of one. A contraction as written ("doesnt", "wouldn") is left as it is.
 */
export function misspeltNegation(token: string): string | undefined {
  const bare = token.replace(/'(?=t$)/, '');
  if (!/^[a-z]{4,}$/.test(bare) || CONTRACTION.test(bare)) return undefined;
  const near = NEGATIVE_CONTRACTIONS.filter(
    c => c[0] === bare[0] && editDistance(bare, c) === 1,
  );
  return near.length === 1 ? `${near[0].slice(0, -1)}'t` : undefined;
}

/**
 * A token: letters (of any script) and digits, joined by inner hyphens, dots and apostrophes
 * ("gpt-oss", "we're", "kõnede").
 */
const TOKEN = /[\p{L}0-9_@+]+(?:['.-][\p{L}0-9_@+]+)*/gu;
/**
 * A token that is a name, a number or an address rather than words, or a word with a letter
 * English does not write ("kõnede", "päevas"): kept whole. Split at such a letter, "kõnede" would
 * leave "nede" to be read as "need".
 */
const NOT_WORDS = /[0-9_@+]|[a-z]\.[a-z]|'|[^\p{ASCII}]/u;

/**
 * A word right before a model version or size: "lama 3.3", "gema 3 27b", "mistrel-7b", "quen3".
 * There a word is a name, so a slip of a kb name is corrected even when the word is English
 * ("lama"), which elsewhere is left as written. The version is a dotted number, a size, a number
 * then a size, or any number joined to the word without a space.
 */
const BEFORE_MODEL_VERSION =
  /\b([a-z]{4,})(?=[\s-](?:v?\d+\.\d+|\d+(?:\.\d+)?b|\d+x\d+b|\d+[\s-]\d+(?:\.\d+)?b)\b|\d)/g;

/**
 * The kb name `word` is a slip of, when it stands before a model version: within the edits a
 * slip makes, with the same first letter, and the only name that near.
 */
function nearestName(
  word: string,
  names: ReadonlySet<string>,
): string | undefined {
  const limit = editAllowance(word.length);
  if (limit === 0 || names.has(word)) return undefined;
  const near = [...names].filter(
    n =>
      n[0] === word[0] &&
      Math.abs(n.length - word.length) <= limit &&
      editDistance(word, n) <= limit,
  );
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Corrects misspelt words of a cleaned (lowercase) request into the vocabulary. `protectedWords`
 * are names the knowledge base knows (models, families, GPUs), never corrected, and the names a
 * slip before a model version is corrected into. Returns the text and every correction made, for
 * the assumptions.
 */
export function correctSpelling(
  given: string,
  protectedWords: Iterable<string> = [],
): { text: string; corrections: SpellingCorrection[] } {
  const keep = new Set(protectedWords);
  const corrections: SpellingCorrection[] = [];
  const text = given.replace(BEFORE_MODEL_VERSION, (word: string) => {
    const name = nearestName(word, keep);
    if (!name) return word;
    corrections.push({ from: word, to: name });
    return name;
  });
  const correctWord = (word: string, at: number): string => {
    if (word.length === 3 && !keep.has(word))
      return SHORT_SWAPS.get(word) ?? SHORT_DROPS.get(word) ?? word;
    if (
      word.length < 4 ||
      keep.has(word) ||
      DOMAIN_TERMS.has(word) ||
      CONTRACTION.test(word)
    )
      return word;
    const slip = REAL_WORD_SLIPS.get(word);
    if (slip) {
      const before = text.slice(Math.max(0, at - 60), at);
      const after = text.slice(at + word.length, at + word.length + 20);
      return slip.asWritten?.(before, after) ? word : slip.to;
    }
    if (ENGLISH_NEIGHBOURS.has(word)) return word;
    // "summarys", "querys": a plural made with -s where English writes -ies
    const ies = /[^aeiou]ys$/.test(word) ? `${word.slice(0, -2)}ies` : '';
    if (ies && SPELLING_VOCABULARY.has(ies)) return ies;
    return nearestVocabularyWord(word) ?? vowelsLeftOut(word) ?? word;
  };
  const out = text.replace(TOKEN, (token, offset: number) => {
    const negation = keep.has(token) ? undefined : misspeltNegation(token);
    if (negation) {
      corrections.push({ from: token, to: negation });
      return negation;
    }
    if (NOT_WORDS.test(token)) return token;
    let at = offset;
    return token
      .split('-')
      .map(part => {
        const fixed = correctWord(part, at);
        if (fixed !== part) corrections.push({ from: part, to: fixed });
        at += part.length + 1;
        return fixed;
      })
      .join('-');
  });
  return { text: out, corrections };
}
