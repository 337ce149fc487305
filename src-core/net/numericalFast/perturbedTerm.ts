// One sample's loss term log(y[t] + 1e-7) after one perturbation, from its cached forward pass. The exact
// identities below replace the recomputation of every exponential and the log:
//   σ(a + δ) − σ(a) = −E·expm1(−δ)·σ(a)·σ(a + δ),   E = exp(−a),  σ(a + δ) = 1 / (1 + E + E·expm1(−δ));
//   adding uₖ to the logits: y'ₜ / yₜ = (1 + gₜ) / (1 + m),  gₖ = expm1(uₖ),  m = Σₖ yₖ·gₖ;
//   log(y'ₜ + 1e-7) = log(yₜ + 1e-7) + log1p(yₜ·(gₜ − m) / ((1 + m)·(yₜ + 1e-7))).
// No linearisation: expm1 and log1p are evaluated to full precision (nearZero.ts), so the term is the
// same number the full recomputation gives, to within rounding. Non-finite intermediates (saturated units)
// take the plain route: recompute the row and its softmax.
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';
import type { ForwardCache } from './forwardCache.ts';
import { logProbability as importedLogProbability } from './forwardCache.ts';
import { expm1NearZero as importedExpm1, log1pNearZero as importedLog1p } from './nearZero.ts';

const expm1NearZero = importedExpm1;
const log1pNearZero = importedLog1p;
const logProbability = importedLogProbability;
/** The book's cross-entropy delta, log(y + 1e-7). */
export const DELTA = 1e-7;
/** Below this bound on |dz|·max|W2[j]|, every logit change takes the series to u⁴ (see hiddenTerm). */
export const SHORT_SERIES_LIMIT = 2 ** -14;

/** Term of sample n after a1[n][j] moves by `da`. `row` and `e` are scratch of outputSize. */
export function hiddenTerm(p: TwoLayerNetParams, c: ForwardCache, row: Float64Array, e: Float64Array, n: number, j: number, da: number): number {
  const hs = p.hiddenSize;
  const o = p.outputSize;
  const q = n * hs + j;
  const E = c.expNegA1[q];
  const em = expm1NearZero(-da);
  let dz = -E * em * c.z1[q] / (1 + E + E * em);
  if (!Number.isFinite(dz)) dz = 1 / (1 + Math.exp(-(c.a1[q] + da))) - c.z1[q];
  if (dz === 0) return c.logs[n];
  const t = c.labels[n];
  const W2 = p.W2;
  const y = c.y;
  let m = 0;
  let gt = 0;
  if (Math.abs(dz) * c.w2RowMax[j] < SHORT_SERIES_LIMIT) {
    // |u| < 2⁻¹⁴: the series to u⁴ leaves a relative remainder below u⁴/120 < 1e-19.
    for (let k = 0; k < o; k++) {
      const u = dz * W2[j * o + k];
      const g = u * (1 + u * (1 / 2 + u * (1 / 6 + u * (1 / 24))));
      m += y[n * o + k] * g;
      if (k === t) gt = g;
    }
  } else {
    for (let k = 0; k < o; k++) {
      const g = expm1NearZero(dz * W2[j * o + k]);
      m += y[n * o + k] * g;
      if (k === t) gt = g;
    }
  }
  const yt = y[n * o + t];
  const v = (yt * (gt - m)) / ((1 + m) * (yt + DELTA));
  if (Number.isFinite(v) && v > -1) return c.logs[n] + log1pNearZero(v);
  for (let k = 0; k < o; k++) row[k] = c.a2[n * o + k] + dz * W2[j * o + k];
  return logProbability(row, t, e);
}

/** Term of sample n after its logit a2[n][k] moves by `da`. */
export function outputTerm(c: ForwardCache, row: Float64Array, e: Float64Array, n: number, k: number, da: number): number {
  const o = row.length;
  const t = c.labels[n];
  const g = expm1NearZero(da);
  const m = c.y[n * o + k] * g;
  const yt = c.y[n * o + t];
  const v = (yt * ((k === t ? g : 0) - m)) / ((1 + m) * (yt + DELTA));
  if (Number.isFinite(v) && v > -1) return c.logs[n] + log1pNearZero(v);
  for (let q = 0; q < o; q++) row[q] = c.a2[n * o + q];
  row[k] += da;
  return logProbability(row, t, e);
}
