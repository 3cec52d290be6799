/**
 * serveplan's command line.
 *
 * @packageDocumentation
 */
import { CommanderError } from 'commander';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { inputErrorMessage } from './inputErrorMessage';
import { commanderExitCode, createProgram } from './program';

function fail(message: string, code: number): never {
  process.stderr.write(`serveplan: ${message}\n`);
  process.exit(code);
}

async function main() {
  try {
    await createProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exit(commanderExitCode(e));
    }
    if (isServeplanInputError(e)) fail(inputErrorMessage(e), 2);
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
