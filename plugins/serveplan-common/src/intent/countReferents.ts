/**
 * What a count with no noun of its own refers to, for the number-noun attachment
 * (numberAttachment.ts): a partitive ("16 of its GPUs" counts GPUs), an anaphor ("our claims
 * analysts (about 250 of them)", "sales reps, 700 of them", "40 of us"), a bare "150 concurrent"
 * (people at once); and whether a noun that names people or software ("agents", "assistants")
 * counts people here, by its frame. A leaf module: the noun kinds come in as a function, so the
 * attachment can call it without an import cycle.
 */

/** " of them", " of us", " of its GPUs", " of the 40 nodes": what follows a count with no noun. */
const OF_AFTER =
  /^\s?of\s(?:(?<pronoun>them|those|these|us)\b|(?<det>its|our|their|the|your|my|these|those)\s(?<phrase>[a-z][a-z0-9'-]*(?:\s[a-z][a-z0-9'-]*){0,2}))/;

export type OfReferent =
  | { pronoun: 'them' | 'those' | 'these' | 'us'; end: number }
  | { words: Array<{ word: string; end: number }> };

/** The words after a bare count that say what it is a part of, with offsets from `rest`'s start. */
export function referentAfter(rest: string): OfReferent | undefined {
  const m = OF_AFTER.exec(rest);
  if (!m) return undefined;
  const g = m.groups!;
  if (g.pronoun)
    return {
      pronoun: g.pronoun as 'them' | 'those' | 'these' | 'us',
      end: m[0].length,
    };
  const phraseStart = m[0].length - g.phrase.length;
  const words: Array<{ word: string; end: number }> = [];
  for (const w of g.phrase.matchAll(/[a-z][a-z0-9'-]*/g))
    words.push({
      word: w[0],
      end: phraseStart + (w.index ?? 0) + w[0].length,
    });
  return { words };
}

/** Plural nouns without an "s" that a plural pronoun can stand for. */
const COLLECTIVE =
  /^(?:people|staff|folks|ppl|personnel|crew|faculty|alumni|children|men|women)$/;
/** How many words back a pronoun's antecedent may be. */
const MAX_WORDS_BACK = 8;

/**
 * The nearest plural noun before a pronoun in its sentence, its kind and where it ends (offset
 * in `before`). `kindOf` is the attachment's noun kind; time and money words are passed over
 * ("reps a month, 700 of them" still finds the reps), and so are plurals of no known kind, which
 * may be verbs.
 */
export function antecedentBefore<K extends string>(
  before: string,
  kindOf: (noun: string, describing: string[]) => K | undefined,
): { noun: string; kind: K; end: number } | undefined {
  const sentence = /[^.!?;]*$/.exec(before)?.[0] ?? '';
  const offset = before.length - sentence.length;
  const words = [...sentence.toLowerCase().matchAll(/[a-z][a-z0-9'-]*/g)];
  for (
    let i = words.length - 1;
    i >= Math.max(0, words.length - MAX_WORDS_BACK);
    i--
  ) {
    const word = words[i][0];
    // "them" and "those" stand for a plural ("analyst" is not what "12 of them" are)
    if (!/s$/.test(word) && !COLLECTIVE.test(word)) continue;
    const kind = kindOf(word, i > 0 ? [words[i - 1][0]] : []);
    // any other plural may be a verb ("each inspector checks"): only nouns of a known kind
    if (!kind || /^(?:time|money|thing)$/.test(kind)) continue;
    return {
      noun: word,
      kind,
      end: offset + (words[i].index ?? 0) + word.length,
    };
  }
  return undefined;
}

/** "150 concurrent", "80 simultaneous": people at once, the noun understood. */
export const AT_ONCE_ALONE = /^(?:concurrent|simultaneous)$/;

/** Modifiers that make "agents" or "assistants" software. */
const SOFTWARE_MODIFIER =
  /^(?:ai|llm|autonomous|software|coding|code|virtual|digital|agentic|gpt|bot|background|worker|research)$/;
/** Verbs after the noun for what software does: "agents call tools", "agents that run jobs". */
const SOFTWARE_AFTER =
  /^\s(?:(?:that|which|will|would|can|each|all)\s){0,2}(?:call|calls|calling|invoke|invokes|execute|executes|run|runs|orchestrate|orchestrates|spawn|spawns|loop|loops|plan|plans)\b|^[^.;!?]{0,30}\b(?:tools?|apis?|function calls?|tool calls?)\b/;
/**
 * Verbs after the noun for what people do: "agents handle tickets", "agents who answer calls",
 * also past a comma: "1,000 agents, each takes 40 calls a day", "60 assistants, and each of them
 * answers 30 emails", "300 agents and all of them work shifts".
 */
const HUMAN_AFTER =
  /^,?\s(?:and\s)?(?:(?:who|that|which|will|would|can|(?:each|all|every one|most|many)(?:\sof\s(?:them|whom))?|currently)\s){0,2}(?:handle|handles|answer|answers|use|uses|take|takes|field|fields|resolve|resolves|reply|replies|respond|respond|talk|talks|chat|chats|work|works|ask|asks|log|logs|staff|sit|sits|serve|serves)\b|^\s(?:are\s)?(?:on\s(?:shift|duty|the\sphones?|call)|at\stheir\sdesks)\b/;
/**
 * The noun multiplied by what each of them handles in a period: "900 agents x 30 calls/day each",
 * "40 agents × 25 tickets a day", "60 agents, ~35 closed tickets per agent per day", "220 agents,
 * ~45 calls each per day". Calls, tickets and chats handled per period are a person's
 * workload (software's calls are tool or API calls, which SOFTWARE_AFTER reads first).
 */
const HUMAN_WORKLOAD_AFTER =
  /^\s?[x*×]\s?\d[\d,.]*k?\s?(?:calls|tickets|chats|conversations|cases|customers|callers|contacts|interactions)\b|^,?\s(?:~|about\s|around\s|roughly\s|maybe\s)?\d[\d,.]*k?\s(?:[a-z-]+\s)?(?:calls|tickets|chats|conversations|cases|customers|callers|contacts|interactions)\s(?:each|per\s(?:agent|rep|person|head))\b/;
/**
 * A count after "for": who a system or a piece of work is for ("a support bot for 1,200 agents",
 * "summaries for 400 agents"). A beneficiary is people unless the frame says software.
 */
const FOR_BEFORE =
  /\bfor\s(?:(?:our|the|all|its|their|my|your|about|around|roughly|some|over|up to|approximately|~)\s?){0,3}$/;

/**
 * Compute serving whoever comes after "for": "an inference cluster for our agents", "a GPU pool
 * for 300 agents". Machines are provisioned for software clients, not for the people at a desk.
 */
const COMPUTE_FOR_BEFORE =
  /\b(?:inference|compute|gpus?|clusters?|capacity|runtimes?|pool|infrastructure|infra|orchestration|orchestrator|scheduler|sandbox(?:es)?|backend|hosting|serving)\sfor\s(?:(?:our|the|all|its|their|my|your|about|around|roughly|some|over|up to|approximately|~)\s?){0,3}$/;

/**
 * A call centre, contact centre or help desk named just before the count: "contact-centre
 * copilot: 300 agents", "in our call center, 90 agents". Agents there are the people at the desks.
 */
const DESK_SETTING_BEFORE =
  /\b(?:(?:call|contact)[\s-]?cent(?:re|er)s?|help[\s-]?desks?)\b[^.;!?]*$/;

/** Whether the words before a count or a noun say it is who something (not compute) is for. */
function forWhomBefore(before: string): boolean {
  const lower = before.toLowerCase();
  return FOR_BEFORE.test(lower) && !COMPUTE_FOR_BEFORE.test(lower);
}

/** Whether a modifier or the words after the noun say it names software. */
function saysSoftware(describing: string[], after: string): boolean {
  return (
    describing.some(d => SOFTWARE_MODIFIER.test(d.toLowerCase())) ||
    SOFTWARE_AFTER.test(after.toLowerCase())
  );
}

/**
 * Whether a noun that names people or software ("agents", "assistants") counts people here: no
 * when a modifier or what follows says software ("AI agents", "agents call tools"); yes when
 * what follows says what people do ("agents handle calls"), a call centre or help desk is named
 * just before, or the count is who something is for.
 */
export function roleIsPeople(
  describing: string[],
  before: string,
  after: string,
  text = '',
  noun = 'agents',
): boolean {
  if (saysSoftware(describing, after)) return false;
  if (noun === 'hosts') return hostsOfGuests(text, after);
  const following = after.toLowerCase();
  return (
    HUMAN_AFTER.test(following) ||
    HUMAN_WORKLOAD_AFTER.test(following) ||
    DESK_SETTING_BEFORE.test(before.toLowerCase()) ||
    forWhomBefore(before) ||
    agentsAtDesks(text)
  );
}

/** Words of letting out rooms and homes: the hosts there are people. */
const HOSPITALITY =
  /\b(?:guests?|bookings?|propert(?:y|ies)|rentals?|listings?|check[\s-]?(?:in|out)|airbnb|vacation|holiday homes?|apartments?)\b/;
/** Machines after "hosts": "2 hosts with 8 GPUs each", "hosts x 8 H100". */
const MACHINE_AFTER =
  /^\s?(?:,\s)?(?:with|each|of|x|carrying|having|running|holding|packing)\b[^.;]{0,30}?\b(?:gpus?|cards?|nodes?|[hab]\d{2,3}|l4|l40s?|mi\d{3}x?)\b/;

/** "4,000 hosts on the platform" beside guests and bookings: people; never with GPUs after them. */
function hostsOfGuests(text: string, after: string): boolean {
  return (
    HOSPITALITY.test(text.toLowerCase()) &&
    !MACHINE_AFTER.test(after.toLowerCase())
  );
}

/**
 * A request written from a support desk (or a brokerage or agency, whose agents sell), with no
 * software agent asked for: "I lead tier-2 support
 * at a mobile operator ... We're 45 agents in total", "I'm the support lead ... We have 70
 * agents". The agents counted there are the people at the desks.
 */
const SUPPORT_DESK =
  /\b(?:real[\s-]estate|brokerage|realtors?|travel agency|insurance agency|customer (?:support|service|care)|support (?:lead|team|desk|centre|center|queue|manager|org|organi[sz]ation)|(?:call|contact)[\s-]?cent(?:re|er)|help[\s-]?desk|service desk|tier[\s-]?[123] support|first[\s-]line support|(?:a|the) customer on the (?:line|phone))\b/;
const SOFTWARE_AGENT_ASKED =
  /\ban?\s(?:[a-z-]+\s)?agent\b(?!\s(?:assist|desktop|handbook))|\b(?:ai|llm|autonomous|software|coding)\sagents?\b|\bagentic\b|\btool[\s-]?(?:calls?|calling|use)\b|\bcalls? (?:our |the )?(?:apis?|tools)\b/;

function agentsAtDesks(text: string): boolean {
  const lower = text.toLowerCase();
  return SUPPORT_DESK.test(lower) && !SOFTWARE_AGENT_ASKED.test(lower);
}

/** Nouns that name people in one text and software in another. */
export const PEOPLE_OR_SOFTWARE_ROLES = /^(?:agents|assistants)$/;

/**
 * Whether a count of a role noun ("about 900 agents in all") counts people because the same noun
 * was named earlier in the text as who the system is for: "a chatbot for our claims agents to ask
 * about cover, about 900 agents in all". That earlier mention is read as roleIsPeople reads a
 * count: no software modifier ("for our AI agents"), no software verbs after it ("for our agents
 * to call tools"), and not compute provisioned for it ("an inference cluster for our agents").
 * The count itself must not be said to be software either ("40 agents that call our APIs").
 * `earlier` is the text before the count.
 */
export function roleNamedForEarlier(
  noun: string,
  describing: string[],
  earlier: string,
  after: string,
): boolean {
  const role = noun.toLowerCase();
  if (!PEOPLE_OR_SOFTWARE_ROLES.test(role)) return false;
  if (saysSoftware(describing, after)) return false;
  const text = earlier.toLowerCase();
  const mentions = [
    ...text.matchAll(
      new RegExp(
        `\\bfor\\s(?:(?:our|the|all|its|their|my|your)\\s){0,2}(?<mods>(?:[a-z][a-z0-9'-]*\\s){0,2}?)${role}\\b`,
        'g',
      ),
    ),
  ];
  const last = mentions[mentions.length - 1];
  if (!last) return false;
  const end = (last.index ?? 0) + last[0].length;
  const mods = last.groups!.mods;
  const nounStart = end - role.length;
  return roleIsPeople(
    mods.split(/\s+/).filter(Boolean),
    text.slice(0, nounStart - mods.length),
    text.slice(end, end + 60),
  );
}
