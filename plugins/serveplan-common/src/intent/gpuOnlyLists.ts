/**
 * GPU only-lists: "we only have quota for A10G and L40S", "L40S only", "it must run exclusively on
 * H200". An only-list is exhaustive, so a GPU named elsewhere in the request outside it is context
 * ("the H100 request is still pending", "we benchmarked on H100s"), not a GPU it may run on; and
 * two only-lists with no GPU in common contradict each other ("only on MI300X ... only on L40S").
 */
import { LIST_JOIN } from './constraintCues';

/** A GPU name read as allowed (not excluded), with the clause around it. */
export interface AllowedGpuMention {
  ids: string[];
  start: number;
  end: number;
  /** The clause's text before and after the name. */
  before: string;
  after: string;
  /** The name adds to a list said before ("also H200", "plus a few A100s"). */
  adds: boolean;
}

/**
 * "only" (or "exclusively", "limited to", "it must run on the", "it has to run on our", ...) a
 * few words before the name, none a number ("we
 * only have 8 H100s" counts the H100s, it does not restrict to them; "we only need 4k tokens on
 * H100" is about the tokens).
 */
const ONLY_BEFORE =
  /(?<!\bnot\s)\b(?:only|exclusively|restricted\sto|limited\sto|nothing\sbut|stick(?:ing)?\s(?:to|with)|(?:must|has\sto|have\sto)\s(?:be\s)?run\s(?:on|in)\b(?:\s+(?:the|our|a|an|that|this|those|these))?)\b(?:\s+[a-z][a-z'-]*){0,4}\s*$/;
/**
 * "only" right after the name, perhaps after a plural ending or a GPU noun: "L40S only", "L4s
 * only", "H200 instances only".
 */
const ONLY_AFTER =
  /^(?:'?s\b)?\s*(?:(?:gpus?|cards?|instances?|nodes?|boxes|hardware|servers?|machines?)\s)?(?:only|exclusively)\b/;
/** A clause that starts by going on with a list said before it: "..., or H200 if needed". */
const CONTINUES_LIST = /^\s*(?:or|and|plus|also|as well as)\b/;

export interface GpuOnlyReading {
  /** The ids allowed: every only-list, and the GPUs named elsewhere that it keeps. */
  allowed: string[];
  /** Two only-lists with no GPU in common, each as its ids. */
  conflict?: [string[], string[]];
}

/**
 * Reads the only-lists among the allowed GPU names (in text order). A name joined by a list word
 * ("A10G, L4 and L40S only") to a restricted name is in the same list. Without an only-list every
 * name is allowed; with one, a name outside every list stays only when it adds to it ("also
 * H200", "..., or H200") or lies within it ("only NVIDIA ... H100s").
 */
export function readGpuOnlyLists(
  text: string,
  mentions: readonly AllowedGpuMention[],
): GpuOnlyReading {
  const restricted = mentions.map(
    m => ONLY_BEFORE.test(m.before) || ONLY_AFTER.test(m.after),
  );
  const joined = (i: number) =>
    LIST_JOIN.test(text.slice(mentions[i - 1].end, mentions[i].start));
  for (let i = 1; i < mentions.length; i++)
    if (restricted[i - 1] && joined(i)) restricted[i] = true;
  for (let i = mentions.length - 1; i > 0; i--)
    if (restricted[i] && joined(i)) restricted[i - 1] = true;

  const lists: string[][] = [];
  mentions.forEach((m, i) => {
    if (!restricted[i]) return;
    if (i > 0 && restricted[i - 1] && joined(i))
      lists[lists.length - 1].push(...m.ids);
    else lists.push([...m.ids]);
  });
  const all = mentions.flatMap(m => m.ids);
  if (lists.length === 0) return { allowed: all };
  for (let a = 0; a < lists.length; a++)
    for (let b = a + 1; b < lists.length; b++)
      if (!lists[a].some(id => lists[b].includes(id)))
        return { allowed: all, conflict: [lists[a], lists[b]] };

  const inLists = new Set(lists.flat());
  const allowed = mentions.flatMap((m, i) =>
    restricted[i] ||
    m.adds ||
    CONTINUES_LIST.test(m.before) ||
    m.ids.every(id => inLists.has(id))
      ? m.ids
      : [],
  );
  return { allowed };
}
