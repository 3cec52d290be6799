import { Command } from 'commander';
import {
  inspectKnowledgeBase,
  loadKnowledgeBaseSync,
} from '@serveplan/plugin-serveplan-node';
import { availablePrecisions } from '@serveplan/plugin-serveplan-common';
import { kbDirOption } from './options';
import { printTable } from '../format/table';

export function registerKbCommands(program: Command) {
  const kb = program.command('kb').description('inspect the knowledge base');
  kb.command('check')
    .description(
      'validate every kb file (schema, provenance of every number, cross-file rules)',
    )
    .action((_opts, cmd: Command) => {
      const dir = kbDirOption(cmd);
      const { kb: data, problems, files } = inspectKnowledgeBase(dir);
      if (problems.length > 0) {
        process.stderr.write(
          `${problems.length} problem(s) in ${files} file(s):\n${problems
            .map(p => `  - ${p}`)
            .join('\n')}\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `kb ${data!.version}: ${data!.models.length} models, ${
          data!.gpus.length
        } GPUs, ${
          data!.prices.length
        } prices — all valid, every number has a source and date\n`,
      );
    });

  program
    .command('models')
    .description('list the models in the knowledge base')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const data = loadKnowledgeBaseSync(kbDirOption(cmd));
      const rows = data.models.map(m => ({
        id: m.id,
        aliases: m.aliases.slice(0, 2).join(', '),
        params: `${(m.parameters.total / 1e9).toFixed(1)}B${
          m.architecture.moe
            ? ` (${(m.parameters.active / 1e9).toFixed(1)}B active)`
            : ''
        }`,
        context: m.architecture.max_context,
        precisions: availablePrecisions(m).join(' '),
        license: m.license.id,
      }));
      if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else printTable(rows);
    });

  program
    .command('gpus')
    .description('list the GPUs in the knowledge base')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const data = loadKnowledgeBaseSync(kbDirOption(cmd));
      const rows = data.gpus.map(g => ({
        id: g.id,
        memory_gib: g.memory.usable_gib,
        bandwidth_gbps: g.memory.bandwidth_gbps,
        bf16_tflops: g.tflops_dense.bf16,
        fp8_tflops: g.tflops_dense.fp8 ?? '-',
        interconnect: `${g.interconnect.type} ${g.interconnect.bandwidth_gbps} GB/s`,
        cheapest_usd_h: Math.min(
          ...data.prices
            .filter(p => p.gpu === g.id)
            .map(p => p.usd_per_gpu_hour),
        ),
      }));
      if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else printTable(rows);
    });
}
