// Backprop with the book's formulas, applying params −= lr·grad as soon as each gradient is known:
// dy = (y − t)/B (from forward); da1 = σ'(a1)·(dy W2ᵀ); W2 −= lr·z1ᵀdy; b2 −= lr·Σdy; b1 −= lr·Σda1; W1 −= lr·xᵀda1.
import { B1, B2, COL_COUNT, COL_ENTRIES, COL_ROW, COL_START, COLS, D, DA1, DY, ENTRIES, LIST_START, NV, O, OV, PIXEL, ROWB, W1, W2T, Z1 } from './layout';
import { combine } from './combine';

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
        a0 = f32x4.add(a0, f32x4.mul(g, v128.load(w, 0)));
        a1 = f32x4.add(a1, f32x4.mul(g, v128.load(w, 16)));
        a2 = f32x4.add(a2, f32x4.mul(g, v128.load(w, 32)));
        a3 = f32x4.add(a3, f32x4.mul(g, v128.load(w, 48)));
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
        a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(dy + (<usize>c << 2)), v128.load(W2T + <usize>c * rowBytes + off)));
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
        a0 = f32x4.add(a0, f32x4.mul(g, v128.load(z, 0)));
        a1 = f32x4.add(a1, f32x4.mul(g, v128.load(z, 16)));
        a2 = f32x4.add(a2, f32x4.mul(g, v128.load(z, 32)));
        a3 = f32x4.add(a3, f32x4.mul(g, v128.load(z, 48)));
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

// Per-pixel lists for the W1 update, a counting sort of the batch's entries by pixel: list t holds, for the
// touched pixel COL_ROW[t] / ROWB, the entries (s · ROWB, x_s,pixel) of the samples where it is nonzero.
function countColumns(batch: i32): void {
  const counts = COL_COUNT, total = load<i32>(LIST_START + (<usize>batch << 2));
  memory.fill(counts, 0, <usize>D << 2);
  for (let n = 0; n < total; n++) {
    const c = counts + (<usize>load<u16>(PIXEL + (<usize>n << 1)) << 2);
    store<i32>(c, load<i32>(c) + 1);
  }
}

function startColumns(): void {
  const d = D, counts = COL_COUNT;
  let t = 0, pos = 0;
  for (let k = 0; k < d; k++) {
    const c = load<i32>(counts + (<usize>k << 2));
    if (c == 0) continue;
    store<i32>(COL_ROW + (<usize>t << 2), k * ROWB);
    store<i32>(COL_START + (<usize>t << 2), pos);
    store<i32>(counts + (<usize>k << 2), pos); // from here on: where pixel k's next entry goes
    pos += c;
    t++;
  }
  store<i32>(COL_START + (<usize>t << 2), pos);
  COLS = t;
}

function scatterColumns(batch: i32): void {
  const counts = COL_COUNT;
  for (let s = 0; s < batch; s++) {
    const row = <u64>(s * ROWB);
    const n1 = load<i32>(LIST_START + (<usize>s << 2), 4);
    for (let n = load<i32>(LIST_START + (<usize>s << 2)); n < n1; n++) {
      const c = counts + (<usize>load<u16>(PIXEL + (<usize>n << 1)) << 2);
      const q = load<i32>(c);
      store<i32>(c, q + 1);
      // (s · ROWB, x): the value's bits from the sample's entry, the row in the low word.
      store<u64>(COL_ENTRIES + (<usize>q << 3), (load<u64>(ENTRIES + (<usize>n << 3)) & 0xffffffff00000000) | row);
    }
  }
}

// b1 −= lr·Σda1, then W1 −= lr·xᵀda1 row by row of the touched pixels: W1[k] += Σ_s x_s,k·(−lr·da1[s]).
export function updateLayer1(batch: i32, lr: f32): void {
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
  countColumns(batch);
  startColumns();
  scatterColumns(batch);
  combine(COL_ENTRIES, COL_START, COL_ROW, 0, COLS, DA1, W1, true);
}
