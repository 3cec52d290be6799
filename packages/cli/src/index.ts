/**
 * serveplan's command line.
 *
 * @packageDocumentation
 */
import { Command, CommanderError } from 'commander';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { registerBenchCommand } from './commands/bench';
import { registerCalibrationCommands } from './commands/calibration';
import { registerIntentCommand } from './commands/intent';
import { registerKbCommands } from './commands/kb';
import { registerPlanCommand } from './commands/plan';
import { registerPredictCommand } from './commands/predict';
import { registerSimulateCommand } from './commands/simulate';
import { registerLoadtestCommand } from './commands/loadtest';

const program = new Command('serveplan')
  .description(
    'Plan, predict and test LLM serving deployments (vLLM) — the engines behind the serveplan Backstage plugins',
  )
  .option(
    '--kb <dir>',
    'knowledge base folder (default: the repository kb/, or $SERVEPLAN_KB_DIR)',
  )
  .showHelpAfterError()
  .exitOverride();

registerPredictCommand(program);
registerPlanCommand(program);
registerKbCommands(program);
registerIntentCommand(program);
registerCalibrationCommands(program);
registerSimulateCommand(program);
registerLoadtestCommand(program);
registerBenchCommand(program);

function fail(message: string, code: number): never {
  process.stderr.write(`serveplan: ${message}\n`);
  process.exit(code);
}

async function main() {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exit(e.exitCode);
    }
    if (isServeplanInputError(e)) fail(e.message, 2);
    if (e instanceof Error && e.name === 'KnowledgeBaseError')
      fail(e.message, 3);
    if (process.env.SERVEPLAN_DEBUG) throw e;
    fail(
      `internal error: ${
        e instanceof Error ? e.message : String(e)
      } (set SERVEPLAN_DEBUG=1 for a stack trace)`,
      1,
    );
  }
}

main();
