// Natural log computed exactly as glibc's __log_fma (the ARM optimized-routines algorithm) that numpy's
// legacy gauss calls on Linux: Math.log (fdlibm in V8) differs from it in ~7% of inputs, enough to
// change randn's last bit. Operation order and every fused multiply-add follow the x86-64 FMA build.
import { fma } from './fma.ts';
import { A, B, LN2HI, LN2LO, T } from './logData.generated.ts';

const view = new DataView(new ArrayBuffer(8));

// |x − 1| small: log1p as a polynomial, with r² split in two halves so −r²/2 is exact.
function logNearOne(x: number): number {
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const a1 = fma(r2, B[3], fma(r, B[2], B[1]));
  const a2 = fma(r2, B[6], fma(r, B[5], B[4]));
  const a3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const poly = fma(fma(a3, r3, a2), r3, a1);
  const rhi = fma(-134217728, r, fma(r, 134217728, r)); // r rounded to 26 bits
  const rlo = r - rhi;
  const hiSq = rhi * rhi;
  const hi = fma(hiSq, B[0], r);
  let lo = fma(hiSq, B[0], r - hi);
  lo = fma(B[0] * rlo, r + rhi, lo);
  return hi + fma(poly, r3, lo);
}

export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) return x === 1 ? 0 : logNearOne(x);
  if (!(x > 0) || x === Infinity) return Math.log(x); // 0, negatives, NaN and ∞ need no rounding
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 4503599627370496; // 2^52 normalizes subnormals
    k = -52;
  }
  // x = 2^k·z with z in [0x1.6p-1, 0x1.6p0); i picks the table entry c ≈ z.
  view.setFloat64(0, x);
  const top = view.getUint32(0);
  const tmp = (top - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 0x7f;
  k += tmp >> 20;
  view.setUint32(0, top - (tmp & 0xfff00000));
  const z = view.getFloat64(0);
  const invc = T[2 * i];
  const logc = T[2 * i + 1];
  // log(x) = log1p(z/c − 1) + log(c) + k·ln2.
  const r = fma(z, invc, -1);
  const w = fma(k, LN2HI, logc);
  const hi = r + w;
  const r2 = r * r;
  const lo = fma(r2, A[0], fma(k, LN2LO, (w - hi) + r));
  const q = fma(fma(r, A[4], A[3]), r2, fma(r, A[2], A[1]));
  return fma(r * r2, q, lo) + hi;
}
