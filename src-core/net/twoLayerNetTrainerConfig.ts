// Hyperparameters of a training run (the book's defaults) and their checks, shared by both trainer backends.

export interface TrainerConfig {
  readonly hiddenSize: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly weightInitStd: number;
  /** numpy seed: with it, initial weights and batches equal numpy's after np.random.seed(seed). */
  readonly seed: number;
}

/** ch04 train_neuralnet.py: TwoLayerNet(784, 50, 10), batch 100, lr 0.1 (and std 0.01); seed 0 for numpy parity. */
export const BOOK_TRAINER_CONFIG: TrainerConfig = { hiddenSize: 50, learningRate: 0.1, batchSize: 100, weightInitStd: 0.01, seed: 0 };

/** Limits the UI can show next to its inputs. */
export const TRAINER_LIMITS = {
  hiddenSize: { min: 1, max: 1024 },
  batchSize: { min: 1, max: 10000 },
  learningRate: { minExclusive: 0, max: 1000 },
  weightInitStd: { min: 0, max: 10 },
  seed: { min: 0, max: 0xffffffff },
} as const;

/** Messages for every invalid field of `config` (empty when valid); `trainCount` bounds the batch size. */
export function trainerConfigProblems(config: TrainerConfig, trainCount = Infinity): string[] {
  const out: string[] = [];
  const L = TRAINER_LIMITS;
  const int = (name: keyof TrainerConfig, min: number, max: number) => {
    const v = config[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) out.push(`${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
  };
  int('hiddenSize', L.hiddenSize.min, L.hiddenSize.max);
  int('batchSize', L.batchSize.min, Math.min(L.batchSize.max, trainCount));
  int('seed', L.seed.min, L.seed.max);
  const lr = config.learningRate;
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0 || lr > L.learningRate.max) {
    out.push(`learningRate must be a number in (0, ${L.learningRate.max}], got ${String(lr)}`);
  }
  const std = config.weightInitStd;
  if (typeof std !== 'number' || !Number.isFinite(std) || std < L.weightInitStd.min || std > L.weightInitStd.max) {
    out.push(`weightInitStd must be a number in [${L.weightInitStd.min}, ${L.weightInitStd.max}], got ${String(std)}`);
  }
  return out;
}

export function checkTrainerConfig(fn: string, config: TrainerConfig, trainCount?: number): void {
  const problems = trainerConfigProblems(config, trainCount);
  if (problems.length) throw new RangeError(`${fn}: ${problems.join('; ')}`);
}

/** The book's iter_per_epoch: max(train_size / batch_size, 1), a float (600 for MNIST and batch 100). */
export function iterationsPerEpoch(trainCount: number, batchSize: number): number {
  return Math.max(trainCount / batchSize, 1);
}

/** Whether the book evaluates after 0-based iteration i: `i % iter_per_epoch == 0` (i = 0 included). */
export function isEvaluationIteration(i: number, trainCount: number, batchSize: number): boolean {
  return i % iterationsPerEpoch(trainCount, batchSize) === 0;
}
