export interface BenchRow {
  /** What was timed, e.g. "twoLayerNet iteration (wasm)". */
  name: string;
  /** Median wall time of one repetition, in milliseconds. */
  medianMs: number;
  /** Number of timed repetitions behind the median. */
  samples: number;
  /** Name of another row in the same bench module to print a speed ratio against. */
  reference?: string;
  note?: string;
}

/** Times `fn` `samples` times after `warmup` untimed calls and returns the median in milliseconds. */
export function medianMs(fn: () => void, samples: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
