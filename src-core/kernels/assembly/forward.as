// Forward pass: x·W1 over nonzero pixels only, sigmoid, z·W2, softmax with the book's cross-entropy.
import { MATH, NNZ_OFF, NNZ_START, NNZ_VAL, NV, O, W1, B1, W2T, B2, H, Z1 } from './layout';
import { hsum4, sigmoid4 } from './simdMath';

// Raw sums x·W1 of 13 hidden vectors from row byte offset `col`, for samples [s0, s1) of the lists.
function sums13(col: usize, s0: i32, s1: i32): void {
  const offs = NNZ_OFF, vals = NNZ_VAL, base = W1 + col, rowBytes = <usize>NV << 4;
  for (let s = s0; s < s1; s++) {
    const n0 = load<i32>(NNZ_START + (<usize>s << 2)), n1 = load<i32>(NNZ_START + (<usize>s << 2), 4);
    let a0 = f32x4.splat(0); let a1 = f32x4.splat(0); let a2 = f32x4.splat(0); let a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0); let a5 = f32x4.splat(0); let a6 = f32x4.splat(0); let a7 = f32x4.splat(0);
    let a8 = f32x4.splat(0); let a9 = f32x4.splat(0); let a10 = f32x4.splat(0); let a11 = f32x4.splat(0);
    let a12 = f32x4.splat(0);
    for (let n = n0; n < n1; n++) {
      const w = base + <usize>load<i32>(offs + (<usize>n << 2));
      const x = v128.load32_splat(vals + (<usize>n << 2));
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w, 0)));
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(w, 16)));
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(w, 32)));
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(w, 48)));
      a4 = f32x4.add(a4, f32x4.mul(x, v128.load(w, 64)));
      a5 = f32x4.add(a5, f32x4.mul(x, v128.load(w, 80)));
      a6 = f32x4.add(a6, f32x4.mul(x, v128.load(w, 96)));
      a7 = f32x4.add(a7, f32x4.mul(x, v128.load(w, 112)));
      a8 = f32x4.add(a8, f32x4.mul(x, v128.load(w, 128)));
      a9 = f32x4.add(a9, f32x4.mul(x, v128.load(w, 144)));
      a10 = f32x4.add(a10, f32x4.mul(x, v128.load(w, 160)));
      a11 = f32x4.add(a11, f32x4.mul(x, v128.load(w, 176)));
      a12 = f32x4.add(a12, f32x4.mul(x, v128.load(w, 192)));
    }
    const o = Z1 + <usize>s * rowBytes + col;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
    v128.store(o, a8, 128); v128.store(o, a9, 144); v128.store(o, a10, 160); v128.store(o, a11, 176);
    v128.store(o, a12, 192);
  }
}

// Raw sums x·W1 of 8 hidden vectors from row byte offset `col`, for samples [s0, s1) of the lists.
function sums8(col: usize, s0: i32, s1: i32): void {
  const offs = NNZ_OFF, vals = NNZ_VAL, base = W1 + col, rowBytes = <usize>NV << 4;
  for (let s = s0; s < s1; s++) {
    const n0 = load<i32>(NNZ_START + (<usize>s << 2)), n1 = load<i32>(NNZ_START + (<usize>s << 2), 4);
    let a0 = f32x4.splat(0); let a1 = f32x4.splat(0); let a2 = f32x4.splat(0); let a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0); let a5 = f32x4.splat(0); let a6 = f32x4.splat(0); let a7 = f32x4.splat(0);
    for (let n = n0; n < n1; n++) {
      const w = base + <usize>load<i32>(offs + (<usize>n << 2));
      const x = v128.load32_splat(vals + (<usize>n << 2));
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w, 0)));
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(w, 16)));
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(w, 32)));
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(w, 48)));
      a4 = f32x4.add(a4, f32x4.mul(x, v128.load(w, 64)));
      a5 = f32x4.add(a5, f32x4.mul(x, v128.load(w, 80)));
      a6 = f32x4.add(a6, f32x4.mul(x, v128.load(w, 96)));
      a7 = f32x4.add(a7, f32x4.mul(x, v128.load(w, 112)));
    }
    const o = Z1 + <usize>s * rowBytes + col;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
  }
}

// Raw sums x·W1 of 4 hidden vectors from row byte offset `col`, for samples [s0, s1) of the lists.
function sums4(col: usize, s0: i32, s1: i32): void {
  const offs = NNZ_OFF, vals = NNZ_VAL, base = W1 + col, rowBytes = <usize>NV << 4;
  for (let s = s0; s < s1; s++) {
    const n0 = load<i32>(NNZ_START + (<usize>s << 2)), n1 = load<i32>(NNZ_START + (<usize>s << 2), 4);
    let a0 = f32x4.splat(0); let a1 = f32x4.splat(0); let a2 = f32x4.splat(0); let a3 = f32x4.splat(0);
    for (let n = n0; n < n1; n++) {
      const w = base + <usize>load<i32>(offs + (<usize>n << 2));
      const x = v128.load32_splat(vals + (<usize>n << 2));
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w, 0)));
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(w, 16)));
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(w, 32)));
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(w, 48)));
    }
    const o = Z1 + <usize>s * rowBytes + col;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
  }
}

// One hidden vector: four partial sums over alternating pixels keep the adder busy.
function sums1(col: usize, s0: i32, s1: i32): void {
  const offs = NNZ_OFF, vals = NNZ_VAL, base = W1 + col, rowBytes = <usize>NV << 4;
  for (let s = s0; s < s1; s++) {
    const n1 = load<i32>(NNZ_START + (<usize>s << 2), 4);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    let n = load<i32>(NNZ_START + (<usize>s << 2));
    for (; n + 4 <= n1; n += 4) {
      const p = offs + (<usize>n << 2), q = vals + (<usize>n << 2);
      a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(q, 0), v128.load(base + <usize>load<i32>(p, 0))));
      a1 = f32x4.add(a1, f32x4.mul(v128.load32_splat(q, 4), v128.load(base + <usize>load<i32>(p, 4))));
      a2 = f32x4.add(a2, f32x4.mul(v128.load32_splat(q, 8), v128.load(base + <usize>load<i32>(p, 8))));
      a3 = f32x4.add(a3, f32x4.mul(v128.load32_splat(q, 12), v128.load(base + <usize>load<i32>(p, 12))));
    }
    for (; n < n1; n++) {
      a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(vals + (<usize>n << 2)), v128.load(base + <usize>load<i32>(offs + (<usize>n << 2)))));
    }
    v128.store(Z1 + <usize>s * rowBytes + col, f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)));
  }
}

// Z1 rows [s0, s1) = σ(x·W1 + b1) from the sparse lists; padded lanes are set to 0.
// The sums run in register blocks of 13 hidden vectors (the book's 50 units in one pass), 8 and 4, each a
// separate loop over the samples so the compiler keeps all sums in registers (x86-64 has 16: 13 + x + w).
export function layer1(s0: i32, s1: i32): void {
  const nv = NV, rowBytes = <usize>NV << 4, k = MATH;
  let v = 0;
  for (; v + 13 <= nv; v += 13) sums13(<usize>v << 4, s0, s1);
  for (; v + 8 <= nv; v += 8) sums8(<usize>v << 4, s0, s1);
  for (; v + 4 <= nv; v += 4) sums4(<usize>v << 4, s0, s1);
  for (; v < nv; v++) sums1(<usize>v << 4, s0, s1);
  for (let s = s0; s < s1; s++) {
    const z = Z1 + <usize>s * rowBytes;
    for (v = 0; v < nv; v++) {
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
