// The hot loop of the incremental numerical gradient: W1[i][j] for one pixel i, both nudges (+h and −h)
// of a sample in one pass. The arithmetic is hiddenTerm's (perturbedTerm.ts) operation for operation, so
// the doubles are the same; what is saved is bookkeeping: the two nudges share their loads of exp(−a1),
// σ(a1), y and W2's row, and both series run in one loop over the logits (twice the independent work per
// iteration). Anything off the common route (a saturated unit, dz = 0, a logit change too big for the
// short series, v outside log1p's domain) is handed to hiddenTerm itself, which then takes that route.
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';
import type { ForwardCache } from './forwardCache.ts';
import { expm1NearZero as importedExpm1, log1pNearZero as importedLog1p } from './nearZero.ts';
import * as perturbedTerm from './perturbedTerm.ts';

// Imports copied into module constants: tsx (Node) turns imported bindings into getters, a call each use.
const expm1NearZero = importedExpm1;
const log1pNearZero = importedLog1p;
const { hiddenTerm, DELTA, SHORT_SERIES_LIMIT } = perturbedTerm;

/** Pixel-major lists of the batch's non-zero inputs: for pixel i, samples rows[start[i]…start[i+1]) and values. */
export interface PixelSamples {
  readonly start: Int32Array;
  readonly rows: Int32Array;
  readonly values: Float64Array;
}

/** The lists of pixels [i0, i1) (the others are left empty: a range job needs only its own pixels). */
export function nonZeroByPixel(x: Float64Array, batch: number, d: number, i0 = 0, i1 = d): PixelSamples {
  const start = new Int32Array(d + 1);
  for (let n = 0; n < batch; n++) for (let i = i0; i < i1; i++) if (x[n * d + i] !== 0) start[i + 1]++;
  for (let i = 0; i < d; i++) start[i + 1] += start[i];
  const rows = new Int32Array(start[d]);
  const values = new Float64Array(start[d]);
  const fill = start.slice(0, d);
  for (let n = 0; n < batch; n++) {
    for (let i = i0; i < i1; i++) {
      const v = x[n * d + i];
      if (v !== 0) {
        rows[fill[i]] = n;
        values[fill[i]++] = v;
      }
    }
  }
  return { start, rows, values };
}

/**
 * out[at + j − j0] = (L(W1[i][j] + h) − L(W1[i][j] − h)) / 2h for j in [j0, j1), where each L is
 * −(unaffected + Σ the terms of the samples pixel i touches, in their order) / batch, as the job sums it.
 * `row` and `e` are scratch of outputSize for hiddenTerm's plain route.
 */
export function pixelGradient(
  p: TwoLayerNetParams, c: ForwardCache, nz: PixelSamples, i: number, j0: number, j1: number,
  unaffected: number, h: number, out: Float64Array, at: number, row: Float64Array, e: Float64Array,
): void {
  const { hiddenSize: hs, outputSize: o, W1, W2 } = p;
  const { expNegA1, z1, y, logs, labels, w2RowMax, batch } = c;
  const { rows, values } = nz;
  const r0 = nz.start[i];
  const r1 = nz.start[i + 1];
  for (let j = j0; j < j1; j++) {
    const w = W1[i * hs + j];
    const stepUp = w + h - w;
    const stepDown = w - h - w;
    const wo = j * o;
    const rowMax = w2RowMax[j];
    let up = unaffected;
    let down = unaffected;
    for (let r = r0; r < r1; r++) {
      const n = rows[r];
      const xv = values[r];
      const daUp = xv * stepUp;
      const daDown = xv * stepDown;
      const q = n * hs + j;
      const E = expNegA1[q];
      const z = z1[q];
      const emUp = expm1NearZero(-daUp);
      const emDown = expm1NearZero(-daDown);
      const dzUp = -E * emUp * z / (1 + E + E * emUp);
      const dzDown = -E * emDown * z / (1 + E + E * emDown);
      // Not finite, 0 or too big for the short series: fails this test, hiddenTerm's other routes.
      if (!(dzUp !== 0 && dzDown !== 0 && Math.abs(dzUp) * rowMax < SHORT_SERIES_LIMIT && Math.abs(dzDown) * rowMax < SHORT_SERIES_LIMIT)) {
        up += hiddenTerm(p, c, row, e, n, j, daUp);
        down += hiddenTerm(p, c, row, e, n, j, daDown);
        continue;
      }
      const yo = n * o;
      let mUp = 0;
      let mDown = 0;
      for (let k = 0; k < o; k++) {
        const wk = W2[wo + k];
        const yk = y[yo + k];
        const u = dzUp * wk;
        mUp += yk * (u * (1 + u * (1 / 2 + u * (1 / 6 + u * (1 / 24)))));
        const d = dzDown * wk;
        mDown += yk * (d * (1 + d * (1 / 2 + d * (1 / 6 + d * (1 / 24)))));
      }
      const t = labels[n];
      const wt = W2[wo + t];
      const ut = dzUp * wt;
      const dt = dzDown * wt;
      const gtUp = ut * (1 + ut * (1 / 2 + ut * (1 / 6 + ut * (1 / 24))));
      const gtDown = dt * (1 + dt * (1 / 2 + dt * (1 / 6 + dt * (1 / 24))));
      const yt = y[yo + t];
      const vUp = (yt * (gtUp - mUp)) / ((1 + mUp) * (yt + DELTA));
      const vDown = (yt * (gtDown - mDown)) / ((1 + mDown) * (yt + DELTA));
      up += Number.isFinite(vUp) && vUp > -1 ? logs[n] + log1pNearZero(vUp) : hiddenTerm(p, c, row, e, n, j, daUp);
      down += Number.isFinite(vDown) && vDown > -1 ? logs[n] + log1pNearZero(vDown) : hiddenTerm(p, c, row, e, n, j, daDown);
    }
    out[at + j - j0] = (-up / batch - -down / batch) / (2 * h);
  }
}
