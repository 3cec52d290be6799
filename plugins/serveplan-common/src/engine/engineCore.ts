/**
 * vLLM V1's scheduler as a step-by-step state machine over individual requests: the policy the
 * fast simulation (`simulate`) computes in aggregate, kept simple enough to read and to drive in
 * real time. The GPU-free vLLM simulator steps it against the wall clock; the tests check that
 * `simulate` reproduces it exactly.
 *
 * Policy per step: a token budget (max-num-batched-tokens); running requests first in admission
 * order (a decode token each, the next chunk of a partial prefill), then waiting requests in
 * order (preempted ones first) while max-num-seqs, the budget and free KV blocks allow; when a
 * running request cannot get its KV blocks the most recently admitted running request is
 * preempted (blocks freed, recomputed later) and nothing new is admitted that step.
 */
import { KvSizer } from './memory';
import { EMPTY_STEP, StepCostModel, StepShape } from './stepTime';

export interface CoreRequest {
  id: string;
  input: number;
  /** Tokens to generate (max_tokens, or where a stop condition will hit). */
  output: number;
}

export interface CoreOptions {
  maxNumSeqs: number;
  maxNumBatchedTokens: number;
  /** Sliding window of window layers in tokens (0 if none). */
  window: number;
}

export interface TokenEvent {
  id: string;
  /** 1 for the first output token. */
  index: number;
  finished: boolean;
}

export interface StepOutcome {
  /** Seconds the step takes on the GPU. */
  duration: number;
  shape: StepShape;
  /** Tokens produced when the step ends. */
  tokens: TokenEvent[];
  /** Requests that got their first slot this step. */
  admitted: string[];
  preempted: string[];
  /** Prompt tokens computed this step (including recomputation after preemption). */
  promptTokens: number;
}

interface State {
  req: CoreRequest;
  computed: number;
  generated: number;
  held: number;
  preemptions: number;
  scheduledOnce: boolean;
}

export class EngineCore {
  private readonly waiting: State[] = [];
  /** Running requests in admission order; `live` holds the same for O(1) membership. */
  private running: State[] = [];
  private readonly live = new Set<State>();
  private used = 0;
  private readonly byId = new Map<string, State>();

  constructor(
    private readonly cost: StepCostModel,
    private readonly kv: KvSizer,
    private readonly opts: CoreOptions,
  ) {}

  /** Queues a request (arrival order). */
  add(req: CoreRequest) {
    if (this.byId.has(req.id))
      throw new Error(`request ${req.id} is already in the engine`);
    const s: State = {
      req,
      computed: 0,
      generated: 0,
      held: 0,
      preemptions: 0,
      scheduledOnce: false,
    };
    this.byId.set(req.id, s);
    this.waiting.push(s);
  }

  /** Drops a request wherever it is (client went away); frees its KV blocks. */
  abort(id: string): boolean {
    const s = this.byId.get(id);
    if (!s) return false;
    this.byId.delete(id);
    this.used -= s.held;
    s.held = 0;
    if (this.live.delete(s)) this.running = this.running.filter(x => x !== s);
    const i = this.waiting.indexOf(s);
    if (i >= 0) this.waiting.splice(i, 1);
    return true;
  }

  get runningCount(): number {
    return this.running.length;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Fraction of KV-cache bytes in use (vllm:kv_cache_usage_perc). */
  get kvUsage(): number {
    return this.kv.capacityBytes > 0 ? this.used / this.kv.capacityBytes : 0;
  }

  /** Whether a request of this many tokens can ever be held (vLLM rejects it otherwise). */
  fits(tokens: number): boolean {
    return this.kv.bytesForTokens(tokens) <= this.kv.capacityBytes;
  }

  hasWork(): boolean {
    return this.running.length > 0 || this.waiting.length > 0;
  }

  private isDecoding(s: State) {
    return s.generated > 0 && s.computed === s.req.input + s.generated - 1;
  }

  /** Preempts the most recently admitted running request; returns it. */
  private preemptLast(): State {
    const s = this.running.pop()!;
    this.live.delete(s);
    this.used -= s.held;
    s.held = 0;
    s.computed = 0;
    s.preemptions++;
    this.waiting.unshift(s);
    return s;
  }

  /**
   * Schedules one step and applies its effects. Returns null when there is nothing to run
   * (the engine idles until a request arrives).
   */
  step(): StepOutcome | null {
    if (!this.hasWork()) return null;
    const shape: StepShape = { ...EMPTY_STEP };
    const w = this.opts.window;
    const sched: Array<[State, number]> = [];
    const admitted: string[] = [];
    const preempted: string[] = [];
    let budget = this.opts.maxNumBatchedTokens;
    let promptTokens = 0;
    const schedule = (s: State, num: number, decode: boolean) => {
      sched.push([s, num]);
      budget -= num;
      if (decode) {
        shape.decodeSeqs++;
        shape.decodeContext += s.computed;
        if (w > 0) shape.decodeWindowContext += Math.min(s.computed, w);
      } else {
        shape.prefillTokens += num;
        shape.prefillSeqs++;
        shape.prefillPairs += num * (s.computed + num / 2);
        if (w > 0)
          shape.prefillWindowPairs += num * Math.min(s.computed + num / 2, w);
        promptTokens += num;
      }
    };
    // Running requests: decodes (admitted earlier) then partial prefills, in admission order.
    const decoders = this.running.filter(s => this.isDecoding(s));
    const prefills = this.running.filter(s => !this.isDecoding(s));
    let anyPreempted = false;
    for (const group of [decoders, prefills]) {
      for (const s of group) {
        if (!this.live.has(s) || budget <= 0) continue;
        const num = Math.min(s.req.input + s.generated - s.computed, budget);
        const extra = this.kv.bytesForTokens(s.computed + num) - s.held;
        let self = false;
        while (
          this.used + extra > this.kv.capacityBytes &&
          this.running.length > 0
        ) {
          const victim = this.preemptLast();
          preempted.push(victim.req.id);
          anyPreempted = true;
          if (victim === s) {
            self = true;
            break;
          }
        }
        if (self) break;
        this.used += extra;
        s.held += extra;
        schedule(s, num, group === decoders);
      }
    }
    // New admissions, unless this step preempted.
    if (!anyPreempted) {
      while (
        budget > 0 &&
        this.running.length < this.opts.maxNumSeqs &&
        this.waiting.length > 0
      ) {
        const s = this.waiting[0];
        const num = Math.min(s.req.input + s.generated - s.computed, budget);
        const extra = this.kv.bytesForTokens(num);
        if (this.used + extra > this.kv.capacityBytes) break;
        this.waiting.shift();
        this.running.push(s);
        this.live.add(s);
        this.used += extra;
        s.held = extra;
        if (!s.scheduledOnce) {
          s.scheduledOnce = true;
          admitted.push(s.req.id);
        }
        schedule(s, num, false);
      }
    }
    const duration = sched.length > 0 ? this.cost.cost(shape) : 0;
    const tokens: TokenEvent[] = [];
    let anyFinished = false;
    for (const [s, num] of sched) {
      if (!this.live.has(s)) continue;
      s.computed += num;
      if (s.computed < s.req.input + s.generated) continue;
      s.generated++;
      const finished = s.generated >= s.req.output;
      tokens.push({ id: s.req.id, index: s.generated, finished });
      if (finished) {
        this.used -= s.held;
        s.held = 0;
        this.live.delete(s);
        this.byId.delete(s.req.id);
        anyFinished = true;
      }
    }
    if (anyFinished) this.running = this.running.filter(x => this.live.has(x));
    return { duration, shape, tokens, admitted, preempted, promptTokens };
  }
}
