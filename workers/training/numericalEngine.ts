// Training with the book's numerical gradient (float64, central difference, h = 1e-4), one parameter at a time
// in W1, b1, W2, b2 order, resumable between chunks so a learner can watch "parameter k of N" and pause.
// The core's incremental job computes the same central differences as the book's loop, much faster.
import { fastNumericalJob, twoLayerNetLoss64, type NumericalGradientJob } from '../../src-core/index.ts';
import { PARAM_KEYS, type TwoLayerNetParams } from '../../src-core/net/twoLayerNetParams.ts';
import type { TrainingEngine } from './engine.ts';

export type NumericalJobFactory = (params: TwoLayerNetParams, x: Float64Array, labels: Uint8Array) => NumericalGradientJob;

export interface NumericalEngineOptions {
  /** float64 parameters, owned and updated in place by the engine. */
  readonly params: TwoLayerNetParams;
  /** The batch `indices` of the training set: float64 images (/255, row-major) and labels. */
  readonly gather: (indices: Int32Array) => { readonly x: Float64Array; readonly labels: Uint8Array };
  /** Receives the parameters after every update (the wasm network that evaluates them). */
  readonly publish: (params: TwoLayerNetParams) => void;
  readonly job?: NumericalJobFactory;
  readonly now?: () => number;
}

export function numericalEngine(options: NumericalEngineOptions): TrainingEngine {
  const { params, gather, publish, job: makeJob = fastNumericalJob, now = () => performance.now() } = options;
  let current: { indices: Int32Array; x: Float64Array; labels: Uint8Array; job: NumericalGradientJob; spent: number } | null = null;

  return {
    work(indices, learningRate, deadline) {
      if (!current || current.indices !== indices) {
        const { x, labels } = gather(indices);
        current = { indices, x, labels, job: makeJob(params, x, labels), spent: 0 };
      }
      const t0 = now();
      const complete = current.job.advance(deadline, now);
      current.spent += now() - t0;
      if (!complete) return null;
      const g = current.job.gradient;
      let at = 0;
      for (const key of PARAM_KEYS) {
        const data = params[key];
        for (let i = 0; i < data.length; i++) data[i] -= learningRate * g[at++];
      }
      publish(params);
      const loss = twoLayerNetLoss64(params, current.x, current.labels);
      current = null;
      return loss;
    },
    progress() {
      if (!current) return null;
      const { done, total } = current.job;
      const perParam = done > 0 ? current.spent / done : null;
      return { done, total, secondsLeft: perParam === null ? null : ((total - done) * perParam) / 1000 };
    },
    cancel() {
      current = null;
    },
  };
}
