/** The `serveplan` command tree, and the exit code a command-line parse error maps to. */
import { Command, CommanderError, OutputConfiguration } from 'commander';
import { registerBenchCommand } from './commands/bench';
import { registerCalibrationCommands } from './commands/calibration';
import { registerIntentCommand } from './commands/intent';
import { registerKbCommands } from './commands/kb';
import { registerPlanCommand } from './commands/plan';
import { registerPredictCommand } from './commands/predict';
import { registerSimulateCommand } from './commands/simulate';
import { registerLoadtestCommand } from './commands/loadtest';

/** The command tree; `output` (tests) replaces where commander writes help and errors. */
export function createProgram(output?: OutputConfiguration): Command {
  const program = new Command('serveplan');
  // Before the commands are added: they copy the setting.
  if (output) program.configureOutput(output);
  program
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
  return program;
}

/** Commander's codes for output the user asked for (--help, help CMD, --version). */
const DISPLAY_CODES = new Set([
  'commander.helpDisplayed',
  'commander.help',
  'commander.version',
]);

/**
 * The process exit code for a commander error: 0 after help or the version was shown on request;
 * 2 for everything else — unknown command or option, invalid choice, missing argument or option
 * value, excess arguments, and help shown because no command was given — the exit code of bad
 * input (1 means a failed check, such as a load test's SLO).
 */
export function commanderExitCode(e: CommanderError): number {
  return DISPLAY_CODES.has(e.code) && e.exitCode === 0 ? 0 : 2;
}
