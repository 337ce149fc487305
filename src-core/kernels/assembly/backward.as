// Backprop with the book's formulas, applying params −= lr·grad as soon as each gradient is known:
// dy = (y − t)/B (from forward); da1 = σ'(a1)·(dy W2ᵀ); W2 −= lr·z1ᵀdy; b2 −= lr·Σdy; b1 −= lr·Σda1; W1 −= lr·xᵀda1.
import { madd } from './simdMath';
import { B1, B2, D, DA1, DY, ENTRIES, LIST_START, NV, O, OV, ROWB, W1, W2T, Z1 } from './layout';

// da1 = (1 − z1)·z1·(dy·W2ᵀ), before W2 changes.
export function hiddenGradient(batch: i32): void {
  const rowBytes = <usize>NV << 4, nv = NV, o = O;
  for (let s = 0; s < batch; s++) {
    const z = Z1 + <usize>s * rowBytes, d = DA1 + <usize>s * rowBytes, dy = DY + (<usize>(s * OV) << 4);
    let v = 0;
    for (; v + 4 <= nv; v += 4) {
      const off = <usize>v << 4;
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      for (let c = 0; c < o; c++) {
        const g = v128.load32_splat(dy + (<usize>c << 2));
        const w = W2T + <usize>c * rowBytes + off;
        a0 = madd(g, v128.load(w, 0), a0);
        a1 = madd(g, v128.load(w, 16), a1);
        a2 = madd(g, v128.load(w, 32), a2);
        a3 = madd(g, v128.load(w, 48), a3);
      }
      const zp = z + off, dp = d + off, one = f32x4.splat(1);
      let zv = v128.load(zp, 0);
      v128.store(dp, f32x4.mul(f32x4.mul(f32x4.sub(one, zv), zv), a0), 0);
      zv = v128.load(zp, 16);
      v128.store(dp, f32x4.mul(f32x4.mul(f32x4.sub(one, zv), zv), a1), 16);
      zv = v128.load(zp, 32);
      v128.store(dp, f32x4.mul(f32x4.mul(f32x4.sub(one, zv), zv), a2), 32);
      zv = v128.load(zp, 48);
      v128.store(dp, f32x4.mul(f32x4.mul(f32x4.sub(one, zv), zv), a3), 48);
    }
    for (; v < nv; v++) {
      const off = <usize>v << 4;
      let a0 = f32x4.splat(0);
      for (let c = 0; c < o; c++) {
        a0 = madd(v128.load32_splat(dy + (<usize>c << 2)), v128.load(W2T + <usize>c * rowBytes + off), a0);
      }
      const zv = v128.load(z + off);
      v128.store(d + off, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.splat(1), zv), zv), a0));
    }
  }
}

// W2 −= lr·z1ᵀdy (W2 stored transposed: row c is Σ_s dy[s,c]·z1[s]) and b2 −= lr·Σdy.
export function updateLayer2(batch: i32, lr: f32): void {
  const rowBytes = <usize>NV << 4, nv = NV, o = O, op = OV << 2, step = f32x4.splat(lr);
  for (let c = 0; c < o; c++) {
    let db: f32 = 0;
    for (let s = 0; s < batch; s++) db += load<f32>(DY + (<usize>(s * op + c) << 2));
    store<f32>(B2 + (<usize>c << 2), load<f32>(B2 + (<usize>c << 2)) - lr * db);
    const row = W2T + <usize>c * rowBytes;
    let v = 0;
    for (; v + 4 <= nv; v += 4) {
      const off = <usize>v << 4;
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      for (let s = 0; s < batch; s++) {
        const g = v128.load32_splat(DY + (<usize>(s * op + c) << 2));
        const z = Z1 + <usize>s * rowBytes + off;
        a0 = madd(g, v128.load(z, 0), a0);
        a1 = madd(g, v128.load(z, 16), a1);
        a2 = madd(g, v128.load(z, 32), a2);
        a3 = madd(g, v128.load(z, 48), a3);
      }
      const w = row + off;
      v128.store(w, f32x4.sub(v128.load(w, 0), f32x4.mul(step, a0)), 0);
      v128.store(w, f32x4.sub(v128.load(w, 16), f32x4.mul(step, a1)), 16);
      v128.store(w, f32x4.sub(v128.load(w, 32), f32x4.mul(step, a2)), 32);
      v128.store(w, f32x4.sub(v128.load(w, 48), f32x4.mul(step, a3)), 48);
    }
    for (; v < nv; v++) {
      const off = <usize>v << 4;
      let a0 = f32x4.splat(0);
      for (let s = 0; s < batch; s++) {
        a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(DY + (<usize>(s * op + c) << 2)), v128.load(Z1 + <usize>s * rowBytes + off)));
      }
      v128.store(row + off, f32x4.sub(v128.load(row + off), f32x4.mul(step, a0)));
    }
  }
}

// w + x·d, rounded twice (a multiply, then an add) in every build. With a fused multiply-add here the relaxed
// build's W1 update took 106 µs in Chromium 156 against the plain build's 74 (\`npm run bench --
// twoLayerNetChromium\`, per-phase rows; the forward pass, which accumulates in registers, gains from fusing).
// Unfused, this phase computes the same numbers in both builds.
@inline function addProduct(w: v128, x: v128, d: v128): v128 {
  return f32x4.add(w, f32x4.mul(x, d));
}

// W1 rows of sample s's pixels += x · d for 13 vectors from column byte `col` (d = −lr·da1[s], in registers:
// 13 + the value + one load fit V8's 15 free xmm registers without spilling; one walk of the list).
function rows13(s: i32, col: usize, from: usize, to: usize): void {
  const d = DA1 + <usize>s * <usize>ROWB + col, base = W1 + col;
  let p = from;
  const end = to;
  const d0 = v128.load(d, 0); const d1 = v128.load(d, 16); const d2 = v128.load(d, 32); const d3 = v128.load(d, 48);
  const d4 = v128.load(d, 64); const d5 = v128.load(d, 80); const d6 = v128.load(d, 96); const d7 = v128.load(d, 112);
  const d8 = v128.load(d, 128); const d9 = v128.load(d, 144); const d10 = v128.load(d, 160); const d11 = v128.load(d, 176);
  const d12 = v128.load(d, 192);
  for (; p < end; p += 8) {
    const w = base + <usize>load<i32>(p);
    const x = v128.load32_splat(p, 4);
    v128.store(w, addProduct(v128.load(w, 0), x, d0), 0);
    v128.store(w, addProduct(v128.load(w, 16), x, d1), 16);
    v128.store(w, addProduct(v128.load(w, 32), x, d2), 32);
    v128.store(w, addProduct(v128.load(w, 48), x, d3), 48);
    v128.store(w, addProduct(v128.load(w, 64), x, d4), 64);
    v128.store(w, addProduct(v128.load(w, 80), x, d5), 80);
    v128.store(w, addProduct(v128.load(w, 96), x, d6), 96);
    v128.store(w, addProduct(v128.load(w, 112), x, d7), 112);
    v128.store(w, addProduct(v128.load(w, 128), x, d8), 128);
    v128.store(w, addProduct(v128.load(w, 144), x, d9), 144);
    v128.store(w, addProduct(v128.load(w, 160), x, d10), 160);
    v128.store(w, addProduct(v128.load(w, 176), x, d11), 176);
    v128.store(w, addProduct(v128.load(w, 192), x, d12), 192);
  }
}

// W1 rows of sample s's pixels += x · d for 4 vectors from column byte `col` (d = −lr·da1[s], in registers).
function rows4(s: i32, col: usize, from: usize, to: usize): void {
  const d = DA1 + <usize>s * <usize>ROWB + col, base = W1 + col;
  let p = from;
  const end = to;
  const d0 = v128.load(d, 0); const d1 = v128.load(d, 16); const d2 = v128.load(d, 32); const d3 = v128.load(d, 48);
  for (; p < end; p += 8) {
    const w = base + <usize>load<i32>(p);
    const x = v128.load32_splat(p, 4);
    v128.store(w, addProduct(v128.load(w, 0), x, d0), 0);
    v128.store(w, addProduct(v128.load(w, 16), x, d1), 16);
    v128.store(w, addProduct(v128.load(w, 32), x, d2), 32);
    v128.store(w, addProduct(v128.load(w, 48), x, d3), 48);
  }
}

// One vector of the same.
function rows1(s: i32, col: usize, from: usize, to: usize): void {
  const d0 = v128.load(DA1 + <usize>s * <usize>ROWB + col), base = W1 + col;
  let p = from;
  const end = to;
  for (; p < end; p += 8) {
    const w = base + <usize>load<i32>(p);
    v128.store(w, addProduct(v128.load(w), v128.load32_splat(p, 4), d0));
  }
}

// b1 −= lr·Σda1, then W1 −= lr·xᵀda1: W1[k] += x_s,k·(−lr·da1[s]) for each sample s and its nonzero pixels k.
export function updateLayer1(batch: i32, lr: f32): void {
  scaleHiddenGradient(batch, lr);
  updateRows(batch, 0, D);
}

// b1 −= lr·Σda1, then da1 becomes −lr·da1 (what updateRows adds).
export function scaleHiddenGradient(batch: i32, lr: f32): void {
  const rowBytes = <usize>ROWB, nv = NV;
  for (let v = 0; v < nv; v++) {
    const off = <usize>v << 4;
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0);
    let s = 0;
    for (; s + 2 <= batch; s += 2) {
      a0 = f32x4.add(a0, v128.load(DA1 + <usize>s * rowBytes + off));
      a1 = f32x4.add(a1, v128.load(DA1 + <usize>(s + 1) * rowBytes + off));
    }
    if (s < batch) a0 = f32x4.add(a0, v128.load(DA1 + <usize>s * rowBytes + off));
    v128.store(B1 + off, f32x4.sub(v128.load(B1 + off), f32x4.mul(f32x4.splat(lr), f32x4.add(a0, a1))));
  }
  const neg = f32x4.splat(-lr);
  for (let q: usize = 0, n = <usize>batch * <usize>nv; q < n; q++) v128.store(DA1 + (q << 4), f32x4.mul(neg, v128.load(DA1 + (q << 4))));
}

// W1 rows [k0, k1) (pixels) += xᵀ·da1 (da1 already scaled): read-modify-write of the touched rows, sample by
// sample, in register blocks of 13 vectors (the book's 50 hidden units in one walk of the list; 7 + 6 in two
// walks was ~8% slower in Node 20), then 4 and 1. Every weight gets the same additions in the same order
// whatever the range, so two threads may split the pixels and the result is the same bits. (Split by column,
// both threads wrote the same cache lines of every row: slower than one.)
export function updateRows(batch: i32, k0: i32, k1: i32): void {
  const lo = k0 * ROWB, hi = k1 * ROWB, nv = NV;
  for (let s = 0; s < batch; s++) {
    const first = ENTRIES + (<usize>load<i32>(LIST_START + (<usize>s << 2)) << 3);
    const last = ENTRIES + (<usize>load<i32>(LIST_START + (<usize>s << 2), 4) << 3);
    // A sample's entries go by pixel: its part of [k0, k1) is one run of them.
    let from = first, to = last;
    if (k0 > 0) while (from < last && load<i32>(from) < lo) from += 8;
    if (k1 < D) {
      to = from;
      while (to < last && load<i32>(to) < hi) to += 8;
    }
    let v = 0;
    for (; v + 13 <= nv; v += 13) rows13(s, <usize>v << 4, from, to);
    for (; v + 4 <= nv; v += 4) rows4(s, <usize>v << 4, from, to);
    for (; v < nv; v++) rows1(s, <usize>v << 4, from, to);
  }
}
