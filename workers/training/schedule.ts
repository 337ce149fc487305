// When the book evaluates: `if i % iter_per_epoch == 0` after the update of iteration i (0-based), i = 0 included.

/**
 * Iterations per epoch. The book uses the float max(train_size / batch_size, 1), which for a batch that does not
 * divide 60,000 (e.g. 128 → 468.75) only matches every few epochs; whole iterations keep one point per epoch.
 */
export function iterationsPerEpoch(trainCount: number, batchSize: number): number {
  return Math.max(1, Math.floor(trainCount / batchSize));
}

/** Whether the book evaluates after 0-based iteration i. */
export function evaluatesAfter(i: number, perEpoch: number): boolean {
  return i % perEpoch === 0;
}

/** Evaluations still to come after `done` iterations of `total`. */
export function evaluationsLeft(done: number, total: number, perEpoch: number): number {
  if (done >= total) return 0;
  const countUpTo = (n: number) => (n <= 0 ? 0 : Math.floor((n - 1) / perEpoch) + 1); // evals in [0, n)
  return countUpTo(total) - countUpTo(done);
}
