// Shared helpers for the benchmarks: whole-process wall time, median of runs.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh temporary folder `edito-bench-<name>-…` holding `files` (path → text), folders made as needed. */
export async function writeWorkspace(name, files) {
  const dir = await mkdtemp(path.join(tmpdir(), `edito-bench-${name}-`));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `command args` `runs` times after `warmup` runs; returns the wall times in ms. */
export function timeCommand(command, args, { runs = 15, warmup = 3, cwd, env } = {}) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    }
    if (i >= warmup) samples.push(ms);
  }
  return { median: median(samples), min: Math.min(...samples), samples };
}

/**
 * Runs each `[command, args]` of `commands` in turn, `runs` rounds after
 * `warmup` rounds: for runs of a few tens of ms, next to `node -e 0`, the
 * load of a shared machine drifts less between interleaved runs than between
 * one series and the next. Returns the wall times of each, as timeCommand.
 */
export function timeInterleaved(commands, { runs = 15, warmup = 3, cwd, env } = {}) {
  const samples = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach(([command, args], at) => {
      const measured = timeCommand(command, args, { runs: 1, warmup: 0, cwd, env });
      if (i >= warmup) samples[at].push(measured.median);
    });
  }
  return samples.map((values) => ({ median: median(values), min: Math.min(...values), samples: values }));
}

/** Prints `label: median ms` and the ratio to the baseline; returns the ratio. */
export function report(label, measured, baseline, target) {
  const ratio = measured.median / baseline.median;
  const verdict = target === undefined ? '' : ratio <= target ? `  ok (target ≤ ${target}×)` : `  OVER TARGET (≤ ${target}×)`;
  console.log(`${label.padEnd(44)} ${measured.median.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× baseline${verdict}`);
  return ratio;
}
