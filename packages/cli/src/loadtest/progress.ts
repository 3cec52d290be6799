/** A progress bar on stderr (cli-progress), shown only when stderr is a terminal. */
import cliProgress from 'cli-progress';
import type { RunProgress } from './runner';

export function startProgress(total: number, byTime: boolean) {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: byTime
        ? 'loadtest [{bar}] {value}/{total} s | {completed} done, {failed} failed, {inflight} in flight'
        : 'loadtest [{bar}] {value}/{total} requests | {failed} failed, {inflight} in flight | {elapsed} s',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, Math.round(total)), 0, {
    completed: 0,
    failed: 0,
    inflight: 0,
    elapsed: 0,
  });
  let last = 0;
  return {
    update(p: RunProgress) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const value = byTime
        ? Math.min(total, Math.floor(p.elapsed))
        : p.completed + p.failed;
      bar.update(value, {
        completed: p.completed,
        failed: p.failed,
        inflight: p.inflight,
        elapsed: p.elapsed.toFixed(0),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
