// A training run of the book's TwoLayerNet on MNIST, with a seeded numpy-compatible generator: one object a
// worker (or tools/train.ts) drives step by step. Two backends with the same behaviour:
// 'wasm' (float32 SIMD kernels over a sparse copy of the data, ~0.2 ms a step) and 'js' (float64 reference).
import type { MnistSplit } from '../data/idx.ts';
import { instantiateKernels, preferredKernelsVariant, wasmKernelsSupported, type KernelsVariant } from '../kernels/wasmKernels.ts';
import { WasmNet, type MnistData, type SplitName } from '../kernels/wasmNet.ts';
import { createRandom, type Random } from '../random/random.ts';
import { createJsTrainerCore } from './twoLayerNetJsTrainer.ts';
import { TwoLayerNet, type NumericalGradientProgress } from './twoLayerNet.ts';
import { gatherImages, gatherLabels } from '../data/batch.ts';
import { matrixCreate } from '../matrix.ts';
import { BOOK_TRAINER_CONFIG, checkTrainerConfig, type TrainerConfig } from './twoLayerNetTrainerConfig.ts';
import { initTwoLayerNetParams, type TwoLayerNetParams } from './twoLayerNetParams.ts';

export type { MnistData, SplitName };
export type TrainerBackend = 'wasm' | 'js';

/** What a backend does; the trainer adds the generator, the iteration count and the checks. */
export interface TrainerCore {
  setParams(p: TwoLayerNetParams): void;
  getParams(): TwoLayerNetParams;
  /** One SGD step on train images `ids`; the loss after the update on the same batch. */
  step(ids: Int32Array, learningRate: number): number;
  /** Correct predictions among images [start, end) of the split. */
  evaluate(split: SplitName, start: number, end: number): number;
  predict(split: SplitName, start: number, end: number): Uint8Array;
  /** Prepares for a shape (the wasm backend lays out its memory). */
  configure(hiddenSize: number, outputSize: number, batchSize: number): void;
}

export interface Trainer {
  readonly backend: TrainerBackend;
  /** The wasm build in use ('relaxed': fused multiply-add), or null for the js backend. */
  readonly kernels: KernelsVariant | null;
  readonly config: TrainerConfig;
  /** Iterations done since the last reset. */
  readonly iteration: number;
  readonly trainCount: number;
  readonly testCount: number;
  /** Draws the next batch (choice(trainCount, batchSize)), takes one backprop SGD step, returns the loss after it. */
  step(): number;
  /** n steps; their losses. */
  steps(n: number): Float64Array;
  /**
   * The same step with the book's numerical gradient (float64, h = 1e-4), yielding progress every `chunk`
   * parameters; returns the loss after the update. Abandoning the generator leaves the parameters unchanged.
   */
  numericalStep(chunk?: number): Generator<NumericalGradientProgress, number>;
  /** Correctly classified images of `split` in [start, end): evaluate a full set in chunks, yielding between. */
  evaluate(split: SplitName, start: number, end: number): number;
  /** Accuracy over the whole split in one call (tools and tests). */
  accuracy(split: SplitName): number;
  predict(split: SplitName, start: number, end: number): Uint8Array;
  setLearningRate(learningRate: number): void;
  /** Back to iteration 0: seeded weights and generator of the (optionally changed) configuration. */
  reset(config?: Partial<TrainerConfig>): void;
  exportParams(): TwoLayerNetParams;
  importParams(params: TwoLayerNetParams): void;
}

export interface TrainerOptions extends Partial<TrainerConfig> {
  /** Default: 'wasm' when WebAssembly SIMD is available, else 'js'. */
  readonly backend?: TrainerBackend;
  /** Which wasm build; default: 'relaxed' where the engine validates it, else 'simd'. */
  readonly kernels?: KernelsVariant;
}

const OUTPUTS = 10;

function wasmCore(data: MnistData, variant: KernelsVariant): TrainerCore {
  const net = new WasmNet(data, instantiateKernels(variant));
  return {
    configure: (h, o, b) => net.configure(h, o, b),
    setParams: (p) => net.setParams(p),
    getParams: () => net.getParams(),
    step: (ids, lr) => net.trainStep(ids, lr),
    evaluate: (s, a, b) => net.evaluate(s, a, b),
    predict: (s, a, b) => net.predict(s, a, b),
  };
}

/** Creates a trainer over the data (train required; test optional) with the book's defaults for missing fields. */
export function createTrainer(data: MnistData, options: TrainerOptions = {}): Trainer {
  const { backend: wanted, kernels: variant, ...rest } = options;
  const backend: TrainerBackend = wanted ?? (wasmKernelsSupported() ? 'wasm' : 'js');
  const kernels = backend === 'wasm' ? (variant ?? preferredKernelsVariant()) : null;
  let config: TrainerConfig = { ...BOOK_TRAINER_CONFIG, ...rest };
  checkTrainerConfig('createTrainer', config, data.train.count);
  const core = kernels ? wasmCore(data, kernels) : createJsTrainerCore(data);
  const splits: Record<SplitName, MnistSplit | undefined> = { train: data.train, test: data.test };
  let random: Random = createRandom(config.seed);
  let iteration = 0;
  let shape = '';

  function reset(change: Partial<TrainerConfig> = {}): void {
    const next = { ...config, ...change };
    checkTrainerConfig('reset', next, data.train.count);
    config = next;
    const wanted = `${config.hiddenSize}/${config.batchSize}`;
    if (wanted !== shape) core.configure(config.hiddenSize, OUTPUTS, config.batchSize);
    shape = wanted;
    random = createRandom(config.seed);
    core.setParams(initTwoLayerNetParams({ inputSize: data.train.pixels, hiddenSize: config.hiddenSize, outputSize: OUTPUTS }, config.weightInitStd, random));
    iteration = 0;
  }

  function checkRange(fn: string, split: SplitName, start: number, end: number): void {
    const s = splits[split];
    if (!s) throw new RangeError(`${fn}: no ${split} split was loaded`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > s.count || start > end) {
      throw new RangeError(`${fn}: range [${start}, ${end}) is outside [0, ${s.count}] of ${split}`);
    }
  }

  function step(): number {
    const loss = core.step(random.choice(data.train.count, config.batchSize), config.learningRate);
    iteration++;
    return loss;
  }

  function* numericalStep(chunk = 256): Generator<NumericalGradientProgress, number> {
    const ids = random.choice(data.train.count, config.batchSize);
    const x = matrixCreate(ids.length, data.train.pixels);
    gatherImages(data.train, ids, x.data);
    const t = gatherLabels(data.train, ids);
    const net = TwoLayerNet.fromParams(core.getParams());
    const grads = yield* net.numericalGradientSteps(x, t, chunk);
    net.applyGradient(grads, config.learningRate);
    core.setParams(net.exportParams());
    iteration++;
    return net.loss(x, t);
  }

  reset();
  return {
    backend,
    kernels,
    get config() {
      return config;
    },
    get iteration() {
      return iteration;
    },
    trainCount: data.train.count,
    testCount: data.test?.count ?? 0,
    step,
    steps(n: number): Float64Array {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = step();
      return out;
    },
    numericalStep,
    evaluate(split, start, end) {
      checkRange('evaluate', split, start, end);
      return core.evaluate(split, start, end);
    },
    accuracy(split) {
      const n = splits[split]?.count ?? 0;
      checkRange('accuracy', split, 0, n);
      return core.evaluate(split, 0, n) / n;
    },
    predict(split, start, end) {
      checkRange('predict', split, start, end);
      return core.predict(split, start, end);
    },
    setLearningRate(learningRate) {
      checkTrainerConfig('setLearningRate', { ...config, learningRate });
      config = { ...config, learningRate };
    },
    reset,
    exportParams: () => core.getParams(),
    importParams(params) {
      if (params.inputSize !== data.train.pixels || params.outputSize !== OUTPUTS || params.hiddenSize !== config.hiddenSize) {
        throw new RangeError(`importParams: params are ${params.inputSize}-${params.hiddenSize}-${params.outputSize}, the run is ${data.train.pixels}-${config.hiddenSize}-${OUTPUTS}`);
      }
      core.setParams(params);
    },
  };
}
