// A training backend with the threads that work for it, set up the one way both the training worker and
// `npm run train` use: the pool (evaluations beside training on shared memory, the numerical gradient split by
// parameter), and a step helper where one is asked for. A pool whose thread has failed is dropped before the
// next run: from then on this thread works alone, with the same numbers.
import {
  createBackend, createTrainer, type BackendOptions, type MnistData, type Trainer, type TrainingBackend, type TrainingConfig,
} from '../../src-core/index.ts';
import { PoolEvaluator } from './poolEvaluator.ts';
import { pooledNumericalJob } from './poolNumerical.ts';
import { startStepHelper, type StepHelper } from './stepHelper.ts';
import type { ThreadPool } from './threadPool.ts';

export interface PoolThreads {
  /** The pool, or null for none (called once, before the data are packed). */
  readonly pool: () => ThreadPool | null;
  /** One more thread for the step helper, or null (called only when the pool and shared memory exist). */
  readonly stepPool?: () => ThreadPool | null;
}

export class PooledBackend {
  readonly backend: TrainingBackend;
  private pool: ThreadPool | null;
  private evaluatorOf: PoolEvaluator | null;
  private readonly step: { readonly pool: ThreadPool; readonly helper: StepHelper } | null = null;

  constructor(data: MnistData, options: BackendOptions, threads: PoolThreads) {
    this.pool = (typeof SharedArrayBuffer === 'function' && threads.pool()) || null;
    this.backend = createBackend(data, { ...options, shared: this.pool !== null });
    const shared = this.backend.shared;
    this.evaluatorOf = this.pool && shared ? new PoolEvaluator(this.pool, shared) : null;
    const stepPool = this.pool && shared ? threads.stepPool?.() ?? null : null;
    if (stepPool && shared) {
      const helper = startStepHelper(stepPool, shared);
      // A helper that fails leaves the steps to the owner alone (the same numbers); it is not the run's fault.
      void helper.done.catch(() => undefined);
      this.step = { pool: stepPool, helper };
    }
  }

  /** The pool for work from now on: null once a thread of it has failed. */
  private live(): ThreadPool | null {
    if (this.pool?.failed) {
      this.pool.terminate();
      this.pool = null;
      this.evaluatorOf = null;
    }
    return this.pool;
  }

  /** Evaluates beside training on the pool, or null (then the owner evaluates in between). */
  get evaluator(): PoolEvaluator | null {
    this.live();
    return this.evaluatorOf;
  }

  /** Pool threads (0 without a pool) and whether a step helper was started. */
  get threads(): { readonly pool: number; readonly stepHelper: boolean } {
    return { pool: this.live()?.size ?? 0, stepHelper: this.step !== null };
  }

  /** A trainer over the backend whose numerical gradient is split over the pool, if there is one. */
  createTrainer(config: Partial<TrainingConfig>, now: () => number = () => performance.now()): Trainer {
    const pool = this.live();
    return pool
      ? createTrainer(this.backend, config, now, (p, x, labels) => pooledNumericalJob(pool, p, x, labels))
      : createTrainer(this.backend, config, now);
  }

  /** Ends every thread (a step helper still starting up, whose loop would not see a stop, is ended too). */
  stop(): void {
    this.step?.helper.stop();
    this.step?.pool.terminate();
    this.pool?.terminate();
    this.pool = null;
    this.evaluatorOf = null;
  }
}
