// Full-set evaluations on a pool: the train and test images split in equal contiguous parts, one per thread,
// on a snapshot of the parameters (see src-core/kernels/poolEvaluation.ts). The owner does none of it.
import { evalRange, type MemoryBlock, type SharedKernels } from '../../src-core/index.ts';
import type { ThreadPool } from './threadPool.ts';

export interface PoolEvaluation {
  readonly trainCorrect: number;
  readonly testCorrect: number;
  /** Each test image's class, when asked for. */
  readonly predicted: Uint8Array | null;
}

export interface EvaluationRequest {
  readonly snapshot: MemoryBlock;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** Images [0, trainCount) of train and [0, testCount) of test. */
  readonly trainCount: number;
  readonly testCount: number;
  readonly predictTest: boolean;
}

export class PoolEvaluator {
  private readonly ready: Promise<unknown>;

  constructor(readonly pool: ThreadPool, private readonly kernels: SharedKernels) {
    const { variant, memory, net } = kernels;
    this.ready = pool.all({ kind: 'setup', setup: { variant, memory, layout: net.data.layout } });
    this.ready.catch(() => undefined); // a failed setup is reported by the evaluation that needs it
  }

  get threads(): number {
    return this.pool.size;
  }

  /**
   * Evaluates the snapshot on `threads` threads (default all); the snapshot must stay unchanged until this
   * resolves. The requests are posted before this returns (after the setup, which each thread takes first), so
   * the threads start at once even when the caller goes on computing without yielding.
   */
  async evaluate(r: EvaluationRequest, threads = this.pool.size): Promise<PoolEvaluation> {
    const n = Math.max(1, Math.min(threads, this.pool.size));
    const { net } = this.kernels;
    const bytes = net.layoutBytes(r.hiddenSize, r.outputSize, 1);
    const jobs = Array.from({ length: n }, (_, t) => {
      const region = { at: net.data.region(`thread:${t}`, bytes), bytes };
      const piece = { region, hiddenSize: r.hiddenSize, outputSize: r.outputSize, snapshot: r.snapshot };
      const [a, b] = evalRange(r.trainCount, t, n), [c, d] = evalRange(r.testCount, t, n);
      return Promise.all([
        this.pool.call(t, { kind: 'evaluate', piece: { ...piece, split: 'train', start: a, end: b, predict: false } }),
        this.pool.call(t, { kind: 'evaluate', piece: { ...piece, split: 'test', start: c, end: d, predict: r.predictTest } }),
      ]);
    });
    const [parts] = await Promise.all([Promise.all(jobs), this.ready]);
    const predicted = r.predictTest ? new Uint8Array(r.testCount) : null;
    let trainCorrect = 0, testCorrect = 0;
    parts.forEach(([train, test], t) => {
      trainCorrect += train.correct;
      testCorrect += test.correct;
      if (predicted && test.predicted) predicted.set(test.predicted, evalRange(r.testCount, t, n)[0]);
    });
    return { trainCorrect, testCorrect, predicted };
  }
}
