// Test helper: the incremental numerical gradient written out term by term, as the job was before its W1
// loop was fused (pixelGradient.ts): one hiddenTerm / outputTerm call per sample and nudge, summed in the
// same orders (W1: the untouched samples' cached terms, then the touched ones in sample order; b1, W2, b2:
// numpy's pairwise order). The job must give these doubles exactly.
import { pairwiseSum } from '../../../loss/pairwiseSum.ts';
import type { TwoLayerNetParams } from '../../twoLayerNetParams.ts';
import { forwardCache } from '../forwardCache.ts';
import { hiddenTerm, outputTerm } from '../perturbedTerm.ts';

export function termByTermGradient(p: TwoLayerNetParams, x: Float64Array, labels: Int32Array, h = 1e-4): Float64Array {
  const { inputSize: d, hiddenSize: hs, outputSize: o } = p;
  const c = forwardCache(p, x, labels);
  const batch = labels.length;
  const row = new Float64Array(o);
  const e = new Float64Array(o);
  const central = (up: number, down: number) => (up - down) / (2 * h);
  const pairwiseLoss = (term: (n: number) => number) => -pairwiseSum(Float64Array.from({ length: batch }, (_, n) => term(n))) / batch;
  const out: number[] = [];
  for (let i = 0; i < d; i++) {
    const touched = Array.from({ length: batch }, (_, n) => x[n * d + i] !== 0);
    let unaffected = 0;
    for (let n = 0; n < batch; n++) if (!touched[n]) unaffected += c.logs[n];
    for (let j = 0; j < hs; j++) {
      if (!touched.includes(true)) {
        out.push(0);
        continue;
      }
      const w = p.W1[i * hs + j];
      let up = unaffected;
      let down = unaffected;
      for (let n = 0; n < batch; n++) {
        if (!touched[n]) continue;
        up += hiddenTerm(p, c, row, e, n, j, x[n * d + i] * (w + h - w));
        down += hiddenTerm(p, c, row, e, n, j, x[n * d + i] * (w - h - w));
      }
      out.push(central(-up / batch, -down / batch));
    }
  }
  for (let j = 0; j < hs; j++) {
    const w = p.b1[j];
    out.push(central(pairwiseLoss((n) => hiddenTerm(p, c, row, e, n, j, w + h - w)), pairwiseLoss((n) => hiddenTerm(p, c, row, e, n, j, w - h - w))));
  }
  const output = (w: number, j: number, k: number) => {
    const step = (n: number, s: number) => (j < 0 ? s : c.z1[n * hs + j] * s);
    return central(pairwiseLoss((n) => outputTerm(c, row, e, n, k, step(n, w + h - w))), pairwiseLoss((n) => outputTerm(c, row, e, n, k, step(n, w - h - w))));
  };
  for (let q = 0; q < hs * o; q++) out.push(output(p.W2[q], Math.floor(q / o), q % o));
  for (let k = 0; k < o; k++) out.push(output(p.b2[k], -1, k));
  return Float64Array.from(out);
}
