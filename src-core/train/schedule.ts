// When the book evaluates (ch04 train_neuralnet.py):
//   iter_per_epoch = max(train_size / batch_size, 1)      # a float: 468.75 for batch 128
//   if i % iter_per_epoch == 0: evaluate                   # after the update of 0-based iteration i
// The float is kept, so a batch that does not divide the training set evaluates less often than once an epoch
// (batch 128: after i = 0, 1875, 3750, …, every 4 epochs), exactly as the book's loop does.

/** The book's iter_per_epoch (600 for 60,000 images and batch 100). */
export function iterationsPerEpoch(trainCount: number, batchSize: number): number {
  return Math.max(trainCount / batchSize, 1);
}

/** Whether the book evaluates after 0-based iteration i (JS % on doubles is exact, like Python's here). */
export function evaluatesAfter(i: number, perEpoch: number): boolean {
  return i % perEpoch === 0;
}

/**
 * The distance between evaluations: i % p == 0 exactly when i is a multiple of p's numerator in lowest terms.
 * p is a double m / 2^e, so doubling until it is whole gives that numerator (1875 for 468.75).
 */
export function evaluationPeriod(perEpoch: number): number {
  let m = perEpoch;
  while (!Number.isInteger(m)) m *= 2;
  return m;
}

/** Evaluations after iterations done, …, total − 1. */
export function evaluationsLeft(done: number, total: number, perEpoch: number): number {
  const period = evaluationPeriod(perEpoch);
  const upTo = (n: number) => (n <= 0 ? 0 : Math.floor((n - 1) / period) + 1); // evaluations in [0, n)
  return Math.max(0, upTo(total) - upTo(done));
}

/** Whole epochs completed after `iteration` iterations. */
export function epochOf(iteration: number, perEpoch: number): number {
  return Math.floor(iteration / perEpoch);
}
