/**
 * Runs a load test: open loop (requests sent at the workload's arrival times, whatever the
 * server does — the clock is performance.now() and the schedule is absolute, so client delays
 * never accumulate; each send's lag behind its schedule is reported) or closed loop (C clients,
 * each sending its next request when its last one ends). Results stream into bounded
 * statistics.
 */
import { performance } from 'node:perf_hooks';
import { Workload } from '@serveplan/plugin-serveplan-common';
import { ClientConfig, RequestOutcome, sendRequest } from './client';
import { PromptBuilder } from './prompt';
import { RequestSource } from './requestSource';
import { LatencyStat } from './stats';

export interface RunLimits {
  /** Stop sending after this many requests. */
  requests: number;
  /** Stop sending after this many seconds (in-flight requests still finish). */
  durationSeconds?: number;
  /** Open loop: most requests in flight at once (beyond it sends wait, and their lag shows). */
  maxInflight: number;
}

export interface ErrorTally {
  count: number;
  example: string;
}

export interface RunProgress {
  sent: number;
  completed: number;
  failed: number;
  inflight: number;
  elapsed: number;
}

export interface RunResult {
  ttft: LatencyStat;
  tpot: LatencyStat;
  itl: LatencyStat;
  e2e: LatencyStat;
  lag: LatencyStat;
  sent: number;
  completed: number;
  failed: number;
  errors: Record<string, ErrorTally>;
  outputTokens: number;
  promptTokensReported: number;
  promptTokensReportedCount: number;
  promptTokensRequested: number;
  outputTokensRequested: number;
  usageReported: number;
  /** Seconds from the first send to the last response. */
  duration: number;
  clamped: number;
  /** The server's x-serveplan-timing header, if any (the simulator's timing provenance). */
  serverTiming: string | null;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Waits until performance.now() reaches t: a timer to within a millisecond, then polls between I/O. */
async function waitUntil(t: number) {
  let d = t - performance.now();
  if (d > 2) {
    await sleep(d - 1);
    d = t - performance.now();
  }
  while (d > 0) {
    await new Promise(r => setImmediate(r));
    d = t - performance.now();
  }
}

export async function runLoad(
  client: ClientConfig,
  workload: Workload,
  maxModelLen: number,
  limits: RunLimits,
  prompts: PromptBuilder,
  onProgress?: (p: RunProgress) => void,
): Promise<RunResult> {
  const r: RunResult = {
    ttft: new LatencyStat(),
    tpot: new LatencyStat(),
    itl: new LatencyStat(),
    e2e: new LatencyStat(),
    lag: new LatencyStat(),
    sent: 0,
    completed: 0,
    failed: 0,
    errors: {},
    outputTokens: 0,
    promptTokensReported: 0,
    promptTokensReportedCount: 0,
    promptTokensRequested: 0,
    outputTokensRequested: 0,
    usageReported: 0,
    duration: 0,
    clamped: 0,
    serverTiming: null,
  };
  const source = new RequestSource(workload, maxModelLen, limits.requests);
  let inflight = 0;
  let firstSend = Infinity;
  let lastEnd = 0;
  const start = performance.now();
  const deadline =
    limits.durationSeconds !== undefined
      ? start + limits.durationSeconds * 1000
      : Infinity;
  const progress = () =>
    onProgress?.({
      sent: r.sent,
      completed: r.completed,
      failed: r.failed,
      inflight,
      elapsed: (performance.now() - start) / 1000,
    });
  const onGap = (s: number) => r.itl.add(s);

  const record = (o: RequestOutcome) => {
    if (o.sentAt < firstSend) firstSend = o.sentAt;
    if (o.endAt > lastEnd) lastEnd = o.endAt;
    if (o.timing && !r.serverTiming) r.serverTiming = o.timing;
    if (!o.ok) {
      r.failed++;
      const type = o.errorType ?? 'unknown';
      const t = (r.errors[type] ??= {
        count: 0,
        example: o.errorMessage ?? '',
      });
      t.count++;
      return;
    }
    r.completed++;
    r.outputTokens += o.outputTokens;
    if (o.usageReported) r.usageReported++;
    if (o.promptTokens !== undefined) {
      r.promptTokensReported += o.promptTokens;
      r.promptTokensReportedCount++;
    }
    r.e2e.add((o.endAt - o.sentAt) / 1000);
    if (o.firstTokenAt !== undefined) {
      r.ttft.add((o.firstTokenAt - o.sentAt) / 1000);
      if (o.outputTokens > 1 && o.lastTokenAt !== undefined)
        r.tpot.add(
          (o.lastTokenAt - o.firstTokenAt) / 1000 / (o.outputTokens - 1),
        );
    }
  };

  const one = async (input: number, output: number) => {
    r.sent++;
    r.promptTokensRequested += input;
    r.outputTokensRequested += output;
    inflight++;
    const o = await sendRequest(client, prompts.text(input), output, onGap);
    inflight--;
    record(o);
    progress();
  };

  if (workload.arrival.kind === 'closed') {
    const worker = async () => {
      for (;;) {
        if (performance.now() >= deadline) return;
        const spec = source.next();
        if (!spec) return;
        await one(spec.input, spec.output);
      }
    };
    await Promise.all(
      Array.from({ length: workload.arrival.concurrency }, worker),
    );
  } else {
    const running = new Set<Promise<void>>();
    const t0 = performance.now() + 20;
    for (;;) {
      const spec = source.next();
      if (!spec) break;
      const due = t0 + spec.arrival * 1000;
      if (due >= deadline) break;
      while (inflight >= limits.maxInflight) await Promise.race(running);
      await waitUntil(due);
      r.lag.add((performance.now() - due) / 1000);
      const p = one(spec.input, spec.output).finally(() => running.delete(p));
      running.add(p);
    }
    await Promise.all(running);
  }
  r.clamped = source.clamped;
  r.duration = lastEnd > firstSend ? (lastEnd - firstSend) / 1000 : 0;
  progress();
  return r;
}
