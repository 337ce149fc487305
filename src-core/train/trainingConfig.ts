// A training run's settings: the book's ch04 train_neuralnet.py defaults, their limits and their checks.
// The one home of these: the worker, the app's fields and `npm run train` all read them from here.

export type GradientMethod = 'backprop' | 'numerical';
export const GRADIENT_METHODS: readonly GradientMethod[] = ['backprop', 'numerical'];

export interface TrainingConfig {
  readonly hiddenSize: number;
  readonly learningRate: number;
  readonly batchSize: number;
  /** The book's iters_num. */
  readonly iterations: number;
  readonly weightInitStd: number;
  /** numpy seed: with it, initial weights and batches equal numpy's after np.random.seed(seed). */
  readonly seed: number;
  readonly gradientMethod: GradientMethod;
  /**
   * The book's train_size: the run learns from the first trainSize training images only (4.1.2's overfitting
   * when small). Batches are choice(trainSize, batch_size), and "train accuracy" is measured on those images.
   */
  readonly trainSize: number;
}

export type NumericSetting = Exclude<keyof TrainingConfig, 'gradientMethod'>;

export interface SettingLimit {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** TwoLayerNet(784, 50, 10), batch 100, lr 0.1, 10,000 iterations, std 0.01; seed 0 for numpy parity. */
export const BOOK_TRAINING_CONFIG: TrainingConfig = {
  hiddenSize: 50, learningRate: 0.1, batchSize: 100, iterations: 10_000, weightInitStd: 0.01, seed: 0, gradientMethod: 'backprop',
  trainSize: 60_000,
};

/** Inclusive limits. They also bound the scratch memory of the wasm network (hidden × batch). */
export const TRAINING_LIMITS: Readonly<Record<NumericSetting, SettingLimit>> = {
  hiddenSize: { min: 1, max: 1000, integer: true },
  learningRate: { min: 1e-4, max: 100, integer: false },
  batchSize: { min: 1, max: 1000, integer: true },
  iterations: { min: 1, max: 1_000_000, integer: true },
  weightInitStd: { min: 0, max: 10, integer: false },
  seed: { min: 0, max: 0xffffffff, integer: true },
  trainSize: { min: 1, max: 60_000, integer: true },
};

const NUMERIC_SETTINGS = Object.keys(TRAINING_LIMITS) as NumericSetting[];

/** The message for a bad value of one setting, or null when it is within its limits. */
export function settingProblem(key: NumericSetting, value: unknown, trainCount = Infinity): string | null {
  const { min, integer } = TRAINING_LIMITS[key];
  const bounded = key === 'batchSize' || key === 'trainSize'; // the data set bounds these too
  const max = bounded ? Math.min(TRAINING_LIMITS[key].max, trainCount) : TRAINING_LIMITS[key].max;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  return ok ? null : `${key} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got ${String(value)}`;
}

/** Messages for every invalid field (empty when valid); `trainCount` bounds the batch size. */
export function trainingConfigProblems(config: TrainingConfig, trainCount = Infinity): string[] {
  const out: string[] = [];
  for (const key of NUMERIC_SETTINGS) {
    const problem = settingProblem(key, config[key], trainCount);
    if (problem) out.push(problem);
  }
  if (!GRADIENT_METHODS.includes(config.gradientMethod)) {
    out.push(`gradientMethod must be one of ${GRADIENT_METHODS.join(', ')}, got ${String(config.gradientMethod)}`);
  }
  return out;
}

/**
 * A clean copy of `config` (unknown fields dropped; a missing trainSize is the whole training set, as a config
 * from before it existed meant), or a RangeError naming every bad field.
 */
export function checkTrainingConfig(fn: string, given: TrainingConfig, trainCount?: number): TrainingConfig {
  const config = given.trainSize === undefined ? { ...given, trainSize: Math.min(TRAINING_LIMITS.trainSize.max, trainCount ?? Infinity) } : given;
  const problems = trainingConfigProblems(config, trainCount);
  if (problems.length) throw new RangeError(`${fn}: ${problems.join('; ')}`);
  const { hiddenSize, learningRate, batchSize, iterations, weightInitStd, seed, gradientMethod, trainSize } = config;
  return { hiddenSize, learningRate, batchSize, iterations, weightInitStd, seed, gradientMethod, trainSize };
}

/** Whether two configurations describe the same run, the learning rate aside (it may change mid-run). */
export function sameRun(a: TrainingConfig, b: TrainingConfig): boolean {
  return (Object.keys(BOOK_TRAINING_CONFIG) as (keyof TrainingConfig)[]).every((k) => k === 'learningRate' || a[k] === b[k]);
}
