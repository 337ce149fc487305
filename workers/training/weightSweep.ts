// 4.2.5: one weight swept over a range on one batch, with the batch's accuracy (a staircase) and loss (smooth),
// and the numerical derivative of each by the book's central difference. Pure: the worker feeds it.
import { cloneParams, twoLayerNetForward, twoLayerNetLoss, type TwoLayerNetParams } from '../../src-core/index.ts';
import type { SweepRequest, SweepResult } from '../protocol.ts';

/** The book's h for numerical_diff. */
export const SWEEP_H = 1e-4;

function accuracyOf(y: Float64Array, labels: Uint8Array, classes: number): number {
  let right = 0;
  for (let n = 0; n < labels.length; n++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (y[n * classes + k] > y[n * classes + best]) best = k;
    if (best === labels[n]) right++;
  }
  return right / labels.length;
}

/** Refuses a request the worker cannot sweep (the UI checks too; the worker does not trust it). */
export function sweepProblem(req: SweepRequest, params: TwoLayerNetParams): string | null {
  if (req.param !== 'W1' && req.param !== 'W2') return `param must be W1 or W2, got ${String(req.param)}`;
  const size = params[req.param].length;
  if (!Number.isInteger(req.index) || req.index < 0 || req.index >= size) return `index must be an integer in [0, ${size - 1}], got ${req.index}`;
  if (!Number.isFinite(req.from) || !Number.isFinite(req.to) || !(req.from < req.to)) return `the range must be finite with from < to, got [${req.from}, ${req.to}]`;
  if (Math.abs(req.from) > 1e6 || Math.abs(req.to) > 1e6) return 'the range must lie within ±1e6';
  if (!Number.isInteger(req.steps) || req.steps < 2 || req.steps > 1001) return `steps must be an integer in [2, 1001], got ${req.steps}`;
  return null;
}

/**
 * Sweeps params[param][index] over `steps` values from `from` to `to` on the batch (x, labels). Returns null
 * when `cancelled()` turns true (checked after each value, between yields).
 */
export async function sweepWeight(
  params: TwoLayerNetParams, x: Float64Array, labels: Uint8Array, req: SweepRequest,
  cancelled: () => boolean, yieldNow: () => Promise<void>,
): Promise<SweepResult | null> {
  const problem = sweepProblem(req, params);
  if (problem) throw new RangeError(`sweepWeight: ${problem}`);
  const p = cloneParams(params);
  const w = p[req.param];
  const current = params[req.param][req.index];
  const batch = labels.length;
  const at = (value: number) => {
    w[req.index] = value;
    return { loss: twoLayerNetLoss(p, x, labels), accuracy: accuracyOf(twoLayerNetForward(p, x, batch).y, labels, p.outputSize) };
  };
  const out = {
    values: new Float64Array(req.steps), loss: new Float64Array(req.steps), accuracy: new Float64Array(req.steps),
    dLoss: new Float64Array(req.steps), dAccuracy: new Float64Array(req.steps),
  };
  for (let i = 0; i < req.steps; i++) {
    const value = req.from + ((req.to - req.from) * i) / (req.steps - 1);
    const mid = at(value);
    const plus = at(value + SWEEP_H);
    const minus = at(value - SWEEP_H);
    out.values[i] = value;
    out.loss[i] = mid.loss;
    out.accuracy[i] = mid.accuracy;
    out.dLoss[i] = (plus.loss - minus.loss) / (2 * SWEEP_H);
    out.dAccuracy[i] = (plus.accuracy - minus.accuracy) / (2 * SWEEP_H);
    if (i % 4 === 3) {
      await yieldNow();
      if (cancelled()) return null;
    }
  }
  return { ...out, current, param: req.param, index: req.index, h: SWEEP_H, batchSize: batch };
}
