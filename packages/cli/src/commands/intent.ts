import { Command } from 'commander';
import {
  describeIntent,
  extractIntent,
  Intent,
  refineIntent,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { kbDirOption } from './options';

interface IntentOptions {
  json?: boolean;
  then?: string[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * `serveplan intent "<text>" [--then "<follow-up>" ...] [--json]`: the built-in rule-based intent
 * engine. Bad input (empty, absurd numbers) exits 2 with a specific message; a clarifying question
 * is part of a normal answer (exit 0).
 */
export function registerIntentCommand(program: Command) {
  program
    .command('intent')
    .description(
      'read a request in words into a structured intent (built-in, offline rules)',
    )
    .argument(
      '<text...>',
      'the request, e.g. "chatbot for 5k users, p95 TTFT under 300 ms"',
    )
    .option(
      '--then <follow-up>',
      'a follow-up that refines the intent, e.g. "make it cheaper" (repeatable)',
      collect,
    )
    .option('--json', 'print one JSON object')
    .action((words: string[], opts: IntentOptions, cmd: Command) => {
      // names only: the engine needs no calibration, so a kb being recalibrated still loads
      const knowledgeBase = loadKnowledgeBaseSync(kbDirOption(cmd), {
        allowMissingCalibration: true,
      });
      let intent: Intent = extractIntent(words.join(' '), { knowledgeBase });
      let changes: string[] | undefined;
      for (const followUp of opts.then ?? []) {
        ({ intent, changes } = refineIntent(intent, followUp, {
          knowledgeBase,
        }));
      }
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify(
            changes ? { ...intent, changes } : intent,
            null,
            2,
          )}\n`,
        );
        return;
      }
      const lines = describeIntent(intent);
      if (changes)
        lines.push(
          changes.length
            ? `changed by the last follow-up: ${changes.join('; ')}`
            : 'the last follow-up changed nothing',
        );
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
