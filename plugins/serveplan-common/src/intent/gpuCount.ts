/**
 * GPU counts: "16 GPUs", "at most 8 cards", added to counts written before GPU names; nodes times
 * the GPUs in each ("2 nodes of 8xH100"); a count said after the GPUs were named ("L40S cards (6 of
 * them)", "keep it on L4s, we have 10").
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { setSignal } from './signals';
import {
  checkPositive,
  matches,
  QuantityContext,
  readAmount,
  UPPER,
} from './quantityReading';

const GPU_COUNT_RE = new RegExp(
  `(?<num>${N})${UPPER}\\s?x?\\s?(?:gpus|cards|accelerators)\\b`,
  'g',
);

/** "2 nodes of 8x", "two servers with 8": the number of nodes before a per-node GPU count. */
const NODES_BEFORE =
  /\b(\d{1,4})\s?x?\s(?:nodes?|servers?|machines?|boxes|hosts|instances|pods)\s(?:of|with|each with|each having|having|x|,)\s(?:(?:about|around|up to)\s)?$/;
/** "8x H100 per node, 4 nodes", "8 H200s each across 2 nodes": the nodes after the GPU name. */
const NODES_AFTER =
  /^(?:s)?\s?(?:gpus?\s|cards?\s)?(?:(?:per|a|each)\s(?:node|server|machine|box|host)|each)?,?\s?(?:x|times|across|on|in|over)\s(\d{1,4})\s(?:nodes|servers|machines|boxes|hosts)\b/;

/**
 * How many nodes a per-node GPU count is for: `before` ends right before the count, `after`
 * starts right after the GPU name. 1 when no nodes are named.
 */
export function nodesAround(before: string, after: string): number {
  const b = NODES_BEFORE.exec(before);
  if (b) return Number(b[1]);
  const a = NODES_AFTER.exec(after);
  return a ? Number(a[1]) : 1;
}

/** "(6 of them)", "we have 10": a bare count right after the GPUs were named. */
const COUNT_AFTER_NAME_RE = new RegExp(
  `\\(?(?<num>${N})\\s(?:of (?:them|those|these)|in total|total)\\b|\\bwe(?:'ve got|'ve| have| own| got)\\s(?:(?:about|around|roughly|only|just)\\s)?(?<num2>${N})(?=\\s?(?:[.,;:!)]|$|of them\\b|available\\b|spare\\b|free\\b|in total\\b))`,
  'g',
);
/** How far after a GPU name a bare count may come. */
const COUNT_AFTER_NAME_CHARS = 40;

/** "16 GPUs", "at most 8 GPUs" → max_gpus (counts before named GPUs are added by the mention reader). */
export function extractGpuCount(
  ctx: QuantityContext,
  namedCounts: number[],
  gpuNameEnds: number[] = [],
): void {
  let total = namedCounts.reduce((a, b) => a + b, 0);
  const notes: string[] = [];
  if (total === 0) {
    for (const m of matches(ctx, COUNT_AFTER_NAME_RE)) {
      const named = gpuNameEnds.some(
        e => e <= m.index && m.index - e <= COUNT_AFTER_NAME_CHARS,
      );
      if (!named) continue;
      const n = parseNumberToken(m.groups!.num ?? m.groups!.num2);
      if (!checkPositive(ctx, 'max_gpus', n, m[0])) continue;
      ctx.spans.take(m.index, m.index + m[0].length);
      total = n;
      notes.push(`"${m[0].trim()}" after the GPU name read as the GPU count`);
      break;
    }
  }
  for (const m of matches(ctx, GPU_COUNT_RE)) {
    const read = readAmount(m.groups!.num, m.groups!.num2, {
      why: 'the most it may use',
    });
    const n = read.value;
    ctx.spans.take(m.index, m.index + m[0].length);
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
