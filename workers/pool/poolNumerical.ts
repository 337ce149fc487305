// The book's numerical gradient split by parameter over the pool and the owner: ranges of equal work
// (splitParameterRanges), the owner's computed here in slices, the others on the threads. Each parameter's
// central difference is computed alone from the same forward pass, so the gradient is the same bits for
// any number of threads (src-core/net/numericalFast/parameterRanges.test.ts).
import { fastNumericalJob, splitParameterRanges, type NumericalGradientJob, type TwoLayerNetParams } from '../../src-core/index.ts';
import type { ThreadPool } from './threadPool.ts';

/** A numerical-gradient job whose ranges after the first run on `threads` of the pool's threads (default all). */
export function pooledNumericalJob(
  pool: ThreadPool, params: TwoLayerNetParams, x: Float64Array, labels: Uint8Array, h = 1e-4, threads = pool.size,
): NumericalGradientJob {
  const n = Math.max(0, Math.min(threads, pool.size));
  const ranges = splitParameterRanges(params, x, n + 1);
  const { inputSize: d, hiddenSize: hs, outputSize: o } = params;
  const gradient = new Float64Array(d * hs + hs + hs * o + o);
  const [mine, ...theirs] = ranges;
  const own = fastNumericalJob(params, x, labels, h, { ...mine, out: gradient.subarray(mine.from, mine.to) });
  let arrived = 0, arrivedParams = 0;
  let failure: Error | null = null;
  theirs.forEach((r, t) => {
    pool.call(t, { kind: 'numerical', params, x, labels, h, from: r.from, to: r.to }).then(
      (part) => {
        gradient.set(part, r.from);
        arrived++;
        arrivedParams += r.to - r.from;
      },
      (e: unknown) => (failure = e instanceof Error ? e : new Error(String(e))),
    );
  });
  const complete = (ownDone: boolean) => {
    if (failure) throw new Error(`the numerical gradient on the thread pool failed: ${failure.message}`);
    return ownDone && arrived === theirs.length;
  };
  return {
    total: gradient.length,
    get done() {
      return own.done + arrivedParams;
    },
    loss: own.loss,
    // The owner's range first; then each call only looks whether the threads' parts are in (the caller yields
    // between calls, which is when their replies arrive).
    advance: (deadline, now) => complete(own.advance(deadline, now)),
    advanceBy: (count) => complete(own.advanceBy(count)),
    gradient,
  };
}
