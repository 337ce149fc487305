// A thread that shares each training step with the owner (src-core/kernels/parallelStep.ts): a pool of its
// own, since it serves steps until stopped and takes no other request meanwhile.
import type { SharedKernels } from '../../src-core/index.ts';
import type { ThreadPool } from './threadPool.ts';

export interface StepHelper {
  /** Resolves when the helper's loop has ended (after stop(), or with its error). */
  readonly done: Promise<null>;
  stop(): void;
}

export function startStepHelper(pool: ThreadPool, kernels: SharedKernels): StepHelper {
  const control = kernels.net.enableParallelStep();
  const done = pool.call(0, { kind: 'stepHelper', variant: kernels.variant, memory: kernels.memory, control });
  return { done, stop: () => kernels.net.stopParallelStep() };
}
