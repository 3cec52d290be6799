import { Command } from 'commander';
import { runSimulatorCli } from '@serveplan/simulator';

/**
 * `serveplan simulate [vLLM flags]`: the GPU-free vLLM simulator. Every argument after the
 * command goes to the simulator's own parser (vLLM's flag names; unknown vLLM flags are accepted
 * and logged), so `vllm serve` command lines work unchanged.
 */
export function registerSimulateCommand(program: Command) {
  program
    .command('simulate')
    .description(
      "run the GPU-free vLLM simulator (vLLM's flags, API and metrics; timing from the capacity engine); --help lists its flags",
    )
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .argument('[vllm-args...]', 'vLLM serve flags and the simulator flags')
    .action(async (_args: string[], _opts: unknown, cmd: Command) => {
      const kb = cmd.optsWithGlobals().kb as string | undefined;
      await runSimulatorCli(cmd.args, { kbDir: kb });
    });
}
