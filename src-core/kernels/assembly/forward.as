// Forward pass: x·W1 over nonzero pixels only, sigmoid, z·W2, softmax with the book's cross-entropy.
import { B1, B2, ENTRIES, H, LIST_ROW, LIST_START, MATH, NV, O, ROWB, W1, W2T, Z1 } from './layout';
import { combine } from './combine';
import { hsum4, sigmoid4 } from './simdMath';

// Z1 rows [s0, s1) = σ(x·W1 + b1) from the per-sample lists; padded lanes are set to 0.
export function layer1(s0: i32, s1: i32): void {
  combine(ENTRIES, LIST_START, LIST_ROW, s0, s1, W1, Z1, false);
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

// a = z·W2 + b2 for one sample, four outputs at a time, written as f64 (softmax and the loss run in f64).
export function layer2(z: usize, a: usize): void {
  const nv = NV, rowBytes = <usize>NV << 4, o = O;
  let c = 0;
  for (; c + 4 <= o; c += 4) {
    const w = W2T + <usize>c * rowBytes;
    let s0 = f32x4.splat(0), s1 = f32x4.splat(0), s2 = f32x4.splat(0), s3 = f32x4.splat(0);
    for (let v = 0; v < nv; v++) {
      const off = <usize>v << 4;
      const zv = v128.load(z + off);
      s0 = f32x4.add(s0, f32x4.mul(zv, v128.load(w + off)));
      s1 = f32x4.add(s1, f32x4.mul(zv, v128.load(w + rowBytes + off)));
      s2 = f32x4.add(s2, f32x4.mul(zv, v128.load(w + 2 * rowBytes + off)));
      s3 = f32x4.add(s3, f32x4.mul(zv, v128.load(w + 3 * rowBytes + off)));
    }
    const b = B2 + (<usize>c << 2), out = a + (<usize>c << 3);
    store<f64>(out, <f64>(hsum4(s0) + load<f32>(b, 0)), 0);
    store<f64>(out, <f64>(hsum4(s1) + load<f32>(b, 4)), 8);
    store<f64>(out, <f64>(hsum4(s2) + load<f32>(b, 8)), 16);
    store<f64>(out, <f64>(hsum4(s3) + load<f32>(b, 12)), 24);
  }
  for (; c < o; c++) {
    const w = W2T + <usize>c * rowBytes;
    let s0 = f32x4.splat(0);
    for (let v = 0; v < nv; v++) s0 = f32x4.add(s0, f32x4.mul(v128.load(z + (<usize>v << 4)), v128.load(w + (<usize>v << 4))));
    store<f64>(a + (<usize>c << 3), <f64>(hsum4(s0) + load<f32>(B2 + (<usize>c << 2))));
  }
}

// Index of the largest score (the first one on ties, as np.argmax).
export function argmax(a: usize): i32 {
  let best = 0;
  let top = load<f64>(a);
  for (let c = 1; c < O; c++) {
    const v = load<f64>(a + (<usize>c << 3));
    if (v > top) { top = v; best = c; }
  }
  return best;
}

// Softmax of one sample's scores in place (f64, the book's max-shifted form); returns −log(y_t + 1e-7).
export function softmaxLoss(a: usize, t: i32): f64 {
  let m = load<f64>(a);
  for (let c = 1; c < O; c++) m = Math.max(m, load<f64>(a + (<usize>c << 3)));
  let sum = 0.0;
  for (let c = 0; c < O; c++) {
    const e = Math.exp(load<f64>(a + (<usize>c << 3)) - m);
    store<f64>(a + (<usize>c << 3), e);
    sum += e;
  }
  for (let c = 0; c < O; c++) store<f64>(a + (<usize>c << 3), load<f64>(a + (<usize>c << 3)) / sum);
  return -Math.log(load<f64>(a + (<usize>t << 3)) + 1e-7);
}
