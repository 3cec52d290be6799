import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  importAiconfiguratorSample,
  writeMeasurements,
} from '../calibration/measurementsCsv';
import {
  MEASUREMENTS_FILE,
  runCalibration,
  writeCalibration,
} from '../calibration/calibrate';
import { accuracyReport } from '../calibration/accuracyReport';
import { kbDirOption } from './options';
import { numberArg } from './parse';

const today = () => new Date().toISOString().slice(0, 10);
const log = (m: string) => process.stderr.write(`${m}\n`);

export function registerCalibrationCommands(program: Command) {
  program
    .command('calibration-import')
    .description(
      "convert AIConfigurator's silicon_sample.csv into kb/calibration/vllm-agg-measurements.csv (vLLM aggregated rows)",
    )
    .requiredOption('--from <csv>', 'path to aiconfigurator_silicon_sample.csv')
    .action((opts: { from: string }, cmd: Command) => {
      const dir = kbDirOption(cmd);
      const { rows, dropped } = importAiconfiguratorSample(opts.from);
      writeMeasurements(path.join(dir, MEASUREMENTS_FILE), rows);
      log(
        `wrote ${rows.length} rows to ${path.join(
          dir,
          MEASUREMENTS_FILE,
        )}; dropped ${Object.entries(dropped)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
    });

  program
    .command('calibrate')
    .description(
      'fit the step-time coefficients on the training groups and write kb/calibration/coefficients.yaml',
    )
    .option(
      '--max-evaluations <n>',
      'objective evaluations for the main fit',
      numberArg('--max-evaluations', { integer: true, min: 1 }),
      1200,
    )
    .option(
      '--per-group <n>',
      'rows per (model, GPU) group used in the fit',
      numberArg('--per-group', { integer: true, min: 1 }),
      40,
    )
    .action(
      (opts: { maxEvaluations: number; perGroup: number }, cmd: Command) => {
        const dir = kbDirOption(cmd);
        const kb = loadKnowledgeBaseSync(dir, {
          allowMissingCalibration: true,
        });
        const started = Date.now();
        const cal = runCalibration(dir, kb, {
          maxEvaluations: opts.maxEvaluations,
          perGroup: opts.perGroup,
          log,
          today: today(),
        });
        writeCalibration(dir, cal);
        log(
          `wrote ${path.join(dir, 'calibration/coefficients.yaml')} in ${(
            (Date.now() - started) /
            1000
          ).toFixed(0)} s`,
        );
      },
    );

  program
    .command('accuracy')
    .description(
      'predict every measurement with the shipped coefficients and write docs/accuracy.md',
    )
    .option(
      '--out <file>',
      'where to write the report',
      path.join('docs', 'accuracy.md'),
    )
    .option(
      '--check',
      'exit non-zero when a held-out target is missed (TTFT ≤ 20 %, TPOT ≤ 10 % median APE)',
    )
    .action((opts: { out: string; check?: boolean }, cmd: Command) => {
      const dir = kbDirOption(cmd);
      const kb = loadKnowledgeBaseSync(dir);
      const { markdown, heldOut } = accuracyReport(dir, kb, today());
      fs.mkdirSync(path.dirname(opts.out), { recursive: true });
      fs.writeFileSync(opts.out, markdown);
      log(
        `wrote ${opts.out}: held-out median APE TTFT ${heldOut.ttft.toFixed(
          1,
        )} %, TPOT ${heldOut.tpot.toFixed(1)} %`,
      );
      if (opts.check && (heldOut.ttft > 20 || heldOut.tpot > 10))
        process.exitCode = 1;
    });
}
