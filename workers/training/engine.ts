// What the runner trains with. An engine completes an iteration in one call (backprop) or in parts across
// calls (numerical gradient: tens of thousands of loss evaluations), so pause and reset are never stuck behind it.
import type { NumericalProgress } from '../protocol.ts';
import type { SplitName } from '../../src-core/kernels/wasmNet.ts';

export interface TrainingEngine {
  /**
   * Works on the iteration whose batch is `indices` until `deadline` (performance.now() ms). Returns the loss
   * after the update (on the same batch, as the book records it) once the iteration is complete, or null when
   * the deadline came first: call again with the same indices to continue.
   */
  work(indices: Int32Array, learningRate: number, deadline: number): number | null;
  /** Progress of a partly done iteration, or null for engines that finish an iteration in one call. */
  progress(): NumericalProgress | null;
  /** Drops a partly done iteration. */
  cancel(): void;
}

/** Full-set accuracy and predictions, computed on the engine's current parameters (the wasm network). */
export interface Evaluator {
  /** Correctly classified images in [start, end) of the split. */
  evaluate(split: SplitName, start: number, end: number): number;
  predict(split: SplitName, start: number, end: number): Uint8Array;
}

/** The book's loop with backprop on the float32 WebAssembly network: one call, one iteration. */
export function backpropEngine(net: { trainStep(indices: Int32Array, learningRate: number): number }): TrainingEngine {
  return {
    work: (indices, learningRate) => net.trainStep(indices, learningRate),
    progress: () => null,
    cancel: () => undefined,
  };
}
