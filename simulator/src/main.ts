/** Entry point of the simulator image: `node simulator.cjs [vLLM flags]`. */
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { runSimulatorCli } from './cli';

runSimulatorCli(process.argv.slice(2)).catch(e => {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`serveplan simulator: ${message}\n`);
  let code = 1;
  if (isServeplanInputError(e)) code = 2;
  else if (e instanceof Error && e.name === 'KnowledgeBaseError') code = 3;
  process.exit(code);
});
