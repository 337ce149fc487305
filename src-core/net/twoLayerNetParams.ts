// The parameters of TwoLayerNet as plain typed arrays: what a worker transfers, exports and imports.
import type { Random } from '../random/random.ts';

export interface TwoLayerNetSizes {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
}

/** Row-major float64: W1 is inputSize×hiddenSize, W2 hiddenSize×outputSize. */
export interface TwoLayerNetParams extends TwoLayerNetSizes {
  readonly W1: Float64Array;
  readonly b1: Float64Array;
  readonly W2: Float64Array;
  readonly b2: Float64Array;
}

export const PARAM_KEYS = ['W1', 'b1', 'W2', 'b2'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export function paramLength(sizes: TwoLayerNetSizes, key: ParamKey): number {
  const { inputSize: d, hiddenSize: h, outputSize: o } = sizes;
  return key === 'W1' ? d * h : key === 'b1' ? h : key === 'W2' ? h * o : o;
}

export function checkSizes(fn: string, sizes: TwoLayerNetSizes): void {
  for (const key of ['inputSize', 'hiddenSize', 'outputSize'] as const) {
    const v = sizes[key];
    if (!Number.isInteger(v) || v < 1 || v > 100_000) throw new RangeError(`${fn}: ${key} must be an integer in [1, 100000], got ${v}`);
  }
}

/** Throws unless every array is a Float64Array of the length the sizes imply. */
export function checkParams(fn: string, p: TwoLayerNetParams): void {
  checkSizes(fn, p);
  for (const key of PARAM_KEYS) {
    const a = p[key];
    if (!(a instanceof Float64Array)) throw new TypeError(`${fn}: params.${key} must be a Float64Array`);
    if (a.length !== paramLength(p, key)) throw new RangeError(`${fn}: params.${key} has length ${a.length}, expected ${paramLength(p, key)}`);
  }
}

/**
 * The book's initialisation: W1 = std·randn(input, hidden), then W2 = std·randn(hidden, output), biases 0.
 * Drawn in that order from `random`, so with numpy's generator and seed the weights equal numpy's.
 */
export function initTwoLayerNetParams(sizes: TwoLayerNetSizes, weightInitStd: number, random: Random): TwoLayerNetParams {
  checkSizes('initTwoLayerNetParams', sizes);
  if (!Number.isFinite(weightInitStd) || weightInitStd < 0) {
    throw new RangeError(`initTwoLayerNetParams: weightInitStd must be a finite number ≥ 0, got ${weightInitStd}`);
  }
  const { inputSize, hiddenSize, outputSize } = sizes;
  const W1 = random.randn(inputSize * hiddenSize).map((v) => weightInitStd * v);
  const W2 = random.randn(hiddenSize * outputSize).map((v) => weightInitStd * v);
  return { inputSize, hiddenSize, outputSize, W1, b1: new Float64Array(hiddenSize), W2, b2: new Float64Array(outputSize) };
}

export function cloneParams(p: TwoLayerNetParams): TwoLayerNetParams {
  const { inputSize, hiddenSize, outputSize } = p;
  return { inputSize, hiddenSize, outputSize, W1: p.W1.slice(), b1: p.b1.slice(), W2: p.W2.slice(), b2: p.b2.slice() };
}
