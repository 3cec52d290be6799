/**
 * GPU counts: "16 GPUs", "at most 8 cards", added to counts written before GPU names.
 */
import { NUMBER_SOURCE as N } from './numbers';
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

/** "16 GPUs", "at most 8 GPUs" → max_gpus (counts before named GPUs are added by the mention reader). */
export function extractGpuCount(
  ctx: QuantityContext,
  namedCounts: number[],
): void {
  let total = namedCounts.reduce((a, b) => a + b, 0);
  const notes: string[] = [];
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
