// The `npm run train` command line: flags → a TrainingConfig checked against the core's one set of limits.
// Numbers are plain decimals ("16", "0.1", "1e-3"): hex, binary, octal, "Infinity" and blanks are refused.
import { BOOK_TRAINING_CONFIG, GRADIENT_METHODS, settingProblem, type BackendKind, type GradientMethod, type NumericSetting, type TrainingConfig } from '../src-core/index.ts';

export interface TrainOptions {
  readonly config: TrainingConfig;
  /** Evaluate every this many iterations instead of the book's iter_per_epoch. */
  readonly evalEvery: number | null;
  readonly backend: BackendKind | null;
  readonly json: boolean;
  /** Where to write the parameters after the last iteration as .npz, or null. */
  readonly save: string | null;
  /** Pool threads beside the main one (evaluations, numerical gradient); null: one per other core. */
  readonly threads: number | null;
}

export const USAGE = `usage: npm run -s train -- [--seed 0] [--iters 10000] [--eval-every 600] [--gradient backprop|numerical]
       [--hidden 50] [--lr 0.1] [--batch 100] [--weight-init-std 0.01] [--train-size 60000] [--backend wasm|js]
       [--json] [--save FILE.npz] [--threads N]
--train-size N learns from the first N training images only; evals then hold [i, accuracy on those N, on the test set]
--threads N: worker threads beside this one for evaluations and the numerical gradient (default: one per other
core; 0: none). The numbers are the same for any N.`;

export class UsageError extends Error {}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number, or a UsageError naming the flag. */
export function decimal(flag: string, text: string): number {
  if (text.length > 64 || !DECIMAL.test(text)) throw new UsageError(`${flag} must be a decimal number, got "${text}"`);
  return Number(text);
}

const SETTING_FLAGS: Readonly<Record<string, NumericSetting>> = {
  '--seed': 'seed', '--iters': 'iterations', '--hidden': 'hiddenSize', '--lr': 'learningRate', '--batch': 'batchSize', '--weight-init-std': 'weightInitStd',
  '--train-size': 'trainSize',
};

export function parseTrainArgs(argv: readonly string[]): TrainOptions {
  const config: Record<keyof TrainingConfig, number | string> = { ...BOOK_TRAINING_CONFIG };
  let evalEvery: number | null = null, backend: BackendKind | null = null, json = false, save: string | null = null;
  let threads: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    const setting = SETTING_FLAGS[flag];
    if (setting) {
      const n = decimal(flag, value);
      const problem = settingProblem(setting, n);
      if (problem) throw new UsageError(`${flag}: ${problem}`);
      config[setting] = n;
    } else if (flag === '--eval-every') {
      const n = decimal(flag, value);
      if (!Number.isInteger(n) || n < 1 || n > 1e7) throw new UsageError(`--eval-every must be an integer in [1, 10000000], got "${value}"`);
      evalEvery = n;
    } else if (flag === '--gradient') {
      if (!GRADIENT_METHODS.includes(value as GradientMethod)) throw new UsageError(`--gradient must be backprop or numerical, got "${value}"`);
      config.gradientMethod = value;
    } else if (flag === '--backend') {
      if (value !== 'wasm' && value !== 'js') throw new UsageError(`--backend must be wasm or js, got "${value}"`);
      backend = value;
    } else if (flag === '--threads') {
      const n = decimal(flag, value);
      if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--threads must be an integer in [0, 64], got "${value}"`);
      threads = n;
    } else if (flag === '--save') {
      // The book's np.load finds the file by this name; anything else would be saved under another one.
      if (!/\.npz$/i.test(value) || value.startsWith('-')) throw new UsageError(`--save needs a file name ending in .npz, got "${value}"`);
      save = value;
    } else {
      throw new UsageError(`unknown flag "${arg}"`);
    }
  }
  return { config: config as unknown as TrainingConfig, evalEvery, backend, json, save, threads };
}
