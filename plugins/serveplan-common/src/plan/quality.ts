/**
 * Quality of a model for a use case, from the benchmark scores recorded in the kb.
 *
 * Scores from different sources are not on one scale (a leaderboard's normalized MMLU-Pro runs
 * 30-50 where vendors report 50-85), so each score is compared only with the same benchmark from
 * the same kind of source across all models: relative score = score / best score of that
 * benchmark and kind. Per benchmark an independent measurement is preferred to a self-reported
 * one. The model's quality is the mean relative score over the use case's benchmarks it has,
 * with the coverage stated; no benchmark at all is "unknown", never a guess.
 */
import { KnowledgeBase, ModelSpec } from '../kb/schema';

export interface QualityAssessment {
  /** 0-100: mean of scores relative to the best model on each benchmark; null when unknown. */
  score: number | null;
  /** How many of the use case's benchmarks were available. */
  coverage: { used: number; wanted: number };
  basis: string;
  benchmarks: Array<{
    benchmark: string;
    score: number;
    relative: number;
    source: string;
    date: string;
    kind: string;
  }>;
}

const KIND_PREFERENCE = [
  'measured',
  'published',
  'derived',
  'estimated',
  'fitted',
];

type Entry = ModelSpec['quality'][number];

function pick(model: ModelSpec, benchmark: string): Entry | undefined {
  const entries = model.quality.filter(
    q => q.benchmark.toLowerCase() === benchmark.toLowerCase(),
  );
  return entries.sort(
    (a, b) =>
      KIND_PREFERENCE.indexOf(a.provenance.kind) -
      KIND_PREFERENCE.indexOf(b.provenance.kind),
  )[0];
}

/** Best score per (benchmark, kind) across the kb: the denominators of relative scores. */
export function benchmarkLeaders(kb: KnowledgeBase): Map<string, number> {
  const best = new Map<string, number>();
  for (const m of kb.models) {
    for (const q of m.quality) {
      const key = `${q.benchmark.toLowerCase()}|${q.provenance.kind}`;
      best.set(key, Math.max(best.get(key) ?? 0, q.score));
    }
  }
  return best;
}

export function assessQuality(
  model: ModelSpec,
  benchmarks: string[],
  leaders: Map<string, number>,
): QualityAssessment {
  const used: QualityAssessment['benchmarks'] = [];
  for (const b of benchmarks) {
    const q = pick(model, b);
    if (!q) continue;
    const top =
      leaders.get(`${q.benchmark.toLowerCase()}|${q.provenance.kind}`) ??
      q.score;
    used.push({
      benchmark: q.benchmark,
      score: q.score,
      relative: top > 0 ? (q.score / top) * 100 : 0,
      source: q.provenance.source,
      date: q.provenance.date,
      kind: q.provenance.kind,
    });
  }
  const coverage = { used: used.length, wanted: benchmarks.length };
  if (used.length === 0) {
    return {
      score: null,
      coverage,
      basis: `unknown: none of ${benchmarks.join(', ')} is recorded for ${
        model.id
      }`,
      benchmarks: [],
    };
  }
  const score = used.reduce((s, q) => s + q.relative, 0) / used.length;
  return {
    score,
    coverage,
    basis: `${used
      .map(q => `${q.benchmark} ${q.score} (${q.kind})`)
      .join(', ')}: mean ${score.toFixed(0)} % of the best model on each (${
      used.length
    } of ${benchmarks.length} benchmarks)`,
    benchmarks: used,
  };
}
