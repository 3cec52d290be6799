/**
 * Runs a request's choices through the engine loop and answers in vLLM's wire format: SSE
 * chunks (one per token per choice, the finish reason on the last content chunk, optional usage
 * chunk, `data: [DONE]`) or one JSON body when all choices are done. A client that goes away
 * aborts its engine requests (finished_reason "abort").
 *
 * A client that reads more slowly than tokens come does not slow the engine: while its socket is
 * full, each choice's new text is held and merged, and goes out as one chunk per choice when the
 * socket drains (vLLM's RequestOutputCollector merges outputs for a consumer that falls behind the
 * same way). Beyond --max-stream-backlog-bytes held for one response, the request is aborted as
 * if the client had gone away.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { EngineLoop, EngineSink } from '../engineLoop';
import type { Fault } from '../faults';
import type { FinishedReason, RequestTimeline, VllmMetrics } from '../metrics';
import type { TokenTextSource } from '../textGenerator';
import { errorBody } from './errors';
import { isAscii, SseStream } from './sse';
import type { ChoicePlan } from './requestPlan';

export type ApiKind = 'completion' | 'chat';

/** What the routes share: the engine, the metrics and the served name. */
export interface GenerationContext {
  loop: EngineLoop;
  metrics: VllmMetrics;
  servedModel: string;
  /** Value of the x-serveplan-timing response header (where the timing comes from). */
  timingHeader: string;
  forceIncludeUsage: boolean;
  /** In-flight responses, for graceful shutdown: settled once fully written (or closed). */
  inflight: Set<Promise<void>>;
  /** Most bytes of generated text held for one streaming response whose client reads too slowly. */
  maxStreamBacklogBytes: number;
  /** Bytes of text held now, over all streams (what slow readers cost; /serveplan/stats). */
  backlog: { bytes: number; aborted: number };
}

export interface RunOptions {
  kind: ApiKind;
  stream: boolean;
  includeUsage: boolean;
  continuousUsage: boolean;
  /** Completions with echo: the prompt text goes before the generated text. */
  echoPrompts?: string[];
  n: number;
  /** Prompt tokens per prompt (usage counts each prompt once, whatever n is). */
  promptTokens: number[];
  fault: Fault | null;
  receivedAt: number;
}

/** The choices of one prompt: vLLM's parent request when n > 1. */
interface PromptGroup {
  remaining: number;
  maxGenerated: number;
}

interface ChoiceState {
  plan: ChoicePlan;
  engineId: string;
  src: TokenTextSource;
  rawLength: number;
  parts: string[];
  generated: number;
  done: boolean;
  timeline: RequestTimeline;
  group: PromptGroup;
  /** Text held back while the socket is full (merged into one event when it drains). */
  held: string;
  heldRole: boolean;
  heldIndex: number;
  heldLast: boolean;
  isHeld: boolean;
}

const j = JSON.stringify;

export function runGeneration(
  ctx: GenerationContext,
  reply: FastifyReply,
  plans: ChoicePlan[],
  opts: RunOptions,
): Promise<void> {
  const id = `${
    opts.kind === 'chat' ? 'chatcmpl' : 'cmpl'
  }-${randomUUID().replace(/-/g, '')}`;
  const created = Math.floor(Date.now() / 1000);
  const model = ctx.servedModel;
  const chatObject = opts.stream ? 'chat.completion.chunk' : 'chat.completion';
  const object = opts.kind === 'chat' ? chatObject : 'text_completion';
  const head = `data: {"id":${j(id)},"object":${j(
    object,
  )},"created":${created},"model":${j(model)},"choices":[`;
  // Token chunks are ASCII when the head and the token's text are (checked cheaply per token).
  const headAscii = isAscii(head);
  const res = reply.raw;
  const { loop, metrics } = ctx;
  const promptTotal = opts.promptTokens.reduce((a, b) => a + b, 0);
  let remaining = plans.length;
  // The engine side is over (all choices done, or aborted); the response may still be flushing.
  let finished = false;
  let resolve!: () => void;
  const done = new Promise<void>(r => {
    resolve = r;
  });
  ctx.inflight.add(done);
  const end = () => {
    finished = true;
  };

  reply.hijack();
  const sse = opts.stream
    ? new SseStream(res, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': id,
        'x-serveplan-timing': ctx.timingHeader,
      })
    : undefined;

  const groups = new Map<number, PromptGroup>();
  const groupOf = (plan: ChoicePlan): PromptGroup => {
    const key = Math.floor(plan.index / opts.n);
    let g = groups.get(key);
    if (!g) {
      g = { remaining: 0, maxGenerated: 0 };
      groups.set(key, g);
    }
    g.remaining++;
    return g;
  };
  const states: ChoiceState[] = plans.map(plan => ({
    plan,
    group: groupOf(plan),
    held: '',
    heldRole: false,
    heldIndex: 0,
    heldLast: false,
    isHeld: false,
    engineId: `${id}-${plan.index}`,
    src: plan.text(),
    rawLength: 0,
    parts: [],
    generated: 0,
    done: false,
    timeline: {
      promptTokens: plan.promptTokens,
      generationTokens: 0,
      maxTokens: plan.maxTokens,
      receivedAt: opts.receivedAt,
      readyAt: opts.receivedAt,
    },
  }));

  const usageJson = (completion: number, prompt = promptTotal) =>
    `{"prompt_tokens":${prompt},"total_tokens":${
      prompt + completion
    },"completion_tokens":${completion},"prompt_tokens_details":null}`;
  const completionTokens = () => states.reduce((a, s) => a + s.generated, 0);

  const abortAll = (reason: FinishedReason) => {
    const now = performance.now();
    for (const s of states) {
      if (s.done) continue;
      s.done = true;
      loop.abort(s.engineId);
      s.timeline.generationTokens = s.generated;
      metrics.onFinished(s.timeline, reason, now);
    }
  };

  // Settled when the response is fully written or the connection is gone (graceful shutdown
  // waits for this, so a finished request's last bytes are not dropped).
  let heldBytes = 0;
  res.on('close', () => {
    if (!finished) {
      abortAll('abort');
      end();
    }
    ctx.backlog.bytes -= heldBytes;
    heldBytes = 0;
    ctx.inflight.delete(done);
    resolve();
  });

  const failMidStream = () => {
    abortAll('error');
    sse!.end(
      `data: ${j(
        errorBody(500, 'Injected failure: the engine failed while streaming.'),
      )}\n\ndata: [DONE]\n\n`,
    );
    end();
  };

  const complete = () => {
    if (sse) {
      let tail = '';
      if (opts.includeUsage)
        tail += `${head}],"usage":${usageJson(completionTokens())}}\n\n`;
      tail += 'data: [DONE]\n\n';
      sse.end(tail);
    } else {
      const choices = states.map(s => {
        const text =
          (opts.echoPrompts
            ? opts.echoPrompts[Math.floor(s.plan.index / opts.n)]
            : '') + s.parts.join('');
        const base = {
          index: s.plan.index,
          logprobs: null,
          finish_reason: s.plan.finishReason,
          stop_reason: s.plan.stopReason,
        };
        return opts.kind === 'chat'
          ? {
              index: s.plan.index,
              message: {
                role: 'assistant',
                content: text,
                refusal: null,
                annotations: null,
                audio: null,
                function_call: null,
                tool_calls: [],
                reasoning_content: null,
              },
              logprobs: null,
              finish_reason: s.plan.finishReason,
              stop_reason: s.plan.stopReason,
            }
          : { ...base, text, prompt_logprobs: null };
      });
      const completion = completionTokens();
      const body = {
        id,
        object,
        created,
        model,
        choices,
        service_tier: null,
        system_fingerprint: null,
        usage: {
          prompt_tokens: promptTotal,
          total_tokens: promptTotal + completion,
          completion_tokens: completion,
          prompt_tokens_details: null,
        },
        prompt_logprobs: null,
        kv_transfer_params: null,
      };
      const payload = j(body);
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        'x-request-id': id,
        'x-serveplan-timing': ctx.timingHeader,
      });
      res.end(payload);
    }
    end();
  };

  const roleEvent = (s: ChoiceState) =>
    `${head}{"index":${s.plan.index},"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n`;
  /** A content event: `text` is one token's text, or several merged; `index` the last token's. */
  const contentEvent = (
    s: ChoiceState,
    text: string,
    index: number,
    last: boolean,
  ) => {
    const plan = s.plan;
    const fin = last
      ? `"finish_reason":${j(plan.finishReason)},"stop_reason":${j(
          plan.stopReason,
        )}`
      : '"finish_reason":null';
    const body =
      opts.kind === 'chat'
        ? `"delta":{"content":${j(text)}}`
        : `"text":${j(text)}`;
    const usage = opts.continuousUsage
      ? `,"usage":${usageJson(index, plan.promptTokens)}`
      : '';
    return `${head}{"index":${plan.index},${body},"logprobs":null,${fin}}]${usage}}\n\n`;
  };

  // Choices with text held back, in the order they were first held.
  let heldChoices: ChoiceState[] = [];
  const hold = (
    s: ChoiceState,
    piece: string,
    index: number,
    last: boolean,
  ) => {
    if (!s.isHeld) {
      s.isHeld = true;
      heldChoices.push(s);
    }
    if (index === 1 && opts.kind === 'chat') s.heldRole = true;
    s.held += piece;
    s.heldIndex = index;
    s.heldLast = last;
    const bytes = isAscii(piece) ? piece.length : Buffer.byteLength(piece);
    heldBytes += bytes;
    ctx.backlog.bytes += bytes;
    if (heldBytes > ctx.maxStreamBacklogBytes) {
      reply.log.warn(
        {
          request_id: id,
          held_bytes: heldBytes,
          limit: ctx.maxStreamBacklogBytes,
        },
        'aborting a stream whose client reads too slowly (--max-stream-backlog-bytes)',
      );
      ctx.backlog.aborted++;
      abortAll('abort');
      end();
      res.destroy();
    }
  };
  if (sse) {
    sse.onDrain = () => {
      let out = '';
      for (const s of heldChoices) {
        if (s.heldRole) out += roleEvent(s);
        out += contentEvent(s, s.held, s.heldIndex, s.heldLast);
        s.held = '';
        s.heldRole = false;
        s.isHeld = false;
      }
      heldChoices = [];
      ctx.backlog.bytes -= heldBytes;
      heldBytes = 0;
      return out;
    };
  }

  const sinkFor = (s: ChoiceState): EngineSink => {
    const plan = s.plan;
    return {
      onScheduled(at) {
        s.timeline.scheduledAt = at;
        metrics.onScheduled(plan.promptTokens);
      },
      onPreempted() {
        metrics.onPreempted();
      },
      onToken(index, last, _scheduledAt, now) {
        if (s.done) return;
        const raw = s.src.next();
        let piece = raw;
        if (plan.finalText !== undefined) {
          const from = s.rawLength;
          piece = plan.finalText.slice(
            Math.min(from, plan.finalText.length),
            Math.min(from + raw.length, plan.finalText.length),
          );
        }
        s.rawLength += raw.length;
        const t = s.timeline;
        if (index === 1) {
          t.firstTokenAt = now;
          metrics.onFirstToken(t, now);
        } else {
          metrics.onNextToken(now - (t.lastTokenAt ?? now));
        }
        t.lastTokenAt = now;
        s.generated = index;
        t.generationTokens = index;
        if (sse) {
          if (index === 1 && opts.echoPrompts)
            piece = opts.echoPrompts[Math.floor(plan.index / opts.n)] + piece;
          if (sse.blocked) {
            hold(s, piece, index, last);
          } else {
            let out = '';
            if (index === 1 && opts.kind === 'chat') out += roleEvent(s);
            out += contentEvent(s, piece, index, last);
            sse.write(out, headAscii && index > 1 && !last && isAscii(piece));
          }
        } else {
          s.parts.push(piece);
        }
        if (finished) return; // aborted: the client reads too slowly
        if (last) {
          s.done = true;
          metrics.onFinished(t, plan.finishReason, now);
          const g = s.group;
          if (index > g.maxGenerated) g.maxGenerated = index;
          if (--g.remaining === 0)
            metrics.onParentFinished(opts.n, g.maxGenerated);
          remaining--;
          if (remaining === 0) complete();
        } else if (
          opts.fault?.kind === 'stream' &&
          opts.stream &&
          index >= opts.fault.afterTokens
        ) {
          failMidStream();
        }
      },
    };
  };
  for (const s of states) {
    s.timeline.readyAt = loop.readyTime(opts.receivedAt);
    loop.submit(
      s.engineId,
      s.plan.promptTokens,
      s.plan.outputTokens,
      sinkFor(s),
      opts.receivedAt,
    );
  }
  return done;
}
