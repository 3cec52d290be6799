/** The load test's result: predict's JSON keys for latency and throughput, plus errors, SLOs and provenance. */
import { LatencySummary, Workload } from '@serveplan/plugin-serveplan-common';
import { describeWorkload } from '../format/prediction';
import { formatTable } from '../format/table';
import type { ErrorTally, RunResult } from './runner';
import type { PromptCalibration } from './prompt';
import type { SloResult } from './slo';

export interface LoadtestReport {
  config: {
    url: string;
    model: string;
    endpoint: string;
    stream: boolean;
    ignore_eos: boolean;
    workload: Workload;
    duration_limit_s: number | null;
    max_model_len: number | null;
  };
  ttft_ms: LatencySummary | null;
  tpot_ms: LatencySummary | null;
  itl_ms: LatencySummary | null;
  e2e_ms: LatencySummary | null;
  output_tokens_per_s: number;
  requests_per_s: number;
  requests: { sent: number; completed: number; failed: number };
  error_rate: number;
  errors: Record<string, ErrorTally>;
  tokens: {
    input_requested_mean: number;
    input_reported_mean: number | null;
    output_requested_mean: number;
    output_mean: number;
  };
  duration_s: number;
  schedule_lag_ms: LatencySummary | null;
  slo: SloResult | null;
  server: { version: string | null; timing: string | null };
  provenance: {
    method: string;
    clock: string;
    output_tokens: string;
    prompts: string;
    quantiles: string;
    started_at: string;
  };
  warnings: string[];
}

export function buildReport(
  r: RunResult,
  base: {
    url: string;
    model: string;
    endpoint: string;
    stream: boolean;
    ignoreEos: boolean;
    workload: Workload;
    durationLimit?: number;
    maxModelLen: number | null;
    calibration: PromptCalibration;
    serverVersion: string | null;
    serverTiming: string | null;
    startedAt: Date;
  },
): LoadtestReport {
  const warnings: string[] = [];
  const completed = r.completed;
  if (r.clamped > 0)
    warnings.push(
      `${r.clamped} sampled lengths were cut to fit the server's max_model_len ${base.maxModelLen}`,
    );
  if (completed > 0 && r.usageReported < completed) {
    warnings.push(
      `${
        completed - r.usageReported
      } responses carried no usage: their output tokens are the streamed chunks counted`,
    );
  }
  const exact = [r.ttft, r.tpot, r.itl, r.e2e].every(
    s => s.count === 0 || s.exactQuantiles,
  );
  return {
    config: {
      url: base.url,
      model: base.model,
      endpoint: base.endpoint,
      stream: base.stream,
      ignore_eos: base.ignoreEos,
      workload: base.workload,
      duration_limit_s: base.durationLimit ?? null,
      max_model_len: base.maxModelLen,
    },
    ttft_ms: r.ttft.summary(),
    tpot_ms: r.tpot.summary(),
    itl_ms: r.itl.summary(),
    e2e_ms: r.e2e.summary(),
    output_tokens_per_s: r.duration > 0 ? r.outputTokens / r.duration : 0,
    requests_per_s: r.duration > 0 ? completed / r.duration : 0,
    requests: { sent: r.sent, completed, failed: r.failed },
    error_rate: r.sent > 0 ? r.failed / r.sent : 0,
    errors: r.errors,
    tokens: {
      input_requested_mean: r.sent ? r.promptTokensRequested / r.sent : 0,
      input_reported_mean: r.promptTokensReportedCount
        ? r.promptTokensReported / r.promptTokensReportedCount
        : null,
      output_requested_mean: r.sent ? r.outputTokensRequested / r.sent : 0,
      output_mean: completed ? r.outputTokens / completed : 0,
    },
    duration_s: r.duration,
    schedule_lag_ms: r.lag.summary(),
    slo: null,
    server: { version: base.serverVersion, timing: base.serverTiming },
    provenance: {
      method:
        'measured by serveplan loadtest on the client: TTFT = first chunk with generated text - send; TPOT = (last token - first token) / (output tokens - 1) per request; ITL = gaps between token chunks; E2E = end of response - send; throughput over first send to last response',
      clock:
        'performance.now() (monotonic, sub-millisecond); open-loop sends follow an absolute schedule, their lag behind it is schedule_lag_ms',
      output_tokens:
        "the server's usage.completion_tokens (stream_options.include_usage), else the token chunks counted",
      prompts: base.calibration.source,
      quantiles: exact
        ? 'exact'
        : 'from a log histogram (0.5 % resolution) beyond 200,000 values; means exact',
      started_at: base.startedAt.toISOString(),
    },
    warnings,
  };
}

const n1 = (v: number) =>
  v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);

export function formatReport(rep: LoadtestReport): string {
  const lines: string[] = [];
  lines.push(
    `Load test of ${rep.config.model} at ${rep.config.url} (${
      rep.config.endpoint
    }${rep.config.stream ? ', streaming' : ''})`,
  );
  lines.push(`Workload: ${describeWorkload(rep.config.workload)}`);
  lines.push(
    `Requests: ${rep.requests.sent} sent, ${
      rep.requests.completed
    } completed, ${rep.requests.failed} failed in ${rep.duration_s.toFixed(
      1,
    )} s`,
  );
  lines.push('');
  const row = (name: string, s: LatencySummary | null) =>
    s
      ? {
          metric: name,
          mean: n1(s.mean),
          p50: n1(s.p50),
          p90: n1(s.p90),
          p95: n1(s.p95),
          p99: n1(s.p99),
        }
      : { metric: name, mean: 'n/a', p50: '', p90: '', p95: '', p99: '' };
  lines.push(
    formatTable([
      row('TTFT ms', rep.ttft_ms),
      row('TPOT ms', rep.tpot_ms),
      row('ITL ms', rep.itl_ms),
      row('E2E ms', rep.e2e_ms),
    ]).trimEnd(),
  );
  lines.push('');
  lines.push(
    `Output tokens/s: ${n1(
      rep.output_tokens_per_s,
    )}    Requests/s: ${rep.requests_per_s.toFixed(2)}`,
  );
  lines.push(
    `Tokens per request: input ${rep.tokens.input_requested_mean.toFixed(
      1,
    )} asked${
      rep.tokens.input_reported_mean !== null
        ? `, ${rep.tokens.input_reported_mean.toFixed(1)} counted by the server`
        : ''
    }; output ${rep.tokens.output_mean.toFixed(
      1,
    )} (asked ${rep.tokens.output_requested_mean.toFixed(1)})`,
  );
  if (rep.schedule_lag_ms)
    lines.push(
      `Send lag behind schedule: p50 ${rep.schedule_lag_ms.p50.toFixed(
        2,
      )} ms, p99 ${rep.schedule_lag_ms.p99.toFixed(2)} ms`,
    );
  const errs = Object.entries(rep.errors);
  if (errs.length > 0) {
    lines.push('');
    lines.push(
      formatTable(
        errs.map(([type, t]) => ({
          error: type,
          count: t.count,
          example: t.example.slice(0, 100),
        })),
      ).trimEnd(),
    );
  }
  if (rep.slo) {
    lines.push('');
    lines.push(`SLO ${rep.slo.file}: ${rep.slo.pass ? 'PASS' : 'FAIL'}`);
    lines.push(
      formatTable(
        rep.slo.checks.map(c => ({
          objective: `${c.metric} ${c.op} ${c.threshold}`,
          measured: c.actual === null ? 'n/a' : n1(c.actual),
          result: c.pass ? 'pass' : 'FAIL',
        })),
      ).trimEnd(),
    );
  }
  for (const w of rep.warnings) lines.push(`warning: ${w}`);
  lines.push('');
  lines.push(
    `Measured on the client (performance.now()); prompts: ${
      rep.provenance.prompts
    }.${rep.server.timing ? ` Server timing: ${rep.server.timing}.` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
