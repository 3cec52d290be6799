/** GPU prices for planning: the cheapest on-demand listing in the kb unless an operator overrides it. */
import { GpuSpec, KnowledgeBase } from '../kb/schema';

export interface GpuPrice {
  usd_per_gpu_hour: number;
  provider: string;
  offering: string;
  /** When the price was seen, or "operator override". */
  seen: string;
  source: string;
}

export function gpuPrice(
  kb: KnowledgeBase,
  gpu: GpuSpec,
  overrides: Record<string, number> = {},
): GpuPrice | null {
  const override = overrides[gpu.id];
  if (override !== undefined) {
    return {
      usd_per_gpu_hour: override,
      provider: 'operator',
      offering: 'price override',
      seen: 'operator override',
      source: 'app-config or plan overrides',
    };
  }
  const listed = kb.prices.filter(
    p => p.gpu === gpu.id && p.pricing === 'on_demand',
  );
  if (listed.length === 0) return null;
  const best = listed.reduce((a, b) =>
    b.usd_per_gpu_hour < a.usd_per_gpu_hour ? b : a,
  );
  return {
    usd_per_gpu_hour: best.usd_per_gpu_hour,
    provider: best.provider,
    offering: best.offering,
    seen: best.provenance.date,
    source: best.provenance.source,
  };
}
