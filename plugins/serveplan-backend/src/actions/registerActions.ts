/**
 * The intent and capacity engines as actions in Backstage's actions registry, so agents (e.g.
 * through the MCP actions backend) can call them: serveplan:extract-intent, serveplan:recommend,
 * serveplan:predict.
 */
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import type { Public } from '../router/router';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';
import { TOP_MAX, TOP_MIN } from '../services/plan/top';
import { EngineService } from '../services/engine/EngineService';
import { ClarificationNeededError } from '../errors';

/** The engines' input errors as InputError (400) rather than a 500 from the actions router. */
async function asInputErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isServeplanInputError(e))
      throw new InputError(e.field ? `${e.field}: ${e.message}` : e.message);
    throw e;
  }
}

export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  knowledgeBase: Public<KnowledgeBaseService>;
  intent: Public<IntentService>;
  plans: Public<PlanService>;
  engine: Public<EngineService>;
}) {
  const { actionsRegistry, knowledgeBase, intent, plans, engine } = options;

  actionsRegistry.register({
    name: 'extract-intent',
    title: 'Read an LLM-serving request',
    description:
      'Turns a request in words ("a support chatbot for 5k users, p95 TTFT under 300 ms, $3k/month") into structured requirements: use case, users, request rate, latency targets, budget, model and GPU preferences, licence constraints, every assumption made, and a clarifying question when something decisive is missing or contradictory.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          text: z.string().min(1).max(10_000).describe('The request in words'),
        }),
      output: z =>
        z.object({
          intent: z
            .record(z.unknown())
            .describe('The structured intent (serveplan Intent)'),
          question: z
            .string()
            .nullable()
            .describe('A clarifying question, or null'),
          assumptions: z.array(z.string()),
          provider: z
            .string()
            .describe('rules, or the language model merged with them'),
          notices: z.array(z.string()),
        }),
    },
    action: async ({ input }) =>
      asInputErrors(async () => {
        const { kb } = await knowledgeBase.current();
        const reading = await intent.extract(input.text, kb);
        return {
          output: {
            intent: reading.intent as unknown as Record<string, unknown>,
            question: reading.intent.question,
            assumptions: reading.intent.assumptions,
            provider: reading.provider,
            notices: reading.notices,
          },
        };
      }),
  });

  actionsRegistry.register({
    name: 'recommend',
    title: 'Recommend an LLM deployment',
    description:
      'Plans an LLM deployment from a request in words: the cheapest model × GPU configurations that meet the latency targets, with replicas, GPUs, monthly cost, predicted latencies, the binding constraint and why. Returns a clarifying question instead when the request leaves something decisive open. The plan is saved; plan_id opens it in the portal.',
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          text: z.string().min(1).max(10_000).describe('The request in words'),
          overrides: z
            .array(z.string().max(200))
            .max(50)
            .optional()
            .describe(
              'What-if settings key=value, e.g. users=5000, gpu=L40S, percentile=p99, price.H100-SXM=2.5',
            ),
          top: z
            .number()
            .int()
            .min(TOP_MIN)
            .max(TOP_MAX)
            .optional()
            .describe(
              `Recommendations to return (default ${plans.defaultTop}, app-config serveplan.plan.top)`,
            ),
        }),
      output: z =>
        z.object({
          plan_id: z.string().nullable(),
          kb_version: z.string(),
          question: z.string().nullable(),
          assumptions: z.array(z.string()),
          recommendations: z.array(
            z.object({
              model: z.string(),
              gpu: z.string(),
              tp: z.number(),
              precision: z.string(),
              replicas: z.number(),
              gpus_total: z.number(),
              monthly_cost_usd: z.number(),
              meets_slo: z.boolean(),
              max_qps_per_replica: z.number(),
              binding_constraint: z.string(),
              why: z.string(),
            }),
          ),
          rejected: z
            .number()
            .describe('Configurations rejected (reasons in the saved plan)'),
        }),
    },
    action: async ({ input, credentials }) =>
      asInputErrors(async () => {
        try {
          const plan = await plans.createPlan(
            { text: input.text, overrides: input.overrides, top: input.top },
            { credentials },
          );
          return {
            output: {
              plan_id: plan.id,
              kb_version: plan.kb_version,
              question: null,
              assumptions: plan.result.spec.assumptions,
              recommendations: plan.result.recommendations.map(r => ({
                model: r.model,
                gpu: r.gpu,
                tp: r.tp,
                precision: r.precision,
                replicas: r.replicas,
                gpus_total: r.gpus_total,
                monthly_cost_usd: r.monthly_cost_usd,
                meets_slo: r.meets_slo,
                max_qps_per_replica: r.max_qps_per_replica,
                binding_constraint: r.binding_constraint,
                why: r.why,
              })),
              rejected: plan.result.rejected.length,
            },
          };
        } catch (e) {
          if (!(e instanceof ClarificationNeededError)) throw e;
          const { kb } = await knowledgeBase.current();
          return {
            output: {
              plan_id: null,
              kb_version: kb.version,
              question: e.question,
              assumptions: e.intent.assumptions,
              recommendations: [],
              rejected: 0,
            },
          };
        }
      }),
  });

  actionsRegistry.register({
    name: 'predict',
    title: 'Predict one vLLM deployment',
    description:
      'Predicts latency percentiles (TTFT, inter-token, end-to-end), throughput and memory fit of one model on one GPU type under an open-loop request rate or a closed loop of concurrent clients, from a calibrated simulation of vLLM.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          model: z
            .string()
            .min(1)
            .max(200)
            .describe('Model: Hugging Face id or alias, e.g. llama-3.1-8b'),
          gpu: z
            .string()
            .min(1)
            .max(100)
            .describe('GPU type, e.g. H100-SXM, L40S'),
          tp: z
            .number()
            .int()
            .min(1)
            .max(64)
            .optional()
            .describe('Tensor-parallel size (GPUs per replica)'),
          precision: z
            .enum(['bf16', 'fp16', 'fp8', 'int8', 'int4', 'fp4'])
            .optional(),
          input_tokens: z
            .number()
            .int()
            .min(1)
            .max(10_000_000)
            .describe('Prompt length, tokens'),
          output_tokens: z
            .number()
            .int()
            .min(1)
            .max(1_000_000)
            .describe('Response length, tokens'),
          qps: z
            .number()
            .positive()
            .max(1_000_000)
            .optional()
            .describe('Open loop: requests per second (Poisson)'),
          concurrency: z
            .number()
            .int()
            .min(1)
            .max(100_000)
            .optional()
            .describe(
              'Closed loop: concurrent clients (give qps or concurrency)',
            ),
        }),
      output: z =>
        z.object({
          fits: z.boolean(),
          reason: z.string().nullable(),
          ttft_ms: z.record(z.number()).nullable(),
          itl_ms: z.record(z.number()).nullable(),
          e2e_ms: z.record(z.number()).nullable(),
          output_tokens_per_s: z.number().nullable(),
          requests_per_s: z.number().nullable(),
          max_sustainable_qps: z.number().nullable(),
          saturated: z.boolean().nullable(),
          warnings: z.array(z.string()),
          kb_version: z.string(),
        }),
    },
    action: async ({ input }) =>
      asInputErrors(async () => {
        if ((input.qps === undefined) === (input.concurrency === undefined)) {
          throw new InputError(
            'give exactly one of qps (open loop) or concurrency (closed loop)',
          );
        }
        const p = await engine.predict({
          deployment: {
            model: input.model,
            gpu: input.gpu,
            tp: input.tp,
            precision: input.precision,
          },
          workload: {
            arrival:
              input.qps !== undefined
                ? { kind: 'poisson', rate: input.qps }
                : { kind: 'closed', concurrency: input.concurrency },
            input: { kind: 'fixed', value: input.input_tokens },
            output: { kind: 'fixed', value: input.output_tokens },
            requests: 2000,
          },
        });
        return {
          output: {
            fits: p.fits,
            reason: p.reason,
            ttft_ms: p.ttft_ms ? { ...p.ttft_ms } : null,
            itl_ms: p.itl_ms ? { ...p.itl_ms } : null,
            e2e_ms: p.e2e_ms ? { ...p.e2e_ms } : null,
            output_tokens_per_s: p.output_tokens_per_s,
            requests_per_s: p.requests_per_s,
            max_sustainable_qps: p.max_sustainable_qps,
            saturated: p.saturated,
            warnings: p.warnings,
            kb_version: p.provenance.kb_version,
          },
        };
      }),
  });
}
