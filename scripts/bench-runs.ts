/**
 * Repeated timings for `npm run bench` (issue #17: on a shared machine one
 * run says little, so each build is run several times and printed as
 * min/median/max beside the load average of each run).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { listVersionIds } from '../src/lib/plan-files.ts';
import { walkFiles, type RunResult } from './bench-util.ts';

/** One timed run and the 1-minute load average when it ended. */
export interface Timed {
  ms: number;
  peakKb: number | undefined;
  load: number;
}

/** A run's time and the load average now. */
export function timed(run: Pick<RunResult, 'ms' | 'peakKb'>): Timed {
  return { ms: run.ms, peakKb: run.peakKb, load: loadavg()[0]! };
}

/** Minimum, median and maximum of some numbers (the lower median for an even count). */
export function spread(values: readonly number[]): { min: number; median: number; max: number } {
  if (values.length === 0) throw new Error('spread: no values');
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted.at(-1)! };
}

/** "12.3 / 14.0 / 15.2 (load 9.1, 10.3, 12.0)": seconds min/median/max and each run's load. */
export function runsText(runs: readonly Timed[], perItem = 1, digits = 1): string {
  const s = spread(runs.map((r) => r.ms / perItem));
  const f = (ms: number) => (perItem === 1 ? (ms / 1000).toFixed(digits) : ms.toFixed(digits));
  return `${f(s.min)} / ${f(s.median)} / ${f(s.max)} (load ${runs.map((r) => r.load.toFixed(1)).join(', ')})`;
}

/** Section files (`<cc>/<ss>.mdx`) of every version in a content folder: the unit "a section of plan text". */
export function countSectionFiles(contentDir: string): number {
  return listVersionIds(contentDir).reduce(
    (sum, v) => sum + walkFiles(join(contentDir, 'plan', v)).filter((f) => /^\d+\/\d+\.mdx$/.test(f)).length,
    0,
  );
}
