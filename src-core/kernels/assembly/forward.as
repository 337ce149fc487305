// Forward pass: x·W1 over nonzero pixels only, sigmoid, z·W2, softmax with the book's cross-entropy.
import { A2, B1, B2, ENTRIES, H, LIST_ROW, LIST_START, MATH, NV, O, OV, ROWB, W1, W2T, Z1 } from './layout';
import { combine } from './combine';
import { exp4, hsum4, madd, sigmoid4 } from './simdMath';

// Z1 rows [s0, s1) = σ(x·W1 + b1) from the per-sample lists; padded lanes are set to 0.
export function layer1(s0: i32, s1: i32): void {
  combine(ENTRIES, LIST_START, LIST_ROW, s0, s1, W1, Z1);
  const nv = NV, rowBytes = <usize>ROWB, k = MATH;
  for (let s = s0; s < s1; s++) {
    const z = Z1 + <usize>s * rowBytes;
    for (let v = 0; v < nv; v++) {
      const off = <usize>v << 4;
      v128.store(z + off, sigmoid4(f32x4.add(v128.load(z + off), v128.load(B1 + off)), k));
    }
    for (let j = H; j < nv << 2; j++) store<f32>(z + (<usize>j << 2), 0);
  }
}

// Sums of four vectors' lanes as one vector: [Σa, Σb, Σc, Σd].
@inline function sum4x4(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = f32x4.add(i32x4.shuffle(a, b, 0, 4, 1, 5), i32x4.shuffle(a, b, 2, 6, 3, 7));
  const cd = f32x4.add(i32x4.shuffle(c, d, 0, 4, 1, 5), i32x4.shuffle(c, d, 2, 6, 3, 7));
  return f32x4.add(i32x4.shuffle(ab, cd, 0, 1, 4, 5), i32x4.shuffle(ab, cd, 2, 3, 6, 7));
}

// A2 rows [s0, s1) = z·W2 + b2: four outputs of two samples at a time, eight independent sums (W2 is stored
// transposed, so these are dot products along hidden, summed across lanes at the end).
export function layer2(s0: i32, s1: i32): void {
  const nv = NV, ov = OV, rowBytes = <usize>ROWB;
  for (let s = s0; s < s1; s += 2) {
    const z = Z1 + <usize>s * rowBytes, a = A2 + (<usize>(s * ov) << 4);
    const pair = s + 1 < s1;
    const y = pair ? z + rowBytes : z; // an odd last sample is computed twice, stored once
    for (let g = 0; g < ov; g++) {
      const w = W2T + (<usize>g << 2) * rowBytes;
      let c0 = f32x4.splat(0), c1 = f32x4.splat(0), c2 = f32x4.splat(0), c3 = f32x4.splat(0);
      let d0 = f32x4.splat(0), d1 = f32x4.splat(0), d2 = f32x4.splat(0), d3 = f32x4.splat(0);
      for (let v = 0; v < nv; v++) {
        const off = <usize>v << 4;
        const zv = v128.load(z + off), yv = v128.load(y + off);
        let wv = v128.load(w + off);
        c0 = madd(zv, wv, c0);
        d0 = madd(yv, wv, d0);
        wv = v128.load(w + rowBytes + off);
        c1 = madd(zv, wv, c1);
        d1 = madd(yv, wv, d1);
        wv = v128.load(w + 2 * rowBytes + off);
        c2 = madd(zv, wv, c2);
        d2 = madd(yv, wv, d2);
        wv = v128.load(w + 3 * rowBytes + off);
        c3 = madd(zv, wv, c3);
        d3 = madd(yv, wv, d3);
      }
      const b = v128.load(B2 + (<usize>g << 4));
      v128.store(a + (<usize>g << 4), f32x4.add(sum4x4(c0, c1, c2, c3), b));
      if (pair) v128.store(a + (<usize>(ov + g) << 4), f32x4.add(sum4x4(d0, d1, d2, d3), b));
    }
  }
}

// Index of the largest of the O scores in row s (the first one on ties, as np.argmax).
export function argmax(s: i32): i32 {
  const a = A2 + (<usize>(s * OV) << 4);
  let best = 0;
  let top = load<f32>(a);
  for (let c = 1; c < O; c++) {
    const v = load<f32>(a + (<usize>c << 2));
    if (v > top) { top = v; best = c; }
  }
  return best;
}

// Softmax of row s in place (the book's max-shifted form, padding lanes 0).
export function softmax(s: i32): void {
  const ov = OV, k = MATH, a = A2 + (<usize>(s * ov) << 4), lanes = v128.load(k, 224), o = i32x4.splat(O);
  let m = f32x4.splat(-Infinity);
  for (let g = 0; g < ov; g++) {
    const real = i32x4.lt_s(i32x4.add(lanes, i32x4.splat(g << 2)), o);
    m = f32x4.pmax(m, v128.bitselect(v128.load(a + (<usize>g << 4)), f32x4.splat(-Infinity), real));
  }
  m = f32x4.pmax(m, i32x4.shuffle(m, m, 2, 3, 0, 1));
  m = f32x4.pmax(m, i32x4.shuffle(m, m, 1, 0, 3, 2));
  let sum = f32x4.splat(0);
  for (let g = 0; g < ov; g++) {
    const real = i32x4.lt_s(i32x4.add(lanes, i32x4.splat(g << 2)), o);
    const x = f32x4.sub(v128.load(a + (<usize>g << 4)), m);
    // Shifted scores below −34 give probability 0 (not e^−34/Σ ≈ 1e-15 or less): nothing downstream becomes
    // subnormal, which x86 computes ~100× slower (a saturated network, lr ≥ 20). NaN stays NaN (lt is false).
    const e = v128.andnot(v128.and(exp4(x, k), real), f32x4.lt(x, v128.load(k, 272)));
    v128.store(a + (<usize>g << 4), e);
    sum = f32x4.add(sum, e);
  }
  const inv = f32x4.splat(<f32>1.0 / hsum4(sum));
  for (let g = 0; g < ov; g++) v128.store(a + (<usize>g << 4), f32x4.mul(v128.load(a + (<usize>g << 4)), inv));
}

// The book's cross-entropy of row s (after softmax) for label t: −log(y_t + 1e-7), in f64.
export function crossEntropy(s: i32, t: i32): f64 {
  return -Math.log(<f64>load<f32>(A2 + (<usize>(s * OV) << 4) + (<usize>t << 2)) + 1e-7);
}
