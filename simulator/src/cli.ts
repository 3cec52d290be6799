/**
 * The simulator as a command (`serveplan simulate ...`, the container's entry point): parses
 * vLLM-style flags, serves until SIGTERM or SIGINT, then shuts down gracefully.
 */
import { parseSimulatorArgs, simulatorHelp } from './args';
import { startSimulator } from './server';

export async function runSimulatorCli(
  argv: string[],
  options: { kbDir?: string } = {},
): Promise<void> {
  const cfg = parseSimulatorArgs(argv);
  if (cfg.help) {
    process.stdout.write(simulatorHelp());
    return;
  }
  if (!cfg.kbDir && options.kbDir) cfg.kbDir = options.kbDir;
  const sim = await startSimulator(cfg);
  const stop = () => {
    sim.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await sim.closed;
}
