// A training run of the book's TwoLayerNet (ch04 train_neuralnet.py) with a seeded numpy-compatible generator:
// the one trainer that the worker and `npm run train` both drive. Each iteration draws its batch with
// choice(train_size, batch_size), takes one SGD step with the configured gradient, and returns the loss after
// the update on that batch, as the book records it. When to evaluate is the caller's (see schedule.ts).
import type { SplitName } from '../data/mnistData.ts';
import { fastNumericalJob, type NumericalGradientJob } from '../net/numericalFast/numericalGradientJob.ts';
import { twoLayerNetLoss } from '../net/twoLayerNetMaths.ts';
import { checkParams, cloneParams, initTwoLayerNetParams, PARAM_KEYS, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import { createRandom, type Random, type RandomState } from '../random/random.ts';
import type { TrainingBackend } from './backend.ts';
import type { MemoryBlock } from '../kernels/packedMnist.ts';
import { BOOK_TRAINING_CONFIG, checkTrainingConfig, settingProblem, type TrainingConfig } from './trainingConfig.ts';

const OUTPUTS = 10;

/**
 * Trainers may share one backend (one copy of the data set; the wasm network has room for one set of
 * parameters): the one that last used the network owns it, and another one takes it over by saving the
 * owner's parameters and loading its own. Exact: float32 weights survive the float64 round trip.
 */
interface Tenant {
  /** Saves this trainer's parameters out of the network. */
  vacate(): void;
}
const owners = new WeakMap<TrainingBackend, Tenant>();
let trainers = 0;

/** Progress inside one numerical-gradient iteration: parameter `done` of `total`. */
export interface NumericalProgress {
  readonly done: number;
  readonly total: number;
  /** Estimated seconds until this iteration's gradient is complete. */
  readonly secondsLeft: number | null;
}

/** Everything a run needs to go on exactly where it was (taken between iterations). */
export interface TrainerSnapshot {
  /** The run's configuration, with the learning rate in force. */
  readonly config: TrainingConfig;
  readonly iteration: number;
  readonly params: TwoLayerNetParams;
  readonly random: RandomState;
}

export interface Trainer {
  readonly backend: TrainingBackend;
  /** The run's configuration, with the learning rate in force. */
  readonly config: TrainingConfig;
  /** Iterations completed. */
  readonly iteration: number;
  /** The training images this run learns from and measures "train accuracy" on: the first config.trainSize. */
  readonly trainCount: number;
  readonly testCount: number;
  /**
   * Works on the current iteration until `deadline` (in `now()` ms). Returns its loss once it is complete, or
   * null when the deadline came first (only the numerical gradient takes that long): call again to go on.
   */
  work(deadline: number): number | null;
  /** One whole iteration; its loss. */
  step(): number;
  /** Progress of a partly done numerical iteration, or null. */
  progress(): NumericalProgress | null;
  /** Correctly classified images of `split` in [start, end). */
  evaluate(split: SplitName, start: number, end: number): number;
  /** Accuracy over the whole split in one call. */
  accuracy(split: SplitName): number;
  predict(split: SplitName, start: number, end: number): Uint8Array;
  /** Takes effect from the next iteration. */
  setLearningRate(learningRate: number): void;
  /** Iteration 0 again: the seeded weights and generator of the (optionally changed) configuration. */
  reset(change?: Partial<TrainingConfig>): void;
  exportParams(): TwoLayerNetParams;
  importParams(params: TwoLayerNetParams): void;
  /** The state between iterations (a partly done numerical iteration is not part of it). */
  snapshot(): TrainerSnapshot;
  /**
   * Copies the parameters into the shared memory, for a pool to evaluate while this trainer goes on (each
   * trainer has its own copy, overwritten by its next call); null unless the backend is shared.
   */
  shareParams(): MemoryBlock | null;
  /** Goes on from a snapshot: the rest of the run is the one the snapshot's run would have had. */
  restore(snapshot: TrainerSnapshot): void;
}

interface NumericalIteration {
  readonly ids: Int32Array;
  readonly x: Float64Array;
  readonly labels: Uint8Array;
  readonly job: NumericalGradientJob;
  spent: number;
}

/** Starts one iteration's numerical gradient (default: here, fastNumericalJob; a worker may split it over threads). */
export type NumericalJobFactory = (params: TwoLayerNetParams, x: Float64Array, labels: Uint8Array) => NumericalGradientJob;

export function createTrainer(
  backend: TrainingBackend, change: Partial<TrainingConfig> = {}, now: () => number = () => performance.now(),
  numericalJob: NumericalJobFactory = (p, x, labels) => fastNumericalJob(p, x, labels),
): Trainer {
  const { data, net } = backend;
  const loaded = data.count('train');
  let config = checkTrainingConfig('createTrainer', { ...BOOK_TRAINING_CONFIG, trainSize: loaded, ...change }, loaded);
  let trainCount = config.trainSize;
  let random: Random = createRandom(config.seed);
  let iteration = 0;
  let shape = '';
  const name = `trainer${++trainers}`;
  /** This trainer's parameters while another trainer owns the network. */
  let parked: TwoLayerNetParams | null = null;
  const tenant: Tenant = {
    vacate() {
      parked = params64 ? null : net.getParams(); // a numerical run keeps its float64 copy anyway
      shape = '';
    },
  };

  /** Makes the network this trainer's (laid out for its shape, holding its parameters). */
  function own(): void {
    const owner = owners.get(backend);
    if (owner === tenant) return;
    owner?.vacate();
    owners.set(backend, tenant);
    layOut();
    const p = params64 ?? parked;
    if (p) net.setParams(p);
    parked = null;
  }
  /** The float64 parameters of a numerical run (the book's method needs float64; the net may be float32). */
  let params64: TwoLayerNetParams | null = null;
  let pending: NumericalIteration | null = null;

  function layOut(): void {
    const wanted = `${config.hiddenSize}/${config.batchSize}`;
    if (wanted !== shape) net.configure(config.hiddenSize, OUTPUTS, config.batchSize);
    shape = wanted;
  }

  function setParams(p: TwoLayerNetParams): void {
    own();
    net.setParams(p);
    params64 = config.gradientMethod === 'numerical' ? cloneParams(p) : null;
  }

  function reset(next: Partial<TrainingConfig> = {}): void {
    config = checkTrainingConfig('reset', { ...config, ...next }, loaded);
    trainCount = config.trainSize;
    parked = null; // the old run's parameters: new ones follow
    params64 = null;
    own();
    layOut();
    random = createRandom(config.seed);
    setParams(initTwoLayerNetParams({ inputSize: data.inputSize, hiddenSize: config.hiddenSize, outputSize: OUTPUTS }, config.weightInitStd, random));
    iteration = 0;
    pending = null;
  }

  function numericalWork(p: TwoLayerNetParams, deadline: number): number | null {
    if (!pending) {
      const ids = random.choice(trainCount, config.batchSize);
      const x = data.gatherImages('train', ids), labels = data.gatherLabels('train', ids);
      pending = { ids, x, labels, job: numericalJob(p, x, labels), spent: 0 };
    }
    const t0 = now();
    const complete = pending.job.advance(deadline, now);
    pending.spent += now() - t0;
    if (!complete) return null;
    const g = pending.job.gradient;
    let at = 0;
    for (const key of PARAM_KEYS) {
      const a = p[key];
      for (let i = 0; i < a.length; i++) a[i] -= config.learningRate * g[at++];
    }
    net.setParams(p); // the network evaluates what the numerical gradient trained
    const loss = twoLayerNetLoss(p, pending.x, pending.labels);
    pending = null;
    return loss;
  }

  function work(deadline: number): number | null {
    own();
    const loss = params64 ? numericalWork(params64, deadline) : net.trainStep(random.choice(trainCount, config.batchSize), config.learningRate);
    if (loss !== null) iteration++;
    return loss;
  }

  /** Images of the split the run uses: the first trainCount of train, all of test. */
  const used = (split: SplitName) => (split === 'train' ? trainCount : data.count(split));

  function checkRange(fn: string, split: SplitName, start: number, end: number): void {
    const n = used(split);
    if (n === 0) throw new RangeError(`${fn}: no ${split} split was loaded`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start > end) {
      throw new RangeError(`${fn}: range [${start}, ${end}) is outside [0, ${n}] of ${split}`);
    }
  }

  function exportParams(): TwoLayerNetParams {
    if (params64) return cloneParams(params64);
    own();
    return net.getParams();
  }

  function importParams(p: TwoLayerNetParams): void {
    checkParams('importParams', p);
    if (p.inputSize !== data.inputSize || p.outputSize !== OUTPUTS || p.hiddenSize !== config.hiddenSize) {
      throw new RangeError(`importParams: params are ${p.inputSize}-${p.hiddenSize}-${p.outputSize}, the run is ${data.inputSize}-${config.hiddenSize}-${OUTPUTS}`);
    }
    pending = null;
    setParams(p);
  }

  reset();
  return {
    backend,
    get config() {
      return config;
    },
    get iteration() {
      return iteration;
    },
    get trainCount() {
      return trainCount;
    },
    testCount: data.count('test'),
    work,
    step: () => work(Infinity) as number,
    progress() {
      if (!pending) return null;
      const { done, total } = pending.job;
      const perParam = done > 0 ? pending.spent / done : null;
      return { done, total, secondsLeft: perParam === null ? null : ((total - done) * perParam) / 1000 };
    },
    evaluate(split, start, end) {
      checkRange('evaluate', split, start, end);
      own();
      return net.evaluate(split, start, end);
    },
    accuracy(split) {
      const n = used(split);
      checkRange('accuracy', split, 0, n);
      own();
      return net.evaluate(split, 0, n) / n;
    },
    predict(split, start, end) {
      checkRange('predict', split, start, end);
      own();
      return net.predict(split, start, end);
    },
    setLearningRate(learningRate) {
      const problem = settingProblem('learningRate', learningRate);
      if (problem) throw new RangeError(`setLearningRate: ${problem}`);
      config = { ...config, learningRate };
    },
    reset,
    exportParams,
    importParams,
    snapshot: () => ({ config, iteration, params: exportParams(), random: random.getState() }),
    shareParams() {
      if (!backend.shared) return null;
      own();
      return backend.shared.net.snapshotParams(name);
    },
    restore(s) {
      reset(s.config);
      importParams(s.params);
      random.setState(s.random);
      iteration = s.iteration;
    },
  };
}
