// The training worker's contract with the UI: types only (app/ may import nothing else from workers/).
// The worker exposes a TrainingApi through comlink; the UI keeps one long-lived Remote<TrainingApi>.
import type { GradientCheckReport, GradientMethod, NumericalProgress, TrainerSnapshot, TrainingConfig, TwoLayerNetParams } from '../src-core/index.ts';

// The run's settings are the core's (src-core/train/trainingConfig.ts): one type, one set of limits.
export type { GradientCheckReport, GradientMethod, NumericalProgress, TrainerSnapshot, TrainingConfig, TwoLayerNetParams };

/** The four original MNIST files, served gzip-compressed at /data/mnist/NAME.gz. */
export type MnistFileName =
  | 'train-images-idx3-ubyte'
  | 'train-labels-idx1-ubyte'
  | 't10k-images-idx3-ubyte'
  | 't10k-labels-idx1-ubyte';

/** Download progress: bytes received of the file being fetched, and of all four (total null until known). */
export interface LoadProgress {
  readonly file: MnistFileName;
  readonly fileIndex: number;
  readonly fileCount: number;
  readonly loaded: number;
  readonly total: number | null;
}

/** What the UI gets once the data set is in the worker: counts and a few test digits to draw. */
export interface DataSummary {
  readonly trainCount: number;
  readonly testCount: number;
  /** Width and height of one image (28). */
  readonly side: number;
  /** Test-set indices of the sample digits. */
  readonly sampleIndices: Int32Array;
  /** sampleIndices.length images, side·side bytes each, one after another. */
  readonly sampleImages: Uint8Array;
  readonly sampleLabels: Uint8Array;
}

/** A data file that could not be loaded: which file (null when no one file is to blame) and why. */
export interface LoadFailure {
  readonly file: MnistFileName | null;
  readonly message: string;
}

/** What loadData answers: the data set's summary, or the failure as a value (not an error to parse). */
export type LoadOutcome = { readonly ok: true; readonly summary: DataSummary } | { readonly ok: false; readonly failure: LoadFailure };

/** 'failed': an error stopped the training loop (the update's `failure` says which). */
export type RunState = 'idle' | 'running' | 'paused' | 'finished' | 'diverged' | 'failed';

/**
 * A run at an epoch boundary (after an evaluation): enough for a fresh worker to go on exactly from there.
 * The UI keeps the latest one (~0.3 MB for 784-50-10); the worker sends one after every evaluation.
 */
export interface RunSnapshot {
  readonly trainer: TrainerSnapshot;
  /** Running time of the run when the snapshot was taken (pauses excluded), ms. */
  readonly elapsedMs: number;
}

/** Full-set accuracy after iteration `iteration` (0-based, as the book's `i`), epoch = iteration / iterPerEpoch. */
export interface EvalPoint {
  readonly iteration: number;
  readonly epoch: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** Running time of the run when this evaluation finished (pauses excluded), ms. */
  readonly elapsedMs: number;
  /** Test-set counts, row = true digit, column = the network's guess (10×10, row-major). */
  readonly confusion?: Int32Array;
}

/** One page of the test images in a confusion-matrix cell, as the evaluation that counted them saw them. */
export interface ConfusionCellPage {
  /** Images in the cell (all pages). */
  readonly total: number;
  /** Test-set indices of this page's images. */
  readonly indices: Int32Array;
  /** indices.length images of 784 bytes each. */
  readonly images: Uint8Array;
  /** indices.length × 10 softmax probabilities of that evaluation's network. */
  readonly probabilities: Float64Array;
}

/** One MNIST image as the data set holds it (4.1's browser): 784 bytes 0–255 and its label. */
export interface MnistImage {
  readonly set: 'train' | 'test';
  readonly index: number;
  readonly pixels: Uint8Array;
  readonly label: number;
}

/** 4.2.5: sweep one weight of the network over [from, to] in `steps` values, on the first 100 training images. */
export interface SweepRequest {
  readonly param: 'W1' | 'W2';
  /** Row-major index into the matrix (W1: input·hidden + j, W2: hidden·10 + k). */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** Batch loss and accuracy at each swept value, and their central differences with h. */
export interface SweepResult {
  readonly param: 'W1' | 'W2';
  readonly index: number;
  /** The weight's value in the network swept (where the marker starts). */
  readonly current: number;
  readonly h: number;
  readonly batchSize: number;
  readonly values: Float64Array;
  readonly loss: Float64Array;
  readonly accuracy: Float64Array;
  readonly dLoss: Float64Array;
  readonly dAccuracy: Float64Array;
}

/** The current network's weights, for pictures of W1 and W2 (the book's shapes, row-major). */
export interface NetworkWeights {
  readonly iteration: number;
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** inputSize × hiddenSize. */
  readonly W1: Float64Array;
  /** hiddenSize × outputSize. */
  readonly W2: Float64Array;
}

/**
 * One batched progress message (at most ~20 a second). `losses` are the per-iteration losses (after the update,
 * as the book records them) of iterations firstIteration, firstIteration + 1, …, transferred, not copied.
 */
export interface TrainingUpdate {
  /** Changes on configure and reset; the UI drops updates of an older run. */
  readonly runId: number;
  /** The configuration this run trains with, the learning rate in force included. */
  readonly config: TrainingConfig;
  readonly state: RunState;
  /** Iterations completed. */
  readonly iteration: number;
  readonly iterations: number;
  readonly iterPerEpoch: number;
  /** Completed epochs (iteration / iterPerEpoch, rounded down). */
  readonly epoch: number;
  readonly firstIteration: number;
  readonly losses: Float64Array;
  /** Measured over the last second or so of training (evaluation time excluded); 0 before any. */
  readonly itersPerSecond: number;
  /** Running time of the run so far (pauses excluded), ms. */
  readonly elapsedMs: number;
  /** Estimated time to the last iteration, evaluations included; null until there is a rate to go by. */
  readonly secondsLeft: number | null;
  /** Evaluations finished since the previous update. */
  readonly evals: readonly EvalPoint[];
  /** The network's guesses for the sample digits, after the newest evaluation (or on reset). */
  readonly predictions: Uint8Array | null;
  /** Images evaluated so far of the running full-set evaluation (70,000), or null when none runs. */
  readonly evaluating: { readonly done: number; readonly total: number } | null;
  /** The evaluation running beside training on a thread pool (cross-origin-isolated pages): its iteration and threads. */
  readonly besideEval?: { readonly iteration: number; readonly threads: number } | null;
  readonly numerical: NumericalProgress | null;
  /** The 0-based iteration whose loss was not finite (training paused there), or null. */
  readonly divergedAt: number | null;
  /** What stopped the training loop when state is 'failed' (an error inside the worker's training). */
  readonly failure: string | null;
  /** The iteration a restored run went on from (its earlier losses and evaluations are the UI's), or null. */
  readonly restoredAt: number | null;
  /** Fraction of full speed the run goes at (slow motion below 1). */
  readonly speed: number;
  /** The run at the epoch boundary just passed (after an evaluation), or null. */
  readonly snapshot: RunSnapshot | null;
}

/** The UI's side of the progress channel, passed to `connect` as a comlink proxy. Awaited: backpressure. */
export interface TrainingListener {
  onUpdate(update: TrainingUpdate): void | Promise<void>;
  /** An update of a second run slot (4.1.2's overfitting lab), tagged with its slot. */
  onSlotUpdate?(slot: RunSlotName, update: TrainingUpdate): void | Promise<void>;
}

/** The second run slot beside 4.5's run (same worker, same data, its own trainer and update stream). */
export type RunSlotName = 'overfit';

/** The worker's API. Every method answers within ~100 ms, even while a full-set evaluation runs. */
export interface TrainingApi {
  /** Registers the progress listener (a comlink proxy); a later call replaces it. */
  connect(listener: TrainingListener): void;
  /** Fetches, decompresses and validates the four files (once; later calls return the same summary). */
  loadData(onProgress?: (progress: LoadProgress) => void): Promise<LoadOutcome>;
  /** Validates and applies a configuration; starts a fresh run (seeded weights, iteration 0), not running. */
  configure(config: TrainingConfig): Promise<void>;
  /** A run that goes on from a snapshot (paused there): a fresh worker continues where an ended one was. */
  restore(snapshot: RunSnapshot): Promise<void>;
  /** Answers at once: the UI's heartbeat (a worker that closed or hangs never answers). */
  ping(): Promise<number>;
  /** Starts or resumes training (refused before the first configure); returns at once, progress follows. */
  start(): Promise<void>;
  /** Stops after the current chunk of work; resolves once stopped. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Runs n more iterations (with their evaluations), then pauses; resolves when done or paused. */
  step(n: number): Promise<void>;
  /** Back to iteration 0 with the seeded initial weights of the current configuration. */
  reset(): Promise<void>;
  /** Changes the learning rate from the next iteration on, also while running. */
  setLearningRate(learningRate: number): Promise<void>;
  /** Slow motion: 1 is full speed, 0.1 and 0.01 ten and a hundred times slower; applies live. */
  setSpeed(speed: number): Promise<void>;
  /** 4.1.2's run in its own slot: a fresh run with `config` (validated like configure), not running. */
  overfitConfigure(config: TrainingConfig): Promise<void>;
  overfitStart(): Promise<void>;
  overfitPause(): Promise<void>;
  /**
   * 4.2.5: a weight of the 4.5 run's network (a seeded fresh one before it trains) swept on a real batch; null when
   * a newer sweep started meanwhile (the older one stops).
   */
  sweepWeight(request: SweepRequest): Promise<(SweepResult & { readonly trained: boolean }) | null>;
  /** Image `index` of a set and its label, read from the worker's one copy of MNIST (4.1's browser). */
  mnistImage(set: 'train' | 'test', index: number): Promise<MnistImage>;
  /** Backprop against the numerical gradient on the current network and the first `batchSize` training images. */
  gradientCheck(batchSize: number): Promise<GradientCheckReport>;
  /** Images `offset`… (at most `limit`) whose true digit is `actual` and guess `predicted`, at the newest evaluation. */
  confusionCell(actual: number, predicted: number, offset: number, limit: number): Promise<ConfusionCellPage>;
  /** The current network's W1 and W2 (null before a run is configured). */
  weights(): Promise<NetworkWeights | null>;
  /** The current network's 10 probabilities for one 784-pixel image (0–1 floats), also mid-run. */
  predictDigit(pixels: Float64Array): Promise<Float64Array>;
  /** A copy of the current network's W1, b1, W2, b2 (float64, the book's shapes), its buffers transferred. */
  exportParams(): Promise<TwoLayerNetParams>;
  /**
   * A loaded network replaces the run's parameters: a fresh run (iteration 0, idle) of the configured run's
   * settings with the network's hidden size, which the learner can evaluate and train on. Refused, changing
   * nothing, when the sizes do not fit the data set (784 inputs, 10 outputs) or the hidden size is out of range.
   */
  importParams(params: TwoLayerNetParams): Promise<void>;
  /** The current network's accuracy on the full test set (10,000 images). */
  testAccuracy(): Promise<number>;
  /** Stops training and frees the network; the UI then terminates the Worker. */
  dispose(): Promise<void>;
}
