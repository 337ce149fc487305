// Hyperparameter limits and validation. The UI has its own ranges for its fields (app/ imports no worker code);
// these are the worker's hard limits, which also bound the memory the network's scratch space takes.
import type { GradientMethod, TrainingConfig } from '../protocol.ts';

interface Limit {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export const CONFIG_LIMITS: Readonly<Record<Exclude<keyof TrainingConfig, 'gradientMethod'>, Limit>> = {
  hiddenSize: { min: 1, max: 1000, integer: true },
  learningRate: { min: 1e-6, max: 1000, integer: false },
  batchSize: { min: 1, max: 1000, integer: true },
  iterations: { min: 1, max: 1_000_000, integer: true },
  weightInitStd: { min: 0, max: 10, integer: false },
  seed: { min: 0, max: 0xffffffff, integer: true },
};

const METHODS: readonly GradientMethod[] = ['backprop', 'numerical'];

/** The book's ch04 train_neuralnet.py settings, seed 0. */
export const BOOK_CONFIG: TrainingConfig = {
  hiddenSize: 50,
  learningRate: 0.1,
  batchSize: 100,
  iterations: 10_000,
  weightInitStd: 0.01,
  seed: 0,
  gradientMethod: 'backprop',
};

export function checkValue(key: keyof typeof CONFIG_LIMITS, value: number): void {
  const { min, max, integer } = CONFIG_LIMITS[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${key} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got ${String(value)}`);
  }
}

/** Returns a clean copy, or throws a RangeError naming the first bad field. */
export function validateConfig(config: TrainingConfig): TrainingConfig {
  for (const key of Object.keys(CONFIG_LIMITS) as (keyof typeof CONFIG_LIMITS)[]) checkValue(key, config[key]);
  if (!METHODS.includes(config.gradientMethod)) {
    throw new RangeError(`gradientMethod must be one of ${METHODS.join(', ')}, got ${String(config.gradientMethod)}`);
  }
  const { hiddenSize, learningRate, batchSize, iterations, weightInitStd, seed, gradientMethod } = config;
  return { hiddenSize, learningRate, batchSize, iterations, weightInitStd, seed, gradientMethod };
}
