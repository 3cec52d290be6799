/**
 * Number ↔ noun attachment: every number in the text with the noun it counts, so a reader decides
 * what a number means from its noun (and the words around it) instead of one regex per wording.
 * "1,100 pharmacists", "30k concurrent viewers", "800-token memos", "two 8-GPU nodes" and "a crew
 * of 60" all come out as a number, the words describing it and a head noun with its kind (person,
 * token, GPU, node, work item, time, money, page). A noun is a person by a lexicon or by its
 * form (agent nouns: "-ers", "-ors", "-ists", "-istas", "-ians", "-ees", "-ants", "-ents"), less a list of
 * things with those endings; a reader still checks the frame (users.ts, peopleCounts.ts).
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import {
  matches,
  QuantityContext,
  readAmount,
  UPPER,
  USER_NOUNS,
} from './quantityReading';
import {
  antecedentBefore,
  AT_ONCE_ALONE,
  referentAfter,
  roleIsPeople,
} from './countReferents';

/** What a noun counts. `thing` is any other plural noun ("manuals", "cars"). */
export type NounKind =
  | 'person'
  | 'token'
  | 'gpu'
  | 'node'
  | 'work'
  | 'time'
  | 'money'
  | 'page'
  | 'thing';

/** The field family a reading feeds; readers refine it (token role, users kind). */
export type AttachmentSlot =
  | 'users'
  | 'tokens'
  | 'gpus'
  | 'nodes'
  | 'volume'
  | 'duration'
  | 'budget'
  | 'pages'
  | 'other';

export interface AttachedNumber {
  /** The number; a range's upper end. */
  value: number;
  /** How a range or a dotted count was read, for notes. */
  notes: string[];
  /** A range's lower end, when `value` is its upper end and nothing settled a value within it. */
  low?: number;
  /** The number as written, and a range's upper bound. */
  num: string;
  num2?: string;
  /** A unit joined to the number by a hyphen: "token" in "800-token memos", "gpu" in "8-GPU nodes". */
  measure?: string;
  /** Words between the number and its noun ("concurrent", "field"). */
  describing: string[];
  /** The head noun the number counts, lower case; a group noun before it for "crew of 60". */
  noun?: string;
  kind?: NounKind;
  slot: AttachmentSlot;
  /**
   * The period the count is per, from the words after the noun: "day" from "a day", "daily",
   * "each business day", "close each day", "on a normal weekday"; "night" from "nightly",
   * "overnight", "a night" (a nightly count is one batch); other units as written ("h", "week").
   */
  period?: string;
  /** The person a count is per, between the noun and its period: "user" in "30 prompts per user a day". */
  perWhom?: string;
  /**
   * "each" or "apiece" between the noun and its period ("5 requests each per day", "2 reports
   * apiece a week"): the count is per one of something named before it (perEntityRates.ts).
   */
  each?: boolean;
  /** Where the period's words end; `phraseEnd` when there is no period. */
  periodEnd: number;
  /** Offsets of the number and of the whole phrase (number to noun). */
  start: number;
  end: number;
  phraseEnd: number;
}

/** Person nouns no agentive ending gives away ("pilots", "guests", "paramedics"). */
const PERSON_WORDS =
  /^(?:pilots|pupils|guests|fans|kids|children|adults|teens|teenagers|clerks|cooks|chefs|guards|cadets|recruits|interns|apprentices|athletes|coaches|medics|paramedics|mechanics|surgeons|vets|alumni|faculty|crew|crews|personnel|individuals|men|women|midwives|patrons|nuns|monks|parents|residents|tourists|volunteers|freelancers|franchisees|contractors|partners|technicians|electricians|plumbers|cashiers|pharmacists|stylists|therapists|dentists|caregivers|carers|guides|scouts|judges|clergy|pastors|priests|diplomats|soldiers|troops|cops|firefighters|rangers|referees|umpires|jurors|voters|taxpayers|homeowners|renters|landlords|brokers|bankers|tellers|notaries|couriers|drivers|riders|passengers|travellers|travelers|viewers|listeners|followers|creators|influencers|sellers|merchants|vendors|suppliers|farmers|growers|ranchers|fishermen|miners|builders|welders|machinists|linemen|crewmembers|stewards|attendants|concierges|receptionists|secretaries|assistants|agents|families|couples|newlyweds|spouses)$/;
const PERSON_LEXICON = new RegExp(`^(?:${USER_NOUNS})$`);
/**
 * Job titles said as acronyms, in the plural: "~120 SREs", "40 PMs", "300 SDRs", "25 GPs", "90
 * RNs". No ending gives them away, and most capital plurals name things ("PRs", "PDFs", "VMs").
 */
const ROLE_ACRONYMS =
  /^(?:sres|swes|sdes|sdets|pms|tpms|ems|sdrs|bdrs|aes|csms|csrs|tams|qas|qes|dbas|hrbps|rns|lpns|cnas|nps|gps|emts|tas|ras|cpas)$/;
/**
 * Job titles clipped as people say them at work: "40 lab techs", "12 admins", "the execs", "90
 * grads". Clipped forms that name things ("docs", "specs", "apps") are not here, nor "hires": "250
 * new hires a month" is people arriving, not the people who will use the service.
 */
const CLIPPED_ROLES =
  /^(?:techs|techies|admins|sysadmins|execs|grads|undergrads|postgrads|postdocs|profs|mgrs|salesreps|officials|fellows|newbies|rookies|temps)$/;
/** Someone who does something, by the form of the word. */
const AGENT_ENDING =
  /^[a-z]{2,}(?:ers|ors|ists|istas|ians|ees|ants|ents|eers|ics)$|^(?:staff|crews?)$/;
/** Plurals with an agentive ending that name things, not people. */
const THINGS_WITH_AGENT_ENDINGS =
  /^(?:servers|containers|parameters|characters|numbers|letters|orders|answers|papers|chapters|layers|transfers|filters|headers|footers|clusters|computers|monitors|sensors|vectors|errors|factors|tensors|processors|accelerators|connectors|markers|tickers|folders|buffers|registers|triggers|routers|timers|meters|centers|centres|offers|vouchers|covers|others|matters|quarters|parsers|adapters|encoders|decoders|embedders|retrievers|rerankers|loaders|trackers|printers|scanners|transformers|stickers|posters|flyers|banners|blockers|boosters|towers|powers|barriers|tiers|drawers|speakers|generators|simulators|calculators|validators|selectors|iterators|indicators|descriptors|motors|rotors|reactors|elevators|corridors|detectors|extractors|predictors|estimators|aggregators|compressors|resistors|capacitors|transistors|semiconductors|anchors|behaviors|behaviours|doors|floors|colors|colours|flavors|flavours|mirrors|tutorials|restaurants|plants|grants|warrants|implants|pendants|variants|constants|quadrants|incidents|accidents|events|contents|intents|patents|cents|percents|gradients|coefficients|ingredients|components|exponents|fees|trees|degrees|guarantees|committees|coffees|topics|metrics|analytics|statistics|graphics|logistics|physics|lyrics|comics|clinics|basics|ethics|politics|electronics|semantics|dynamics|heuristics|diagnostics|characteristics|entries|tokens|lists|dossiers|ledgers|binders)$/;
/**
 * Compounds of "list" ("playlists", "checklists", "whitelists"): things. The people in "-alists"
 * ("journalists", "specialists", "finalists") share the ending but are no compounds of "list".
 */
const LIST_COMPOUNDS = /(?<!a)lists$/;
/**
 * "AI agents" and "coding assistants" are software; "support agents" and "legal assistants" are
 * people; "hosts" are machines beside GPUs and people who let out rooms (countReferents.ts).
 */
const SOFTWARE_OR_PEOPLE = /^(?:agents|assistants|hosts)$/;
const HUMAN_MODIFIER =
  /^(?:support|sales|human|service|call-center|helpdesk|help-desk|field|legal|dental|medical|teaching|research|executive|personal|administrative|admin|shop|nursing|customer|insurance|travel|real-estate|estate|booking|contact-center|live|claims|care)$/;

/**
 * Casework that "processors" do as a job: "loan processors", "claims processors", "payroll
 * processors" are clerks; "image processors" or "8 processors" are chips.
 */
const CASEWORK_MODIFIER =
  /^(?:loan|mortgage|claims?|payroll|benefits?|escrow|title|visa|permit|application|enrol(?:l)?ment|admissions?|refund|invoice|accounts?|billing|insurance)$/;

/** The group a "lead" leads, said before it: "shift leads", "team leads", "store leads". */
const LED_GROUP_MODIFIER =
  /^(?:shift|team|tech|technical|project|site|store|line|crew|squad|section|ward|floor|engineering|design|dev|qa|support)$/;

/** What a "family" may be a kind of, said before it: "model families", "GPU families". */
const KINDS_OF_THINGS =
  /^(?:models?|llms?|gpus?|cards?|chips?|products?|fonts?|languages?|instances?|architectures?|open-weight|open-source|product)$/i;

/** Nouns for counts of work: requests and the items each becomes a request for. */
const WORK_WORDS =
  /^(?:requests?|reqs?|queries|query|calls?|messages?|msgs|prompts?|completions?|conversations?|chats?|questions?|documents?|docs?|tickets?|emails?|articles?|summaries|analyses|translations?|files?|generations?|tasks?|jobs?|inferences?|contracts?|reports?|transcripts?|posts?|descriptions?|items?|records?|reviews?|sessions?|searches|lookups|rows|images|videos|products|listings|issues|runs|episodes|claims|invoices|orders|returns|incidents|alerts|samples|chunks|batches|edits|commits|lines|recordings|comments|threads|filings|memos|notes|forms|applications|cases|receipts|pdfs|logs|events|entries)$/;
const TOKEN_WORDS = /^(?:tokens?|toks?|tkns?)$/;
const GPU_WORDS =
  /^(?:gpus?|cards?|accelerators?|tpus?|(?:[ahlbtv]|mi|rtx|gb)\d{2,4}[a-z]{0,4})$/;
const NODE_WORDS =
  /^(?:nodes?|servers?|machines?|box(?:es)?|hosts?|instances?|pods?|vms?|replicas?)$/;
const TIME_WORDS =
  /^(?:ms|msecs?|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|nights?|weeks?|months?|years?|quarters?|weekdays?)$/;
const MONEY_WORDS = /^(?:dollars?|usd|eur|euros?|bucks|gbp|pounds|quid|cents)$/;
const PAGE_WORDS = /^(?:pages?|pager)$/;

/** Words ending in "s" that are no plural noun: short words, and verbs after a count ("1 in 8 uses it"). */
const NOT_PLURALS =
  /^(?:this|has|was|yes|his|its|thus|plus|less|does|goes|bus|gas|ios|xs|uses|needs|wants|gets|makes|takes|says|comes|opens|asks|sends|seems|means|knows)$/;

/** Words that end a noun phrase: connectives, determiners, pronouns, auxiliaries. */
const PHRASE_END =
  /^(?:per|a|an|each|every|and|or|nor|of|with|at|to|in|on|for|from|the|by|is|are|was|were|be|been|will|would|can|could|may|might|should|must|shall|do|does|did|who|whom|that|which|this|these|those|it|its|they|them|their|we|our|us|you|your|than|as|via|during|across|over|under|about|around|into|onto|but|so|if|when|then|not|no|while|whereas|plus|apiece|simultaneously|concurrently|daily|nightly|hourly|weekly|monthly|overnight|total|max|maximum|min|minimum|only|just|tops|out)$/;

/** Group nouns before a count: "a crew of 60", "a staff of 300", "my household of 5". */
const GROUP_BEFORE =
  /\b(?<group>crew|staff|workforce|cohort|class|faculty|department|unit|squad|roster|family|household)\s(?:of\s)?(?:(?:about|around|roughly|some|~)\s?)?$/;

/** A period unit after "per", "a", "each", "/". */
const PERIOD_UNIT =
  's|sec|second|min|minute|h|hr|hour|(?:week|work|working|business)\\s?day|day|d|night|week|wk|month|mo|year|yr';
/** The person a count is per: "per user", "each dev", "a seat". */
const PER_PERSON =
  '\\s?(?:/\\s?|(?:per|a|each|every)\\s)(?<whom>user|person|head|dev|developer|engineer|employee|seat|agent|member|customer|lawyer|writer|analyst)\\b';
/**
 * A verb between the counted noun and its period: "60,000 tickets close each day", "3,000 MRs
 * get merged per day". At most two words, none a connective, a period word or a number.
 */
const VERB_GAP =
  '(?:\\s(?!(?:per|a|an|each|every|and|or|of|with|for|from|to|at|on|in|by|than|nightly|daily|hourly|weekly|monthly|overnight)\\b)[a-z]+(?:\\sin|\\sout|\\sup)?){0,2}?';
/**
 * "on a normal weekday", "in a busy week", "in the busiest hour": a period said as an occasion
 * (the worst or busiest of them a peak, which rates.ts reads from the same words).
 */
const OCCASION_MODIFIER =
  'normal|typical|average|regular|usual|busy|quiet|given|good|busiest|worst|peak|heaviest';
const ON_A_DAY = `\\s(?:on|in|during|(?:in|over)\\sthe\\scourse\\sof)\\s(?:a|an|any|the|each|every)\\s(?:(?:${OCCASION_MODIFIER})\\s)?(?<on>weekday|workday|working day|business day|day|week|month|hour|minute)\\b`;
/**
 * Whom or what the counted things go to or come from, between the noun and its period: "40
 * outreach messages to candidates a day", "a dozen calls with suppliers every day", "300 letters
 * from tenants a month". One plural word only; a period word or a pronoun after the preposition
 * ("for each day", "to this a day") is none.
 */
const PARTY_GAP =
  '(?:\\s(?:to|with|from)\\s(?!(?:a|an|each|every|per|the|this|its|his|us|as|days|weeks|months|hours|years)\\b)[a-z]{2,}s\\b)?';
/**
 * The period after the noun, maybe past a per-person phrase, a distributive "each", whom the
 * things go to and a verb.
 */
const PERIOD_AFTER = new RegExp(
  `^(?:${PER_PERSON})?(?<each>\\s(?:each|apiece))?${PARTY_GAP}${VERB_GAP}(?:(?:\\s?/\\s?|\\s(?:per|a|an|each|every)\\s)(?<per>${PERIOD_UNIT})\\b|\\s?(?<adv>daily|nightly|hourly|weekly|monthly|overnight)\\b|${ON_A_DAY})`,
);
/** A period unit in words, for periods said before the count. */
const PERIOD_WORD =
  '(?:week|work|working|business)\\s?day|day|night|hour|minute|second|week|month|year';
const ADVERB_PERIOD: Record<string, string> = {
  daily: 'day',
  nightly: 'night',
  overnight: 'night',
  hourly: 'hour',
  weekly: 'week',
  monthly: 'month',
};

/** The period after a noun phrase ending at `from`, with whom it is per and where it ends. */
function periodAfter(
  text: string,
  from: number,
):
  | { period: string; perWhom?: string; each: boolean; end: number }
  | undefined {
  const m = PERIOD_AFTER.exec(text.slice(from, from + 60).toLowerCase());
  if (!m) return undefined;
  const g = m.groups!;
  const said = g.per ?? g.on;
  // "weekday", "business day" are days; "d" is a day
  let period = ADVERB_PERIOD[g.adv ?? ''];
  if (said) period = /day$|^d$/.test(said) ? 'day' : said;
  return {
    period,
    perWhom: g.whom,
    each: g.each !== undefined,
    end: from + m[0].length,
  };
}

/**
 * A period said before the count it is per: "on a typical day we get 20,000 conversations",
 * "every night, 2M docs", "per month we handle 45k tickets", "each hour about 900 calls come in",
 * "daily we see 30k requests". An occasion ("on a busy night") is a day of traffic; "every night",
 * "nightly" and "during the night" stay nights (one batch each).
 */
const PERIOD_BEFORE_RE = new RegExp(
  `\\b(?:(?:per|each|every)\\s(?:(?:single|normal|typical|average|regular|usual|given)\\s)?(?<per>${PERIOD_WORD})|(?:busiest|worst|peak|heaviest)\\s(?<worst>hour|minute|day)|(?<adv>daily|nightly|hourly|weekly|monthly|overnight)|(?:on|in|during)\\s(?<det>a|an|any|the|each|every)\\s(?:[a-z]+\\s)?(?<on>${PERIOD_WORD}))\\b`,
  'g',
);
/** Words a period said first may pass on its way to the count (the subject and verb, fillers). */
const MAX_WORDS_TO_COUNT = 6;
/** Counts of things at once are never per a period: "each day, up to 200 concurrent sessions". */
const AT_ONCE_WORDS = /^(?:concurrent|simultaneous|parallel|open|live|active)$/;

/**
 * The period said before the count at `r`, from the start of its sentence. Only the nearest count
 * after the period takes it: a digit in between that is not a count of people (who do not carry
 * a volume's period), or another count's own period, cuts the search ("500 docs every night, 2k
 * tickets" gives 2k none).
 */
function periodBefore(
  text: string,
  r: AttachedNumber,
  readings: AttachedNumber[],
): string | undefined {
  const from = Math.max(0, r.start - 90);
  let segment = text.slice(from, r.start).toLowerCase();
  // the sentence the count is in, and past any number before it that may own a period
  const sentence = /^[^]*(?:[.!?](?=\s)|[;\n])/.exec(segment);
  let cut = sentence ? sentence[0].length : 0;
  const people = readings.filter(p => p.kind === 'person');
  for (const d of segment.matchAll(/\d/g)) {
    const at = from + (d.index ?? 0);
    if (!people.some(p => at >= p.start && at < p.phraseEnd))
      cut = Math.max(cut, (d.index ?? 0) + 1);
  }
  // and past the period another count said after itself ("1,200 scans every day, 40k ...")
  for (const o of readings)
    if (o !== r && o.kind !== 'person' && o.periodEnd <= r.start)
      cut = Math.max(cut, o.periodEnd - from);
  segment = segment.slice(cut);
  const m = [...segment.matchAll(PERIOD_BEFORE_RE)].pop();
  if (!m) return undefined;
  const gap = segment.slice((m.index ?? 0) + m[0].length).match(/[a-z']+/g);
  if ((gap?.length ?? 0) > MAX_WORDS_TO_COUNT) return undefined;
  const g = m.groups!;
  if (g.adv) return ADVERB_PERIOD[g.adv];
  if (g.worst) return g.worst;
  // an occasion is a day of traffic, even a night's ("on a busy night we seat 900 covers");
  // "during the night" is the nightly run
  if (g.on === 'night' && g.det === 'the') return 'night';
  if (g.on) return /night|day$/.test(g.on) ? 'day' : g.on;
  return /day$/.test(g.per) ? 'day' : g.per;
}

/**
 * Verbs people do with a system, said right after them: "300 student use it", "90 nurse ask it".
 * Only read where no word of the phrase names a thing ("2000 patient visits" counts visits).
 */
const VERB_OF_PEOPLE =
  /^(?:use|uses|ask|asks|come|comes|visit|need|needs|want|wants|talk|chat|write|send|sends|log|open|opens|try|tries|type|types|book|check|access|query)$/;

/** Plurals of the "-man" and "-woman" job words: "foremen", "chairwomen", "deliverymen". */
const MEN_COMPOUNDS =
  /^(?:fore|chair|sales|police|fire|work|line|lines|fisher|crafts|trades|business|camera|delivery|repair|service|door|mail|milk|garbage|sports|spokes|handy|patrol|watch|night|news|middle|ombuds|yeo|boat|crew|bar|gentle|warehouse|sea|air|marks|cattle|dairy|field|store|stock|alder|council|congress|journey|noble)(?:wo)?men$/;

/** Whether a plural (or collective) noun names people, by lexicon or by its agentive form. */
export function isPersonNoun(noun: string, describing: string[] = []): boolean {
  const word = noun.toLowerCase();
  if (SOFTWARE_OR_PEOPLE.test(word))
    return describing.some(d => HUMAN_MODIFIER.test(d));
  // "3 model families", "two GPU families": kinds of things, not households
  if (word === 'families' && describing.some(d => KINDS_OF_THINGS.test(d)))
    return false;
  // the lexicons first: "stylists" and "therapists" end like "playlists" but are people
  if (
    PERSON_LEXICON.test(word) ||
    PERSON_WORDS.test(word) ||
    ROLE_ACRONYMS.test(word) ||
    CLIPPED_ROLES.test(word) ||
    MEN_COMPOUNDS.test(word)
  )
    return true;
  if (
    word === 'processors' &&
    describing.some(d => CASEWORK_MODIFIER.test(d.toLowerCase()))
  )
    return true;
  // "40 shift leads", "12 team leads": people who lead a group; "300 sales leads" are prospects
  if (
    /^leads?$/.test(word) &&
    describing.some(d => LED_GROUP_MODIFIER.test(d.toLowerCase()))
  )
    return true;
  if (
    THINGS_WITH_AGENT_ENDINGS.test(word) ||
    /ments$/.test(word) ||
    LIST_COMPOUNDS.test(word)
  )
    return false;
  // "fee-earners", "case-workers": a hyphenated compound is a person by its head
  if (/^[a-z]+-[a-z]+$/.test(word))
    return isPersonNoun(word.slice(word.lastIndexOf('-') + 1), describing);
  return AGENT_ENDING.test(word);
}

/**
 * Agentive endings too often on singular words that name no one ("percent", "event", "enter" as
 * a verb): a singular is a person by them only through a lexicon.
 */
const WEAK_AGENT_PLURAL = /(?:ents|ants|ees|ics)$/;

/**
 * Whether a singular noun names a person, by its plural: "foreman" (foremen), "nurse", "person",
 * "secretary" (secretaries), "inspector". A writer whose first language marks no plural may say
 * "90 foreman" or "3,000 person" for the plural.
 */
export function isSingularPersonNoun(noun: string): boolean {
  const word = noun.toLowerCase();
  // plurals ("nurses", but not "boss") and short words ("us", "pm")
  if (/[^s]s$/.test(word) || word.length < 3) return false;
  const plurals = [/(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`];
  if (/man$/.test(word)) plurals.push(word.replace(/man$/, 'men'));
  if (/[^aeiou]y$/.test(word)) plurals.push(`${word.slice(0, -1)}ies`);
  if (word === 'child') plurals.push('children');
  return plurals.some(
    p =>
      PERSON_LEXICON.test(p) ||
      PERSON_WORDS.test(p) ||
      CLIPPED_ROLES.test(p) ||
      MEN_COMPOUNDS.test(p) ||
      (isPersonNoun(p) && !WEAK_AGENT_PLURAL.test(p)),
  );
}

/**
 * A period right after a word, with nothing between: "per day", "a week", "/h", "daily"; not a
 * verb's particle first ("1,500 log in each day" is people logging in).
 */
const PERIOD_RIGHT_AFTER =
  /^\s?(?:\/|(?:per|a|an|each|every|daily|weekly|monthly|nightly|hourly)\b)/i;

/**
 * The plural of a singular noun of work, for a count whose noun has lost its ending: "summary"
 * gives "summaries", "invoice" "invoices"; undefined for any other word ("day", "model").
 */
function singularWorkPlural(noun: string): string | undefined {
  const word = noun.toLowerCase();
  if (/s$/.test(word) || word.length < 3) return undefined;
  const plurals = [/(?:x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`];
  if (/[^aeiou]y$/.test(word)) plurals.unshift(`${word.slice(0, -1)}ies`);
  return plurals.find(p => nounKind(p) === 'work');
}

/** The kind of a noun, or undefined for a word that names nothing countable here. */
export function nounKind(
  noun: string,
  describing: string[] = [],
): NounKind | undefined {
  const word = noun.toLowerCase();
  if (TOKEN_WORDS.test(word)) return 'token';
  if (GPU_WORDS.test(word)) return 'gpu';
  if (NODE_WORDS.test(word)) return 'node';
  if (TIME_WORDS.test(word)) return 'time';
  if (MONEY_WORDS.test(word)) return 'money';
  if (PAGE_WORDS.test(word)) return 'page';
  if (WORK_WORDS.test(word)) return 'work';
  if (isPersonNoun(word, describing)) return 'person';
  // two letters and an s are an acronym's plural ("PRs", "CVs"), bar a few short words and
  // adjectives in -ous ("simultaneous")
  if (
    /^[a-z]{2,}s$/.test(word) &&
    !/(?:ss|ous)$/.test(word) &&
    !NOT_PLURALS.test(word)
  )
    return 'thing';
  return undefined;
}

const SLOTS: Record<NounKind, AttachmentSlot> = {
  person: 'users',
  token: 'tokens',
  gpu: 'gpus',
  node: 'nodes',
  work: 'volume',
  time: 'duration',
  money: 'budget',
  page: 'pages',
  thing: 'volume',
};

/** A hyphenated unit decides the slot ("800-token memos" are tokens), else the noun's kind. */
function slotOf(
  measure: string | undefined,
  kind: NounKind | undefined,
): AttachmentSlot {
  if (measure) return SLOTS[nounKind(measure) ?? 'thing'];
  return kind ? SLOTS[kind] : 'other';
}

const NUMBER_RE = new RegExp(`(?<num>${N})${UPPER}`, 'g');
/** "-token", "-gpu", "-page" joined to the number, then a space. */
const MEASURE_RE = /^-(?<measure>[a-z]+)(?=\s)/;
/**
 * A word of a noun phrase; two joined by a slash are one describing word when another word follows
 * ("120 engine/tools devs", "14k room-type/date rows"), but never a rate's "per" ("req/s",
 * "tokens/day", "$/month").
 */
const WORD_RE =
  /^\s(?<word>[a-z][a-z'-]*(?:\/(?!(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|wk|weeks?|mo|months?|yr|years?|users?|gpus?|persons?|heads?|seats?|requests?|reqs?)\b)[a-z][a-z'-]{2,}(?=\s[a-z]))?)(?![\w$%])/;

/**
 * How many words after a number may form its noun phrase ("800 field service technicians",
 * "300k smart meter anomaly reports").
 */
const MAX_PHRASE_WORDS = 4;

/** Whether a noun of a known kind comes within the next two words: "weekend nurses". */
function headSoonAfter(rest: string): boolean {
  let text = rest;
  for (let i = 0; i < 2; i++) {
    const w = WORD_RE.exec(text);
    if (!w || PHRASE_END.test(w.groups!.word)) return false;
    if (nounKind(w.groups!.word) !== undefined) return true;
    text = text.slice(w[0].length);
  }
  return false;
}

/**
 * Every number not yet read, with the noun it counts. The head noun is the first word of the
 * phrase after the number whose kind is known, else its first plural; the phrase ends at a
 * connective, a determiner or an auxiliary ("5k drivers ask it" stops before "ask" only because
 * "ask" is no plural and "drivers" came first). With no noun after it, a group noun before it
 * ("a crew of 60") is the noun.
 */
export function attachNumbers(ctx: QuantityContext): AttachedNumber[] {
  const readings: AttachedNumber[] = [];
  /** Where the words settling the last range on a value end ("200-300 users, call it 250"). */
  let settledUpTo = 0;
  for (const m of matches(ctx, NUMBER_RE)) {
    const g = m.groups!;
    const start = m.index;
    // the settled value belongs to the range before it
    if (start < settledUpTo) continue;
    const end = start + m[0].length;
    let rest = ctx.text.slice(end, end + 80).toLowerCase();
    let offset = end;
    // "30-odd drafts", "forty-odd clerks": a round count said loosely, no measure
    const odd = /^-odd\b/.exec(rest);
    if (odd) {
      rest = rest.slice(odd[0].length);
      offset += odd[0].length;
    }
    const measure = MEASURE_RE.exec(rest)?.groups?.measure;
    if (measure) {
      rest = rest.slice(measure.length + 1);
      offset += measure.length + 1;
    }
    // "500+ agents", "1,500 x", and a hedge before the noun: "20 or so drafts"
    const plus = /^\s?\+|^\s(?:or\sso|or\sthereabouts)(?=\s[a-z])/.exec(rest);
    if (plus) {
      rest = rest.slice(plus[0].length);
      offset += plus[0].length;
    }
    const words: Array<{ word: string; end: number }> = [];
    while (words.length < MAX_PHRASE_WORDS) {
      const w = WORD_RE.exec(rest);
      if (!w) break;
      if (PHRASE_END.test(w.groups!.word)) {
        // "85 night-shift and weekend nurses": describing words joined before their head
        const joined =
          /^(?:and|or)$/.test(w.groups!.word) &&
          words.length > 0 &&
          words.every(
            d =>
              nounKind(d.word) === undefined && !isSingularPersonNoun(d.word),
          ) &&
          headSoonAfter(rest.slice(w[0].length));
        if (!joined) break;
        rest = rest.slice(w[0].length);
        offset += w[0].length;
        continue;
      }
      rest = rest.slice(w[0].length);
      offset += w[0].length;
      words.push({ word: w.groups!.word, end: offset });
    }
    // a singular noun before a later noun of the phrase modifies it: "2k customer emails", "500
    // user queries", "4M customer support tickets" (the head need not be the very next word); so
    // does a plural right before a noun of people: "90 claims examiners", "40 sales reps"
    const modifier = (i: number) =>
      (!/s$/.test(words[i].word) ||
        (i + 1 < words.length &&
          /s$/.test(words[i + 1].word) &&
          nounKind(words[i + 1].word, [words[i].word]) === 'person')) &&
      words.slice(i + 1).some(w => nounKind(w.word) !== undefined);
    let headIndex = words.findIndex((w, i) => {
      const k = nounKind(
        w.word,
        words.slice(0, i).map(d => d.word),
      );
      return k !== undefined && k !== 'thing' && !modifier(i);
    });
    if (headIndex < 0)
      headIndex = words.findIndex(w => nounKind(w.word) === 'thing');
    // "about 90 foreman, each ...", "3,000 person.", "maybe 500 client use it": more than one of
    // a singular person noun, alone after the count or before a verb of theirs, is the plural
    // with its ending dropped
    const pluralDropped =
      headIndex < 0 &&
      (words.length === 1 ||
        (words.length === 2 && VERB_OF_PEOPLE.test(words[1].word))) &&
      isSingularPersonNoun(words[0].word) &&
      parseNumberToken(g.num) > 1;
    if (pluralDropped) headIndex = 0;
    // "4 summary per day", "30 invoice a week": so is more than one of a singular work noun alone
    // before its period; it counts the work as the plural does ("summaries")
    const workPlural =
      headIndex < 0 &&
      !pluralDropped &&
      words.length === 1 &&
      parseNumberToken(g.num) > 1 &&
      PERIOD_RIGHT_AFTER.test(
        ctx.text.slice(words[0].end, words[0].end + 12),
      ) &&
      periodAfter(ctx.text, words[0].end) !== undefined
        ? singularWorkPlural(words[0].word)
        : undefined;
    if (workPlural) headIndex = 0;
    const describing = words.slice(0, Math.max(0, headIndex)).map(w => w.word);
    let noun = headIndex >= 0 ? workPlural ?? words[headIndex].word : undefined;
    let phraseEnd = headIndex >= 0 ? words[headIndex].end : end;
    let kind = noun ? nounKind(noun, describing) : undefined;
    if (pluralDropped) kind = 'person';
    if (!noun && !measure) {
      const before = ctx.text.slice(Math.max(0, start - 40), start);
      const group = GROUP_BEFORE.exec(before.toLowerCase())?.groups?.group;
      if (group) {
        noun = group;
        kind = 'person';
        phraseEnd = end;
      }
    }
    if (!noun && !measure && words.length === 0) {
      const referent = referTo(
        ctx.text,
        start,
        offset,
        rest,
        readings,
        parseNumberToken(g.num),
      );
      if (referent) ({ noun, kind, phraseEnd } = referent);
    }
    // "150 concurrent": people at once, the noun understood
    if (
      !noun &&
      !measure &&
      words.length === 1 &&
      AT_ONCE_ALONE.test(words[0].word)
    ) {
      noun = words[0].word;
      kind = 'person';
      phraseEnd = words[0].end;
    }
    // "agents" and "assistants" with no modifier: people or software by their frame
    if (noun && kind !== 'person' && SOFTWARE_OR_PEOPLE.test(noun)) {
      const before = ctx.text.slice(Math.max(0, start - 40), start);
      const after = ctx.text.slice(phraseEnd, phraseEnd + 60);
      if (roleIsPeople(describing, before, after, ctx.text, noun))
        kind = 'person';
    }
    const period = noun ? periodAfter(ctx.text, phraseEnd) : undefined;
    const periodEnd = period?.end ?? phraseEnd;
    const amount = readAmount(g.num, g.num2, {
      count: kind === 'person' || kind === 'work' || kind === 'thing',
      why: 'to size for it',
      // "200-300 users, call it 250"
      after: {
        text: ctx.text.slice(periodEnd, periodEnd + 30),
        unit: noun ? `${noun}|${noun.replace(/s$/, '')}` : undefined,
      },
    });
    if (amount.settledEnd) settledUpTo = periodEnd + amount.settledEnd;
    readings.push({
      value: amount.value,
      notes: amount.notes,
      low: amount.low,
      num: g.num,
      num2: g.num2,
      measure,
      describing,
      noun,
      kind,
      slot: slotOf(measure, kind),
      period: period?.period,
      perWhom: period?.perWhom,
      each: period?.each,
      periodEnd,
      start,
      end,
      phraseEnd,
    });
  }
  // the period said first, for counts of things with none after them
  for (const r of readings) {
    if (r.period || !r.noun || r.measure) continue;
    if (r.kind !== 'work' && r.kind !== 'thing' && r.kind !== 'page') continue;
    if (r.describing.some(d => AT_ONCE_WORDS.test(d))) continue;
    r.period = periodBefore(ctx.text, r, readings);
  }
  return readings;
}

/**
 * What a count with no noun after it refers to: the noun of a partitive ("16 of its GPUs"), a
 * plural noun said just before a pronoun ("sales reps, 700 of them"), people for "of us", and
 * work for "of these"/"of those" done per a period ("about 12 of these per day"). A pronoun
 * whose antecedent carries a count of its own is a part of that count ("5,000 tickets a day, 300
 * of them urgent"), not a count to read; but more people than were counted cannot be a part of
 * them ("60 nurses in all, and 200 of them online at once"): that is another count of the same
 * people, read so that it can be weighed against the first.
 */
function referTo(
  text: string,
  start: number,
  offset: number,
  rest: string,
  earlier: AttachedNumber[],
  value: number,
): { noun: string; kind: NounKind | undefined; phraseEnd: number } | undefined {
  const ref = referentAfter(rest);
  if (!ref) return undefined;
  if ('words' in ref) {
    const head =
      ref.words.find(w => {
        const k = nounKind(w.word);
        return k !== undefined && k !== 'thing';
      }) ?? ref.words.find(w => nounKind(w.word) === 'thing');
    if (!head) return undefined;
    return {
      noun: head.word,
      kind: nounKind(head.word),
      phraseEnd: offset + head.end,
    };
  }
  const phraseEnd = offset + ref.end;
  if (ref.pronoun === 'us') return { noun: 'us', kind: 'person', phraseEnd };
  const from = Math.max(0, start - 90);
  const antecedent = antecedentBefore(text.slice(from, start), nounKind);
  if (antecedent) {
    const at = from + antecedent.end;
    const whole = earlier.find(r => r.noun && r.phraseEnd === at);
    const moreThanTheWhole =
      antecedent.kind === 'person' &&
      whole !== undefined &&
      value > whole.value;
    if (whole && !moreThanTheWhole) return undefined;
    return { noun: antecedent.noun, kind: antecedent.kind, phraseEnd };
  }
  // nothing named before it: things done per a period are work ("12 of these per day")
  const kind = periodAfter(text, phraseEnd) ? 'work' : undefined;
  return { noun: ref.pronoun, kind, phraseEnd };
}

/** Which length a token count is: the longest input (context), a typical input, or an output. */
export type TokenRole = 'max' | 'input' | 'output';

/** What the model reads: a typical input. */
const INPUT_NOUNS =
  /^(?:prompts?|inputs?|questions?|quer(?:y|ies)|messages?|emails?|tickets?|threads?|logs?|excerpts?|records?|abstracts?|sources?|passages?|chunks?|histor(?:y|ies)|specs?|briefs?|ads?|snippets?|requests?|profiles?|notes|pages?|chats?|conversations?|listings?|reviews?|comments?|posts?)$/;
/** What the model writes ("letters", "memos" and "articles" can be either: their verb decides). */
const OUTPUT_NOUNS =
  /^(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|summar(?:y|ies)|digests?|recaps?|captions?|titles?|labels?|drafts?|suggestions?|json|targets?|headlines?|tags?|verdicts?|explanations?|write-ups?|blurbs?|taglines?|slogans?|synopses|synopsis|rewrites?|continuations?|generations?)$/;
/** Whole documents and windows: the longest input to plan the context for. */
const MAX_NOUNS =
  /^(?:context|ctx|window|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?|repos?|repositories|filings?|manuals?)$/;

/** The token role a noun gives the length it measures ("a 120-token digest" → output). */
export function tokenRoleOfNoun(noun: string): TokenRole | undefined {
  const word = noun.toLowerCase();
  if (OUTPUT_NOUNS.test(word)) return 'output';
  if (MAX_NOUNS.test(word)) return 'max';
  if (INPUT_NOUNS.test(word)) return 'input';
  return undefined;
}

/**
 * The noun a token length qualifies, from the words right after "N tokens"/"N-token": the first
 * of up to three words that names a role ("a 500-token product record" → "record").
 */
export function tokenNounAfter(after: string): string | undefined {
  let rest = after.toLowerCase();
  for (let i = 0; i < MAX_PHRASE_WORDS; i++) {
    const w = WORD_RE.exec(rest);
    if (!w || PHRASE_END.test(w.groups!.word)) return undefined;
    if (tokenRoleOfNoun(w.groups!.word)) return w.groups!.word;
    rest = rest.slice(w[0].length);
  }
  return undefined;
}

/** The source of what is written: "generated from a 500-token record", "based on 2k tokens". */
export const FROM_SOURCE_BEFORE =
  /\b(?:from|out of|based on|given|using)\s(?:(?:an?|the|each|every|their|our|its|one|about|around|roughly|up to|~)\s?){0,2}$/;

/**
 * What may stand between a noun and the length it owns: a verb of being, "of", hedges, limits,
 * and a word for how long it is ("responses are long, often 1,200 tokens", "replies are short:
 * 80 tokens"), and a verb of where a length ends up ("prompts land at about 3k tokens", "replies
 * sit around 90 tokens", "the total works out to 2,000 tokens").
 */
const OWNER_GAP =
  '(?:(?:themselves|itself|is|are|was|were|runs?|comes? to|adds? up to|totals?|averag(?:e|es|ing)|(?:lands?|landing|sits?|sitting|hovers?|hovering|ends? up|works? out)\\s(?:at|around|to)|should be|will be|would be|could be|might be|tends? to be|of|at|around|about|roughly|usually|typically|normally|generally|mostly|sometimes|maybe|probably|often|(?:no|not) longer than|(?:no|not) more than|under|below|up to|(?:(?:quite|fairly|pretty|very|rather)\\s)?(?:long|short|brief|lengthy|verbose|concise|wordy)(?:ish)?,?|~|:|=)\\s?)+';
/**
 * A noun that owns the length after it, as the subject or head of "of": "each caption is ~30
 * tokens", "titles of 15 tokens", "the extracted JSON is maybe 600 tokens". Only output nouns are
 * read this way: an input noun with "up to" may be the longest input, which the cue reader weighs.
 */
const OWNER_BEFORE = new RegExp(`\\b(?<noun>[a-z-]+)\\s${OWNER_GAP}$`);

/** The noun owning the length after `before`, whatever its role: "descriptions are about " → "descriptions". */
export function ownerNounBefore(before: string): string | undefined {
  return OWNER_BEFORE.exec(before.toLowerCase())?.groups?.noun;
}

export function outputOwnerBefore(before: string): string | undefined {
  const noun = ownerNounBefore(before);
  return noun && tokenRoleOfNoun(noun) === 'output' ? noun : undefined;
}

/** Modifiers that put a text on the reading side: "source articles", "the knowledge-base chunks". */
const INPUT_MODIFIERS =
  /^(?:source|original|raw|incoming|inbound|input|retrieved|reference|knowledge-base|kb|uploaded|context|customer|user)$/;
/** Modifiers that put a text on the writing side: "generated articles", "final drafts". */
const OUTPUT_MODIFIERS =
  /^(?:generated|output|final|finished|drafted|written|outgoing|outbound|resulting|produced)$/;
/** A noun with up to two modifiers, owning the length after it: "the knowledge-base chunks are". */
const OWNER_PHRASE_BEFORE = new RegExp(
  `(?:^|[^a-z-])(?<mods>(?:[a-z-]+\\s){0,2}?)(?<noun>[a-z-]+)\\s?(?:${OWNER_GAP})?$`,
);

/** The noun that owns a length, its modifiers, and the role they give it. */
export interface LengthOwner {
  noun: string;
  role: TokenRole | undefined;
  /** True when a modifier decided the role ("source articles"), not the noun alone. */
  byModifier: boolean;
}

/** The role a noun and its modifiers give the text it names; a modifier outranks the noun. */
export function ownerRole(
  noun: string,
  modifiers: string[],
): { role: TokenRole | undefined; byModifier: boolean } {
  if (modifiers.some(m => INPUT_MODIFIERS.test(m)))
    return { role: 'input', byModifier: true };
  if (modifiers.some(m => OUTPUT_MODIFIERS.test(m)))
    return { role: 'output', byModifier: true };
  return { role: tokenRoleOfNoun(noun), byModifier: false };
}

/**
 * The owner of the length just after `before`, said as the subject: "source articles ~", "the
 * knowledge-base chunks are", "summaries:". Undefined when the word before is no noun of text.
 */
export function lengthOwnerBefore(before: string): LengthOwner | undefined {
  const g = OWNER_PHRASE_BEFORE.exec(before.toLowerCase())?.groups;
  if (!g) return undefined;
  // a noun of text ("chunks", "articles", "json"), not a connective ("as input and up to")
  const kind = nounKind(g.noun);
  if (!tokenRoleOfNoun(g.noun) && kind !== 'work' && kind !== 'thing')
    return undefined;
  // modifiers stop at a connective or a determiner: "the knowledge-base chunks"
  const words = g.mods.split(/\s+/).filter(Boolean);
  const cut = words.map(w => PHRASE_END.test(w)).lastIndexOf(true);
  const modifiers = words.slice(cut + 1);
  const { role, byModifier } = ownerRole(g.noun, modifiers);
  return role ? { noun: g.noun, role, byModifier } : undefined;
}
