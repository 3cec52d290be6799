import { Command } from 'commander';
import {
  applyIntentOverrides,
  applySpecOverrides,
  buildSpec,
  extractIntent,
  plan,
  ServeplanInputError,
  specInputFromIntent,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { kbDirOption } from './options';
import { numberArg } from './parse';
import { formatPlan } from '../format/plan';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerPlanCommand(program: Command) {
  program
    .command('plan')
    .description(
      'words → intent → traffic and SLOs → the cheapest model × GPU configurations that meet them',
    )
    .argument(
      '<text>',
      'what the service is for, e.g. "a support chatbot for 1000 users, low latency, $3k/month"',
    )
    .option(
      '--set <key=value>',
      'what-if override (repeatable): users, rps, rps_average, budget, ttft_ms, itl_ms, e2e_ms, percentile, input_tokens, output_tokens, max_input_tokens, model, exclude_model, gpu, exclude_gpu, licence, latency, cost, quality, use_case, headroom, price.<GPU>',
      collect,
      [],
    )
    .option(
      '--top <n>',
      'recommendations to show',
      numberArg('--top', { integer: true, min: 1, max: 50 }),
      5,
    )
    .option('--json', 'print one JSON object')
    .action(
      (
        text: string,
        opts: { set: string[]; top: number; json?: boolean },
        cmd: Command,
      ) => {
        const kb = loadKnowledgeBaseSync(kbDirOption(cmd));
        const intent = extractIntent(text, { knowledgeBase: kb });
        if (intent.question && opts.set.length === 0) {
          if (opts.json) {
            process.stdout.write(
              `${JSON.stringify(
                {
                  intent,
                  question: intent.question,
                  recommendations: [],
                  rejected: [],
                  pareto: [],
                },
                null,
                2,
              )}\n`,
            );
          } else {
            process.stdout.write(
              `${intent.question}\n(answer it in the text, or set the value with --set key=value)\n`,
            );
          }
          return;
        }
        const { input, notes } = specInputFromIntent(intent);
        const spec = applySpecOverrides(
          buildSpec(kb, applyIntentOverrides(input, opts.set)),
          opts.set,
        );
        spec.assumptions.unshift(...intent.assumptions, ...notes);
        if (
          !Number.isFinite(spec.traffic.peak_rps) ||
          spec.traffic.peak_rps <= 0
        ) {
          throw new ServeplanInputError(
            'the request rate works out to zero; state users or a request rate',
          );
        }
        const result = plan(kb, spec, { top: opts.top });
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify(
              {
                intent,
                ...result,
                spec: {
                  ...result.spec,
                  traffic: result.spec.traffic,
                  slo: result.spec.slo,
                },
              },
              null,
              2,
            )}\n`,
          );
        } else {
          process.stdout.write(formatPlan(result));
        }
      },
    );
}
