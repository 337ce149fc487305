// Backprop with the book's formulas, applying params −= lr·grad as soon as each gradient is known:
// dy = (y − t)/B (from forward); da1 = σ'(a1)·(dy W2ᵀ); W2 −= lr·z1ᵀdy; b2 −= lr·Σdy; b1 −= lr·Σda1; W1 −= lr·xᵀda1.
import { B1, B2, DA1, DY, NNZ_OFF, NNZ_START, NNZ_VAL, NV, O, W1, W2T, Z1 } from './layout';

// da1 = (1 − z1)·z1·(dy·W2ᵀ), before W2 changes.
export function hiddenGradient(batch: i32): void {
  const rowBytes = <usize>NV << 4, nv = NV, o = O;
  for (let s = 0; s < batch; s++) {
    const z = Z1 + <usize>s * rowBytes, d = DA1 + <usize>s * rowBytes, dy = DY + (<usize>(s * o) << 2);
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
  const rowBytes = <usize>NV << 4, nv = NV, o = O, step = f32x4.splat(lr);
  for (let c = 0; c < o; c++) {
    let db: f32 = 0;
    for (let s = 0; s < batch; s++) db += load<f32>(DY + (<usize>(s * o + c) << 2));
    store<f32>(B2 + (<usize>c << 2), load<f32>(B2 + (<usize>c << 2)) - lr * db);
    const row = W2T + <usize>c * rowBytes;
    let v = 0;
    for (; v + 4 <= nv; v += 4) {
      const off = <usize>v << 4;
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      for (let s = 0; s < batch; s++) {
        const g = v128.load32_splat(DY + (<usize>(s * o + c) << 2));
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
        a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(DY + (<usize>(s * o + c) << 2)), v128.load(Z1 + <usize>s * rowBytes + off)));
      }
      v128.store(row + off, f32x4.sub(v128.load(row + off), f32x4.mul(step, a0)));
    }
  }
}

// b1 −= lr·Σda1, then W1 −= lr·xᵀda1 one sample at a time, touching only the rows of its nonzero pixels.
export function updateLayer1(batch: i32, lr: f32): void {
  const rowBytes = <usize>NV << 4, nv = NV, offs = NNZ_OFF, vals = NNZ_VAL;
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
  for (let s = 0; s < batch; s++) {
    const n0 = load<i32>(NNZ_START + (<usize>s << 2));
    const n1 = load<i32>(NNZ_START + (<usize>(s + 1) << 2));
    const d = DA1 + <usize>s * rowBytes;
    let v = 0;
    for (; v + 13 <= nv; v += 13) {
      const off = <usize>v << 4, base = W1 + off, dp = d + off;
      const d0 = f32x4.mul(neg, v128.load(dp, 0)); const d1 = f32x4.mul(neg, v128.load(dp, 16)); const d2 = f32x4.mul(neg, v128.load(dp, 32)); const d3 = f32x4.mul(neg, v128.load(dp, 48));
      const d4 = f32x4.mul(neg, v128.load(dp, 64)); const d5 = f32x4.mul(neg, v128.load(dp, 80)); const d6 = f32x4.mul(neg, v128.load(dp, 96)); const d7 = f32x4.mul(neg, v128.load(dp, 112));
      const d8 = f32x4.mul(neg, v128.load(dp, 128)); const d9 = f32x4.mul(neg, v128.load(dp, 144)); const d10 = f32x4.mul(neg, v128.load(dp, 160)); const d11 = f32x4.mul(neg, v128.load(dp, 176));
      const d12 = f32x4.mul(neg, v128.load(dp, 192));
      for (let n = n0; n < n1; n++) {
        const w = base + <usize>load<i32>(offs + (<usize>n << 2));
        const x = v128.load32_splat(vals + (<usize>n << 2));
        v128.store(w, f32x4.add(v128.load(w, 0), f32x4.mul(x, d0)), 0);
        v128.store(w, f32x4.add(v128.load(w, 16), f32x4.mul(x, d1)), 16);
        v128.store(w, f32x4.add(v128.load(w, 32), f32x4.mul(x, d2)), 32);
        v128.store(w, f32x4.add(v128.load(w, 48), f32x4.mul(x, d3)), 48);
        v128.store(w, f32x4.add(v128.load(w, 64), f32x4.mul(x, d4)), 64);
        v128.store(w, f32x4.add(v128.load(w, 80), f32x4.mul(x, d5)), 80);
        v128.store(w, f32x4.add(v128.load(w, 96), f32x4.mul(x, d6)), 96);
        v128.store(w, f32x4.add(v128.load(w, 112), f32x4.mul(x, d7)), 112);
        v128.store(w, f32x4.add(v128.load(w, 128), f32x4.mul(x, d8)), 128);
        v128.store(w, f32x4.add(v128.load(w, 144), f32x4.mul(x, d9)), 144);
        v128.store(w, f32x4.add(v128.load(w, 160), f32x4.mul(x, d10)), 160);
        v128.store(w, f32x4.add(v128.load(w, 176), f32x4.mul(x, d11)), 176);
        v128.store(w, f32x4.add(v128.load(w, 192), f32x4.mul(x, d12)), 192);
      }
    }
    for (; v + 8 <= nv; v += 8) {
      const off = <usize>v << 4, base = W1 + off, dp = d + off;
      const d0 = f32x4.mul(neg, v128.load(dp, 0)), d1 = f32x4.mul(neg, v128.load(dp, 16));
      const d2 = f32x4.mul(neg, v128.load(dp, 32)), d3 = f32x4.mul(neg, v128.load(dp, 48));
      const d4 = f32x4.mul(neg, v128.load(dp, 64)), d5 = f32x4.mul(neg, v128.load(dp, 80));
      const d6 = f32x4.mul(neg, v128.load(dp, 96)), d7 = f32x4.mul(neg, v128.load(dp, 112));
      for (let n = n0; n < n1; n++) {
        const w = base + <usize>load<i32>(offs + (<usize>n << 2));
        const x = v128.load32_splat(vals + (<usize>n << 2));
        v128.store(w, f32x4.add(v128.load(w, 0), f32x4.mul(x, d0)), 0);
        v128.store(w, f32x4.add(v128.load(w, 16), f32x4.mul(x, d1)), 16);
        v128.store(w, f32x4.add(v128.load(w, 32), f32x4.mul(x, d2)), 32);
        v128.store(w, f32x4.add(v128.load(w, 48), f32x4.mul(x, d3)), 48);
        v128.store(w, f32x4.add(v128.load(w, 64), f32x4.mul(x, d4)), 64);
        v128.store(w, f32x4.add(v128.load(w, 80), f32x4.mul(x, d5)), 80);
        v128.store(w, f32x4.add(v128.load(w, 96), f32x4.mul(x, d6)), 96);
        v128.store(w, f32x4.add(v128.load(w, 112), f32x4.mul(x, d7)), 112);
      }
    }
    for (; v + 4 <= nv; v += 4) {
      const off = <usize>v << 4, base = W1 + off, dp = d + off;
      const d0 = f32x4.mul(neg, v128.load(dp, 0)), d1 = f32x4.mul(neg, v128.load(dp, 16));
      const d2 = f32x4.mul(neg, v128.load(dp, 32)), d3 = f32x4.mul(neg, v128.load(dp, 48));
      for (let n = n0; n < n1; n++) {
        const w = base + <usize>load<i32>(offs + (<usize>n << 2));
        const x = v128.load32_splat(vals + (<usize>n << 2));
        v128.store(w, f32x4.add(v128.load(w, 0), f32x4.mul(x, d0)), 0);
        v128.store(w, f32x4.add(v128.load(w, 16), f32x4.mul(x, d1)), 16);
        v128.store(w, f32x4.add(v128.load(w, 32), f32x4.mul(x, d2)), 32);
        v128.store(w, f32x4.add(v128.load(w, 48), f32x4.mul(x, d3)), 48);
      }
    }
    for (; v < nv; v++) {
      const off = <usize>v << 4, base = W1 + off;
      const d0 = f32x4.mul(neg, v128.load(d + off));
      for (let n = n0; n < n1; n++) {
        const w = base + <usize>load<i32>(offs + (<usize>n << 2));
        v128.store(w, f32x4.add(v128.load(w), f32x4.mul(v128.load32_splat(vals + (<usize>n << 2)), d0)));
      }
    }
  }
}
