import {
  LatencySummary,
  LengthDistribution,
  Prediction,
  Workload,
} from '@serveplan/plugin-serveplan-common';
import { formatTable } from './table';

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const n1 = (v: number) => (v >= 100 ? n0(v) : v.toFixed(1));
const gib = (v: number) => `${v.toFixed(1)} GiB`;

export function describeLength(d: LengthDistribution): string {
  switch (d.kind) {
    case 'fixed':
      return `${d.value}`;
    case 'uniform':
      return `uniform ${d.min}–${d.max}`;
    case 'normal':
      return `normal mean ${d.mean} sd ${d.std}`;
    case 'lognormal':
      return `lognormal mean ${d.mean} sd ${d.std}`;
    case 'empirical':
      return `empirical (${d.values.length} values)`;
    default:
      return '?';
  }
}

export function describeWorkload(w: Workload): string {
  const a = w.arrival;
  let load: string;
  if (a.kind === 'closed')
    load = `closed loop, ${a.concurrency} concurrent clients`;
  else if (a.kind === 'offline') load = 'offline batch';
  else
    load = `${
      a.kind === 'gamma' ? `bursty (gamma, CV ${a.cv})` : a.kind
    } arrivals at ${a.rate} req/s`;
  return `${load}; input ${describeLength(
    w.input,
  )} tokens, output ${describeLength(w.output)} tokens; ${
    w.requests
  } requests, seed ${w.seed}`;
}

function row(
  name: string,
  s: LatencySummary | null,
  interval?: { low: number; high: number } | null,
) {
  if (!s) return { metric: name };
  return {
    metric: name,
    mean: n1(s.mean),
    p50: n1(s.p50),
    p90: n1(s.p90),
    p95: n1(s.p95),
    p99: n1(s.p99),
    '90% interval of mean': interval
      ? `${n1(interval.low)}–${n1(interval.high)}`
      : '',
  };
}

/** The readable report `serveplan predict` prints without --json. */
export function formatPrediction(p: Prediction): string {
  const c = p.config;
  const out: string[] = [];
  out.push(
    `${c.model} on ${c.tp} × ${c.gpu} (TP ${c.tp}, ${c.precision}${
      c.precision !== c.compute_dtype ? `, ${c.compute_dtype} math` : ''
    }), vLLM`,
  );
  out.push(
    `  checkpoint ${c.checkpoint}; max-num-seqs ${c.max_num_seqs}, max-num-batched-tokens ${c.max_num_batched_tokens}, gpu-memory-utilization ${c.gpu_memory_utilization}, max-model-len ${c.max_model_len}`,
  );
  out.push(`  workload: ${describeWorkload(c.workload)}`);
  const m = p.memory;
  out.push('');
  out.push(
    `memory per GPU: weights ${gib(m.weights_gib)} + activation ${gib(
      m.activation_gib,
    )} + runtime ${gib(m.non_torch_gib)} of ${gib(
      m.budget_gib,
    )} → KV cache ${gib(m.kv_cache_gib)} = ${n0(m.kv_token_capacity)} tokens, ${
      m.max_concurrent_seqs
    } sequences of the mean length at once`,
  );
  if (!p.fits) {
    out.push('');
    out.push(`✗ ${p.reason}`);
    out.push('');
    out.push(provenanceLines(p));
    return `${out.join('\n')}\n`;
  }
  out.push('');
  out.push('latency (ms)');
  out.push(
    formatTable([
      row('TTFT', p.ttft_ms, p.intervals['ttft_ms.mean']),
      row('TPOT', p.tpot_ms, p.intervals['tpot_ms.mean']),
      row('ITL', p.itl_ms),
      row('E2E', p.e2e_ms, p.intervals['e2e_ms.mean']),
      row('queue', p.queue_ms),
    ])
      .trimEnd()
      .split('\n')
      .map(l => `  ${l}`)
      .join('\n'),
  );
  out.push('');
  const qpsI = p.intervals.max_sustainable_qps;
  out.push(
    `throughput: ${n0(
      p.output_tokens_per_s!,
    )} output tokens/s, ${p.requests_per_s!.toFixed(2)} requests/s; ${
      p.saturated
        ? 'SATURATED — the engine cannot keep up with this load'
        : 'not saturated'
    }`,
  );
  out.push(
    `capacity: at most ${p.max_sustainable_qps!.toFixed(
      2,
    )} requests/s sustained${
      qpsI
        ? ` (90% interval ${qpsI.low.toFixed(2)}–${qpsI.high.toFixed(2)})`
        : ''
    }, limited by ${p.capacity_limited_by}`,
  );
  out.push(
    `KV cache use: mean ${(p.kv_cache_usage!.mean * 100).toFixed(0)} %, peak ${(
      p.kv_cache_usage!.peak * 100
    ).toFixed(0)} %; preemptions ${p.preemptions}`,
  );
  for (const w of p.warnings) out.push(`warning: ${w}`);
  out.push('');
  out.push(provenanceLines(p));
  return `${out.join('\n')}\n`;
}

function provenanceLines(p: Prediction): string {
  const v = p.provenance;
  const lines = [
    `how: ${v.method}`,
    `coefficients: ${v.coefficients.kind} — ${v.coefficients.source} (${
      v.coefficients.date
    }); ${
      v.gpu_calibrated
        ? `${p.config.gpu} has calibration measurements`
        : `${p.config.gpu} has no calibration measurements (intervals from leave-one-GPU-out error)`
    }`,
    `facts: model architecture ${v.model_architecture.source} (${v.model_architecture.date}); GPU ${v.gpu_specs.source} (${v.gpu_specs.date}); kb ${v.kb_version}`,
    ...v.notes.map(n => `note: ${n}`),
  ];
  return lines.join('\n');
}
