/**
 * Drives the capacity engine's scheduler (EngineCore) against the wall clock: each step is planned
 * at its scheduled start, lasts the step-cost model's duration, and its tokens go out when it
 * ends. The timeline is kept in scheduled times — a step starts at the previous step's scheduled
 * end, not when a late timer fired — so timer lateness never accumulates into the simulated
 * latency; only requests that had arrived by a step's scheduled start join that step, as in the
 * offline simulation `predict` runs. One timer per step, never one per token.
 */
import {
  EngineCore,
  LogHistogram,
  StepOutcome,
} from '@serveplan/plugin-serveplan-common';
import { performance } from 'node:perf_hooks';

/** Receives one engine request's events. Times are performance.now() milliseconds. */
export interface EngineSink {
  /** The request got its first engine slot, in the step scheduled to start at `at`. */
  onScheduled(at: number): void;
  /** A token produced by the step scheduled to end at `scheduledAt`, emitted at `now`. */
  onToken(
    index: number,
    finished: boolean,
    scheduledAt: number,
    now: number,
  ): void;
  onPreempted(): void;
}

export interface StepListener {
  (outcome: StepOutcome, scheduledStart: number, scheduledEnd: number): void;
}

export interface EngineLoopOptions {
  /** Milliseconds between a request's arrival and its entry into the engine (HTTP, tokenization). */
  overheadMs: number;
  /** How close to a step's end (ms) the loop stops sleeping and polls the clock. */
  spinMs: number;
  onStep?: StepListener;
  /** After a step's tokens went out: how late the last one was (ms). */
  onEmitted?: (latenessMs: number) => void;
  now?: () => number;
}

interface Pending {
  id: string;
  input: number;
  output: number;
  readyAt: number;
  aborted: boolean;
}

export interface EngineLoopStats {
  steps: number;
  tokens: number;
  preemptions: number;
  /** Emit time minus scheduled step end, seconds, one value per token. */
  lateness: LogHistogram;
  maxLatenessMs: number;
  maxRunning: number;
}

export class EngineLoop {
  private readonly pending: Pending[] = [];
  private head = 0;
  private readonly pendingById = new Map<string, Pending>();
  private readonly sinks = new Map<string, EngineSink>();
  private busy = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private readonly now: () => number;
  readonly stats: EngineLoopStats = {
    steps: 0,
    tokens: 0,
    preemptions: 0,
    lateness: new LogHistogram(1000),
    maxLatenessMs: 0,
    maxRunning: 0,
  };

  constructor(
    private readonly core: EngineCore,
    private opts: EngineLoopOptions,
  ) {
    this.now = opts.now ?? (() => performance.now());
  }

  /** Requests in the engine's running batch. */
  get running(): number {
    return this.core.runningCount;
  }

  /** Requests waiting: in the engine queue or still in the front end. */
  get waiting(): number {
    return this.core.waitingCount + this.pendingById.size;
  }

  get kvUsage(): number {
    return this.core.kvUsage;
  }

  /** Sets who hears about steps (the metrics), after construction. */
  setListeners(listeners: Pick<EngineLoopOptions, 'onStep' | 'onEmitted'>) {
    this.opts = { ...this.opts, ...listeners };
  }

  /** Clears the timing-error statistics (a new measurement window). */
  resetTimingStats() {
    this.stats.lateness = new LogHistogram(1000);
    this.stats.maxLatenessMs = 0;
  }

  /** When a request received at `receivedAt` enters the engine. */
  readyTime(receivedAt: number): number {
    return receivedAt + this.opts.overheadMs;
  }

  /** Queues a request that arrived at `receivedAt`; it enters the engine after the overhead. */
  submit(
    id: string,
    input: number,
    output: number,
    sink: EngineSink,
    receivedAt = this.now(),
  ) {
    if (this.closed) throw new Error('the engine loop is closed');
    if (this.sinks.has(id))
      throw new Error(`request ${id} is already in the engine`);
    const p: Pending = {
      id,
      input,
      output,
      readyAt: this.readyTime(receivedAt),
      aborted: false,
    };
    this.sinks.set(id, sink);
    this.pending.push(p);
    this.pendingById.set(id, p);
    if (!this.busy) {
      this.busy = true;
      this.wakeAt(p.readyAt, () => this.startStep(p.readyAt));
    }
  }

  /** Drops a request (client gone); frees its KV blocks. */
  abort(id: string) {
    if (!this.sinks.delete(id)) return;
    const p = this.pendingById.get(id);
    if (p) {
      p.aborted = true;
      this.pendingById.delete(id);
    } else {
      this.core.abort(id);
    }
  }

  /** Stops stepping (shutdown); in-flight requests get no more tokens. */
  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
  }

  private wakeAt(t: number, fn: () => void) {
    if (this.closed) return;
    const delay = t - this.now();
    const spin = this.opts.spinMs;
    if (delay >= spin + 1) {
      this.timer = setTimeout(
        () => this.wakeAt(t, fn),
        Math.floor(delay - spin),
      );
    } else if (delay > 0 && spin === 0) {
      this.timer = setTimeout(fn, Math.max(1, Math.ceil(delay)));
    } else if (delay > 0) {
      this.immediate = setImmediate(() => this.wakeAt(t, fn));
    } else {
      // Due already: run after pending I/O rather than synchronously, so a late loop catching up
      // still lets requests in and responses out between steps.
      this.immediate = setImmediate(fn);
    }
  }

  private admitArrivals(at: number) {
    while (
      this.head < this.pending.length &&
      this.pending[this.head].readyAt <= at
    ) {
      const p = this.pending[this.head++];
      if (p.aborted) continue;
      this.pendingById.delete(p.id);
      this.core.add({ id: p.id, input: p.input, output: p.output });
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending.splice(0, this.head);
      this.head = 0;
    }
  }

  private startStep(start: number) {
    if (this.closed) return;
    this.admitArrivals(start);
    const out = this.core.step();
    if (!out) {
      this.busy = false;
      while (this.head < this.pending.length && this.pending[this.head].aborted)
        this.head++;
      if (this.head < this.pending.length) {
        const next = this.pending[this.head].readyAt;
        this.busy = true;
        this.wakeAt(next, () => this.startStep(next));
      }
      return;
    }
    this.stats.steps++;
    if (this.core.runningCount > this.stats.maxRunning)
      this.stats.maxRunning = this.core.runningCount;
    for (const id of out.admitted) this.sinks.get(id)?.onScheduled(start);
    for (const id of out.preempted) {
      this.stats.preemptions++;
      this.sinks.get(id)?.onPreempted();
    }
    const end = start + out.duration * 1000;
    this.opts.onStep?.(out, start, end);
    this.wakeAt(end, () => this.finishStep(out, end));
  }

  private finishStep(out: StepOutcome, end: number) {
    const stats = this.stats;
    let lastLate = -1;
    for (const tok of out.tokens) {
      const sink = this.sinks.get(tok.id);
      if (!sink) continue;
      if (tok.finished) this.sinks.delete(tok.id);
      const now = this.now();
      const late = now - end;
      stats.lateness.add(late > 0 ? late / 1000 : 0);
      if (late > stats.maxLatenessMs) stats.maxLatenessMs = late;
      stats.tokens++;
      lastLate = late;
      sink.onToken(tok.index, tok.finished, end, now);
    }
    if (lastLate >= 0) this.opts.onEmitted?.(lastLate);
    this.startStep(end);
  }
}
