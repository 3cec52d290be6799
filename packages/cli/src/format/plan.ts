import { PlanResult, Recommendation } from '@serveplan/plugin-serveplan-common';
import { describeLength } from './prediction';
import { formatTable } from './table';

const usd = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;
const metric = (m: string) => m.replace('_ms', '').toUpperCase();

function sloLine(r: Recommendation): string {
  return r.predicted
    .map(
      p =>
        `${metric(p.metric)} ${p.percentile} ${Math.round(p.predicted)}/${
          p.target
        } ms`,
    )
    .join(', ');
}

function meetsLabel(r: Recommendation): string {
  if (!r.meets_slo) return 'NO';
  return r.meets_slo_with_margin ? 'yes' : 'yes*';
}

/** The readable plan report: what was understood, the top options, why others were rejected. */
export function formatPlan(result: PlanResult): string {
  const s = result.spec;
  const t = s.traffic;
  const out: string[] = [];
  out.push(
    `${s.use_case_name}: ${t.peak_rps.toPrecision(3)} req/s at peak (${
      t.derivation
    })`,
  );
  out.push(
    `  prompts ${describeLength(t.input)} tokens (max ${
      t.max_input_tokens
    }), outputs ${describeLength(t.output)} tokens; arrivals burstiness CV ${
      t.burstiness_cv
    }`,
  );
  const slo = (['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
    .map(k =>
      s.slo[k]
        ? `${metric(k)} ${s.slo[k]!.percentile} ≤ ${s.slo[k]!.target} ms`
        : null,
    )
    .filter(Boolean);
  out.push(
    `  SLO: ${slo.join(', ') || 'none'}${
      s.constraints.budget_usd_per_month
        ? `; budget ${usd(s.constraints.budget_usd_per_month)}/month`
        : ''
    }`,
  );
  out.push('');
  if (result.recommendations.length === 0) {
    out.push('No configuration meets the SLOs. Closest rejections:');
  } else {
    out.push('Recommendations (cheapest that meet the SLOs first):');
    out.push(
      formatTable(
        result.recommendations.map((r, i) => ({
          '#': i + 1,
          model: r.model,
          gpus:
            r.tp === 1
              ? `${r.replicas} × ${r.gpu}`
              : `${r.replicas} × (${r.tp} × ${r.gpu})`,
          precision: r.precision,
          'per month': usd(r.monthly_cost_usd),
          '$/1M tok': r.cost_per_million_tokens_usd.toFixed(2),
          'predicted at peak': sloLine(r),
          meets: meetsLabel(r),
          quality:
            r.quality.score === null ? 'unknown' : r.quality.score.toFixed(1),
          binding: r.binding_constraint,
        })),
      )
        .trimEnd()
        .split('\n')
        .map(l => `  ${l}`)
        .join('\n'),
    );
    out.push(
      '  yes* = meets the SLOs at the predicted value but not at the upper end of its 90 % interval',
    );
    const best = result.recommendations[0];
    out.push('');
    out.push(`Why #1: ${best.why}.`);
    if (result.mixed) {
      out.push(
        `Mixed: ${result.mixed.parts
          .map(
            p =>
              `${p.replicas} × ${p.gpu} (${Math.round(
                p.share_of_traffic * 100,
              )} % of traffic)`,
          )
          .join(' + ')} costs ${usd(
          result.mixed.monthly_cost_usd,
        )}/month, ${usd(result.mixed.saving_vs_best_single_usd)} less.`,
      );
    }
  }
  const rejected = result.rejected.filter(
    r => r.stage !== 'constraints' || r.model !== '*',
  );
  if (rejected.length > 0) {
    out.push('');
    out.push(`Rejected (${result.rejected.length}; first 8):`);
    for (const r of rejected.slice(0, 8)) {
      out.push(
        `  - ${r.model}${
          r.gpu ? ` on ${r.tp ? `${r.tp} × ` : ''}${r.gpu}` : ''
        }${r.precision ? ` ${r.precision}` : ''}: ${r.reason}`,
      );
    }
  }
  if (s.assumptions.length) {
    out.push('');
    out.push('Assumptions:');
    for (const a of s.assumptions) out.push(`  - ${a}`);
  }
  for (const n of result.notes) out.push(`note: ${n}`);
  out.push('');
  out.push(
    `Predictions: simulated vLLM scheduling with step times from the calibrated roofline model (kb ${result.kb_version}); ${result.stats.candidates} configurations considered, ${result.stats.fitting} fit in memory, ${result.stats.simulated} simulated in detail (${result.stats.simulations} runs, ${result.stats.elapsed_ms} ms).`,
  );
  return `${out.join('\n')}\n`;
}
