/**
 * GPU counts: "16 GPUs", "at most 8 cards", added to counts written before GPU names; nodes times
 * the GPUs in each ("2 nodes of 8xH100", "2 boxes in Oslo (8 GPUs each)"); a count said after the GPUs were named ("L40S cards (6 of
 * them)", "keep it on L4s, we have 10"); a count taken back and said again ("4 MI300X boxes, er,
 * 4 MI300X GPUs I mean") is counted once.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { attachNumbers } from './numberAttachment';
import { setSignal } from './signals';
import {
  checkPositive,
  fmt,
  matches,
  QuantityContext,
  readAmount,
  UPPER,
} from './quantityReading';

/**
 * A singular "GPU" after a count that ends its phrase, as writers whose language has no plural
 * say it ("maximum 3 GPU because of rack space", "budget for one GPU.", "4 GPU in total"): the
 * GPUs counted. Followed by a noun it is a modifier and counts something else: "500 GPU hours",
 * "2 GPU nodes", "1 GPU per replica".
 */
const SINGULAR_GPU_ENDS =
  '(?=\\s?(?:[.,;:!?)]|$)|\\s(?:because|since|as|only|max(?:imum)?|at\\smost|in\\stotal|total|and|or|but|due|for|with|on|in|at|from|maybe|would|will|should|can|could|is|are)\\b)';
const GPU_COUNT_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?x?\\s?(?:(?:gpus|cards|accelerators)\\b|gpu${SINGULAR_GPU_ENDS})`,
  'g',
);

/**
 * "2 nodes of 8x", "two servers with 8", "4 nodes, each with 8", "2 servers, each one with 4", "a pair
 * of hosts carrying 8":
 * the number of nodes before a per-node GPU count, with at most three linking words between
 * (never a number or a sentence end, so the nodes stay in the same statement).
 */
const NODES_BEFORE =
  /(?:\b(\d{1,4})\s?x?|\b(?:a\s)?(pair)\sof)\s(?:[a-z-]+\s)?(?:nodes?|servers?|machines?|boxes|hosts|instances|pods)\b(?:,\s|\s(?=(?:of|with|each|having|x|carrying|holding|hosting|packing|containing|that|which)\b))(?:(?:of|with|each|one|having|x|carrying|holding|hosting|packing|containing|that|which|have|has|every)\s?,?\s){0,4}(?:(?:about|around|up to)\s)?$/;
/** "8x H100 per node, 4 nodes", "8 H200s each across 2 nodes": the nodes after the GPU name. */
const NODES_AFTER =
  /^(?:s)?\s?(?:gpus?\s|cards?\s)?(?:(?:per|a|each|in each|on each)\s(?:node|server|machine|box|host)|each|apiece)?,?\s?(?:x|times|across|on|in|over)\s(\d{1,4})\s(?:nodes|servers|machines|boxes|hosts)\b/;

/**
 * Words of a GPU's condition or standing between its count and its name: "two used A100s", "4
 * spare L40S", "2 refurbished H100 cards". They say which GPUs, not how many.
 */
const GPU_CONDITION =
  '(?:used|spare|second[\\s-]hand|secondhand|refurbished|refurb|old|older|new|brand[\\s-]new|idle|extra|leftover|donated|borrowed|rented|dedicated|local|physical)';
/**
 * A count right before a GPU name (`before` ends where the name starts): "8x H100", "16 A100s",
 * "two used A100 40GB cards" (a number word is a digit by then); or "single" said bare in a list
 * or after a verb of having, as terse text writes one GPU: "family chat, single L40S", "rig:
 * single A10G" ("a single L40S" is read by extractGpuCount). A unit noun may stand between the
 * count and the name: "2 pieces of A100", "3 units H100", "4 pcs L40S".
 */
const COUNT_BEFORE_NAME_RE = new RegExp(
  `(?:(?:^|[^\\w.])(?<num>\\d{1,5})\\s?x?\\s?(?:(?:pieces?|pcs\\.?|units?)\\s(?:of\\s)?)?|(?:^\\s*|[,;:(/]\\s?|\\b(?:on|with|have|has|got|own|use|using|run|running|rent|renting)\\s)(?<single>single)\\s)(?:${GPU_CONDITION}\\s){0,2}$`,
);

/** The GPU count right before a GPU name (COUNT_BEFORE_NAME_RE), with where its number starts. */
export function countBeforeGpuName(
  before: string,
): { count: number; start: number; numberStart: number } | undefined {
  const m = COUNT_BEFORE_NAME_RE.exec(before);
  if (!m) return undefined;
  const written = m.groups!.num ?? m.groups!.single;
  return {
    count: m.groups!.num ? Number(written) : 1,
    start: m.index,
    numberStart: m.index + m[0].indexOf(written),
  };
}

/**
 * How many nodes a per-node GPU count is for: `before` ends right before the count, `after`
 * starts right after the GPU name. 1 when no nodes are named.
 */
export function nodesAround(before: string, after: string): number {
  const b = NODES_BEFORE.exec(before);
  if (b) return b[2] ? 2 : Number(b[1]);
  const a = NODES_AFTER.exec(after);
  return a ? Number(a[1]) : 1;
}

/**
 * "the 2 H200 boxes in Frankfurt (8 GPUs each)", "three servers we rent, 4 GPUs apiece": a GPU
 * count said for each node, after the nodes were counted earlier in the sentence with other words
 * between (a place, a clause), is per node. The nodes' count may take a GPU name or a word before
 * the node noun ("2 H200 boxes"); no other number nor a sentence end may stand between, though a
 * GPU's name may, its digits joined to its letters: "3 hosts with A10G, 2 cards each one" (6).
 */
const NODES_COUNTED_EARLIER =
  /(?:\b(\d{1,4})|\b(?:a\s)?(pair)\sof)\s(?:[a-z0-9-]+\s){0,2}?(?:nodes?|servers?|machines?|boxes|hosts|instances|pods)\b(?:[^.!?;\d]|(?<=[a-z0-9])\d){0,50}$/;
const EACH_NODE_AFTER =
  /^\s?(?:each|apiece|a piece|per (?:node|server|machine|box|host|instance)|in each|on each)\b/;

/** The nodes counted earlier that a GPU count "each" is per (NODES_COUNTED_EARLIER), or 1. */
export function nodesCountedEarlier(before: string, after: string): number {
  if (!EACH_NODE_AFTER.test(after)) return 1;
  const b = NODES_COUNTED_EARLIER.exec(before);
  if (!b) return 1;
  return b[2] ? 2 : Number(b[1]);
}

/**
 * "(6 of them)", "we have 10", "we have 8 max", "we have 16 reserved": a bare count right after
 * the GPUs were named (a cap word after it ends the statement, so "we have 8 max concurrent
 * jobs" counts no GPUs).
 */
const COUNT_AFTER_NAME_RE = new RegExp(
  `\\(?(?<num>${N})\\s(?:of (?:them|those|these)|in total|total)\\b|\\bwe(?:'ve got|'ve| have| own| got)\\s(?:(?:about|around|roughly|only|just)\\s)?(?<num2>${N})(?=\\s?(?:[.,;:!)]|$|of them\\b|available\\b|spare\\b|free\\b|in total\\b|(?:reserved|booked|allocated|committed)\\s?(?:[.,;:!)]|$)|(?:max(?:imum)?|at most|tops)\\s?(?:[.,;:!)]|$)))`,
  'g',
);
/** "we have at most", "we can use up to", "we've got only": a cap on what a team has. */
const HAVE_AT_MOST =
  /\b(?:we|i)(?:'ve got|'ve| have| own| got| can use| may use| can get)\s(?:at most|up to|only|just|no more than|max(?:imum)?)\s$/;
/** How far after a GPU name a bare count may come. */
const COUNT_AFTER_NAME_CHARS = 40;
/**
 * A cap said bare right after the GPUs are named: "H100 SXM only, 8 max", "L4s (max 6)", "on
 * A100s, at most 16", "H100s only, cap 16", and the count of cards said so: "only L40S, 4 pieces",
 * "A10G only, maximum 3 cards", also after a clause saying they are owned ("the A100s which we
 * already have, 8 pieces"). Only "GPUs", "only", where they are ("L4s in our cloud project, 6 max")
 * and a comma or bracket may come between the name and the cap, and nothing but punctuation, the
 * end of its line (a list item: "- A100s only, 4 max") or of the text after its number: "8 max concurrent" or "max
 * 200 ms" are no GPU count.
 */
/**
 * Words after a cap saying it is for all the GPUs named together: "H100 or H200, 8 max in
 * total", "L4 or A10G, 6 at most altogether" (the cap is still the number).
 */
const IN_ALL =
  '(?:\\s(?:in total|total|overall|altogether|all together|combined|between them|across both))?';
/**
 * A clause saying the GPUs named are already owned, between the name and the count of them: "the
 * A100s that we already have, 8 pieces", "H100 cards which we bought last year, 16 pcs".
 */
const ALREADY_OWNED =
  '(?:\\s(?:which|that)\\s(?:we|i)\\s(?:already\\s)?(?:have|own|bought|got|run|use)(?:\\s(?:already|last\\syear|last\\smonth|in\\s(?:house|the\\s[a-z]+)))?)?';
const CAP_AFTER_NAME_RE = new RegExp(
  `^s?(?:\\s(?:gpus?|cards?|accelerators?))?(?:\\s(?:only|exclusively))?(?:\\s(?:in|on|at)\\s(?:our|the|my|this|their)\\s(?:[a-z-]+\\s)?[a-z-]+)?${ALREADY_OWNED}\\s?[,;:(-]?\\s?(?<cap>(?<num>${N})\\s?(?:max(?:imum)?|at most|at the most|tops|pieces|pcs|units)|(?:max(?:imum)?(?:\\sof)?|at most|up to|no more than|(?:hard\\s)?cap(?:ped)?(?:\\s(?:of|at))?)\\s(?<num2>${N})(?:\\s(?:pieces|pcs|units|cards|gpus))?)(?=${IN_ALL}\\s?(?:[.,;:!?)]|$)|${IN_ALL}[^\\S\\n]*\\n)`,
);

/** The cap said right after a GPU name (CAP_AFTER_NAME_RE), with its span, or undefined. */
function capAfterName(
  ctx: QuantityContext,
  gpuNameEnds: number[],
): { value: number; start: number; end: number; written: string } | undefined {
  for (const nameEnd of gpuNameEnds) {
    const m = CAP_AFTER_NAME_RE.exec(ctx.text.slice(nameEnd, nameEnd + 60));
    if (!m) continue;
    const written = m.groups!.cap;
    const end = nameEnd + m[0].length;
    const start = end - written.length;
    if (ctx.spans.overlaps(start, end)) continue;
    const value = parseNumberToken(m.groups!.num ?? m.groups!.num2);
    return { value, start, end, written };
  }
  return undefined;
}

/**
 * A part of the GPUs just counted that this work may use: "we have 24 H200s but this service may
 * only use 8 of them", "16 A100s, of which the pilot can take at most 4", "the cluster has 32
 * L40S; we get to use just 6 of those". A verb of using with a modal or "get to" before the part,
 * and the part said of the GPUs by a pronoun ("of them") or as "of which".
 */
const PART_USED_RE = new RegExp(
  `\\b(?:(?:may|can|could|will|should|might|is allowed to|are allowed to|gets? to)\\s(?:(?:only|just)\\s)?(?:use|take|have|get|run on|occupy|claim)\\s(?:(?:only|just|up to|at most|no more than)\\s)?(?<num>${N})\\sof\\s(?:them|those|these|(?:the|those|these|our|its|their)\\s(?:gpus|cards))\\b|\\bof which\\s(?:[a-z]+\\s){0,3}?(?:may|can|could|will|gets? to)\\s(?:(?:only|just)\\s)?(?:use|take|have|get|claim)\\s(?:(?:only|just|up to|at most|no more than)\\s)?(?<num2>${N})\\b)`,
  'g',
);
/** How far after a counted GPU name the part may come, in the same sentence. */
const PART_USED_CHARS = 160;

/** Words that take back what was just said: "er, 4 GPUs I mean", "sorry, 8", "or rather 16". */
const TAKE_BACK =
  /\b(?:er|erm|uh|um|sorry|i mean|i meant|or rather|correction|make that|scratch that)\b/;
/** "I mean" right after the restated count's name: "4 L40S boxes, er, 4 L40S cards I mean". */
const TAKE_BACK_AFTER = /^\s?(?:[a-z-]+\s)?,?\s?(?:i mean|i meant)\b/;
/** Words that never belong to a GPU's name between its count and its end. */
const NOT_NAME =
  '(?!(?:with|of|on|and|or|for|the|a|an|in|to|at|per|each|from)\\b)';
/**
 * A count right before a GPU name that ends at the end of the text: "4 mi300x", "8x h100 sxm",
 * "2 rtx 4090" (the name up to three words, none of them a connective).
 */
const COUNT_BEFORE_NAME = new RegExp(
  `(?:^|[^\\w.])\\d{1,5}\\s?x?\\s?${NOT_NAME}[a-z][\\w.-]*(?:\\s${NOT_NAME}[a-z0-9][\\w.-]*){0,2}$`,
);

/**
 * The counts written before GPU names, less those taken back: in "we own 4 MI300X boxes, er, 4
 * MI300X GPUs I mean" the second count restates the first, so there are 4 GPUs, not 8. Counts
 * of different GPUs said plainly ("8 H100 and 4 A100") add up. A count is taken back when
 * words of correction ("er", "sorry", "I mean", "or rather", "make that") stand between it and
 * the next count of the same sentence, or right after the next one's name. Only when each count
 * can be matched to its name in the text; otherwise every count stays.
 */
export function countsNotTakenBack(
  text: string,
  namedCounts: number[],
  gpuNameEnds: number[],
): number[] {
  if (namedCounts.length < 2) return namedCounts;
  const counted = [...gpuNameEnds]
    .sort((a, b) => a - b)
    .filter(e => COUNT_BEFORE_NAME.test(text.slice(Math.max(0, e - 40), e)));
  if (counted.length !== namedCounts.length) return namedCounts;
  return namedCounts.filter((_, i) => {
    const next = counted[i + 1];
    if (next === undefined) return true;
    const between = text.slice(counted[i], next);
    if (/[.!?;](?:\s|$)/.test(between)) return true;
    return !(
      TAKE_BACK.test(between) ||
      TAKE_BACK_AFTER.test(text.slice(next, next + 30))
    );
  });
}

/**
 * "a single L40S", "one lone A10G", "a single GPU": one GPU said with "single" ("one" is a digit
 * by then: "1 single GPU"). The GPU's name comes right after it (up to three words); a GPU word
 * heading a node noun counts nodes, not GPUs ("a single GPU server").
 */
const SINGLE_BEFORE_NAME = new RegExp(
  `\\b(?:a|one|1|just (?:one|1)|only (?:one|1))\\s(?:single|lone|solitary)\\s${NOT_NAME}[a-z][\\w.-]*(?:\\s${NOT_NAME}[a-z0-9][\\w.-]*){0,2}$`,
);
const SINGLE_GPU_RE =
  /\b(?:a|one|1|just (?:one|1)|only (?:one|1))\s(?:single|lone|solitary)\s(?:gpu|card|accelerator)\b(?!\s?-?\s?(?:nodes?|servers?|machines?|box(?:es)?|hosts?|instances?|vms?|pods?|setups?|rigs?)\b)/g;

/** Where one GPU is said with "single" (SINGLE_BEFORE_NAME, SINGLE_GPU_RE), or undefined. */
function singleGpu(
  ctx: QuantityContext,
  gpuNameEnds: number[],
): { start: number; end: number; written: string } | undefined {
  for (const nameEnd of gpuNameEnds) {
    const before = ctx.text.slice(Math.max(0, nameEnd - 60), nameEnd);
    const m = SINGLE_BEFORE_NAME.exec(before);
    if (m) {
      const start = nameEnd - before.length + m.index;
      return { start, end: nameEnd, written: m[0] };
    }
  }
  for (const m of matches(ctx, SINGLE_GPU_RE))
    return { start: m.index, end: m.index + m[0].length, written: m[0] };
  return undefined;
}

/** From a count's digits to the end of the GPU name it counts: "3 spare l40s", "2 h100 sxm". */
const VAGUE_COUNT_TO_NAME = new RegExp(
  `^\\s?x?\\s?(?:${GPU_CONDITION}\\s){0,2}${NOT_NAME}[a-z][\\w.-]*(?:\\s${NOT_NAME}[a-z0-9][\\w.-]*){0,2}$`,
);

/**
 * The vague words of the counts before GPU names when every such count is one, rewritten as
 * digits ("a few L40S", "a couple of spare H100s"): a count said after the name then replaces
 * them ("(6 of them)"). Empty when a count is exact or there is none.
 */
function vagueCountsBeforeNames(
  ctx: QuantityContext,
  counts: number[],
  gpuNameEnds: number[],
): string[] {
  if (counts.length === 0) return [];
  const vague = ctx.replacements.filter(
    r =>
      r.approximate &&
      gpuNameEnds.some(
        end =>
          r.end <= end && VAGUE_COUNT_TO_NAME.test(ctx.text.slice(r.end, end)),
      ),
  );
  return vague.length >= counts.length ? vague.map(r => r.phrase) : [];
}

/** "16 GPUs", "at most 8 GPUs" → max_gpus (counts before named GPUs are added by the mention reader). */
export function extractGpuCount(
  ctx: QuantityContext,
  namedCounts: number[],
  gpuNameEnds: number[] = [],
): void {
  const counts = countsNotTakenBack(ctx.text, namedCounts, gpuNameEnds);
  let total = counts.reduce((a, b) => a + b, 0);
  const notes: string[] = [];
  if (counts.length < namedCounts.length)
    notes.push(
      `GPU counts restated: ${namedCounts
        .map(n => fmt(n))
        .join(' then ')} read as ${fmt(total)}, not added up`,
    );
  // "24 H200s, but this service may only use 8 of them": the part of the GPUs it may use
  if (total > 0) {
    for (const m of matches(ctx, PART_USED_RE)) {
      const named = gpuNameEnds.some(
        e =>
          e <= m.index &&
          m.index - e <= PART_USED_CHARS &&
          !/[.!?](?:\s|$)/.test(ctx.text.slice(e, m.index)),
      );
      if (!named) continue;
      const n = parseNumberToken(m.groups!.num ?? m.groups!.num2);
      if (!(n < total) || !checkPositive(ctx, 'max_gpus', n, m[0])) continue;
      ctx.spans.take(m.index, m.index + m[0].length);
      notes.push(
        `"${m[0].trim()}" read as the most GPUs it may use, of the ${fmt(
          total,
        )} named`,
      );
      total = n;
      break;
    }
  }
  // "H100 SXM only, 8 max": a cap on the GPUs just named
  const cap = total === 0 ? capAfterName(ctx, gpuNameEnds) : undefined;
  if (cap && checkPositive(ctx, 'max_gpus', cap.value, cap.written)) {
    ctx.spans.take(cap.start, cap.end);
    total = cap.value;
    notes.push(
      `"${cap.written.trim()}" after the GPU name read as the most GPUs`,
    );
  }
  // "a few spare L40S cards (6 of them)": the count after the name makes a vague one exact
  const vague = vagueCountsBeforeNames(ctx, counts, gpuNameEnds);
  if (total === 0 || vague.length > 0) {
    for (const m of matches(ctx, COUNT_AFTER_NAME_RE)) {
      const named = gpuNameEnds.some(
        e => e <= m.index && m.index - e <= COUNT_AFTER_NAME_CHARS,
      );
      if (!named) continue;
      const n = parseNumberToken(m.groups!.num ?? m.groups!.num2);
      if (!checkPositive(ctx, 'max_gpus', n, m[0])) continue;
      ctx.spans.take(m.index, m.index + m[0].length);
      total = n;
      notes.push(
        `"${m[0].trim()}" after the GPU name read as the GPU count${
          vague.length > 0 ? `, not "${vague.join('", "')}" before it` : ''
        }`,
      );
      break;
    }
  }
  // "a single L40S is all I can afford": one GPU
  const single = total === 0 ? singleGpu(ctx, gpuNameEnds) : undefined;
  if (single) {
    ctx.spans.take(single.start, single.end);
    total = 1;
    notes.push(`"${single.written.trim()}" read as one GPU`);
  }
  // "can use 16 of its GPUs", "L40S cards, 6 of them": a part of the GPUs named, said by
  // reference (numberAttachment.ts finds the noun); "we have at most 12 of them" with nothing
  // named before it in the text: a cap on what a team has, said in a follow-up about the GPUs
  if (total === 0) {
    for (const r of attachNumbers(ctx)) {
      const capOnHardware =
        r.noun === 'them' &&
        r.kind === undefined &&
        HAVE_AT_MOST.test(ctx.text.slice(Math.max(0, r.start - 40), r.start));
      const partOfGpus =
        r.kind === 'gpu' && /^\s?of\s/.test(ctx.text.slice(r.end, r.end + 4));
      if (!capOnHardware && !partOfGpus) continue;
      if (
        !checkPositive(
          ctx,
          'max_gpus',
          r.value,
          ctx.text.slice(r.start, r.phraseEnd),
        )
      )
        continue;
      ctx.spans.take(r.start, r.phraseEnd);
      total = r.value;
      notes.push(
        `"${ctx.text
          .slice(r.start, r.phraseEnd)
          .trim()}" read as the GPU count`,
      );
      break;
    }
  }
  // "two 8-GPU nodes", "3 boxes of 4-GPU servers": GPUs per node times the nodes counted before
  for (const r of attachNumbers(ctx)) {
    if (!/^(?:gpus?|cards?)$/.test(r.measure ?? '') || r.kind !== 'node')
      continue;
    const nodes =
      /(?:^|[^\w.,])(\d{1,4})\s?x?\s$/.exec(
        ctx.text.slice(Math.max(0, r.start - 8), r.start),
      )?.[1] ?? '1';
    const n = r.value * Number(nodes);
    ctx.spans.take(Math.max(0, r.start - 8), r.phraseEnd);
    if (
      !checkPositive(ctx, 'max_gpus', n, ctx.text.slice(r.start, r.phraseEnd))
    )
      continue;
    if (n > total && nodes !== '1')
      notes.push(`${nodes} nodes × ${fmt(r.value)} GPUs each = ${fmt(n)} GPUs`);
    total = Math.max(total, n);
  }
  for (const m of matches(ctx, GPU_COUNT_RE)) {
    const end = m.index + m[0].length;
    const read = readAmount(m.groups!.num, m.groups!.num2, {
      why: 'the most it may use',
      after: { text: ctx.text.slice(end, end + 30), unit: 'gpus?|cards?' },
    });
    // "2 servers with 8 GPUs each": the per-node count times the nodes; "2 boxes in Frankfurt (8
    // GPUs each)": the nodes said earlier
    const before = ctx.text.slice(Math.max(0, m.index - 80), m.index);
    const after = ctx.text.slice(end, end + 40);
    const adjoining = nodesAround(before.slice(-60), after);
    const nodes =
      adjoining > 1 ? adjoining : nodesCountedEarlier(before, after);
    const n = read.value * nodes;
    if (nodes > 1)
      notes.push(
        `${nodes} nodes × ${fmt(read.value)} GPUs each = ${fmt(n)} GPUs`,
      );
    ctx.spans.take(m.index, end + (read.settledEnd ?? 0));
    if (!checkPositive(ctx, 'max_gpus', n, m[0])) continue;
    if (n >= total) notes.push(...read.notes);
    total = Math.max(total, n);
  }
  if (total > 0)
    setSignal(
      ctx.signals,
      'max_gpus',
      Math.round(total),
      'stated',
      notes.join('; ') || undefined,
    );
}
