// The hot loop of the forward pass: sparse combinations of rows. For each list l (a sample), out row l =
// Σ value · (row at offset) over its entries (its nonzero pixels: x·W1), 4·NV floats wide. Columns go in
// register blocks of 13 vectors (the book's 50 hidden units in one pass), 8 and 4, each a separate function
// so V8 keeps all sums in registers (16 on x86-64: 13 sums, the value, one load). Without fused multiply-add
// the two vector FP ports bound it: 26 operations, ~13 cycles, per entry of the 13-block.
import { madd } from './simdMath';
import { NV } from './layout';

// Lists [l0, l1): entries at `entries` (8 bytes each), list l from starts[l] to starts[l + 1], output row
// at dst + rows[l]; the matrix and dst already point at the block's first column.
function block13(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0), a5 = f32x4.splat(0), a6 = f32x4.splat(0), a7 = f32x4.splat(0);
    let a8 = f32x4.splat(0), a9 = f32x4.splat(0), a10 = f32x4.splat(0), a11 = f32x4.splat(0);
    let a12 = f32x4.splat(0);
    for (; p < end; p += 8) {
      const w = m + <usize>load<i32>(p);
      const x = v128.load32_splat(p, 4);
      a0 = madd(x, v128.load(w, 0), a0);
      a1 = madd(x, v128.load(w, 16), a1);
      a2 = madd(x, v128.load(w, 32), a2);
      a3 = madd(x, v128.load(w, 48), a3);
      a4 = madd(x, v128.load(w, 64), a4);
      a5 = madd(x, v128.load(w, 80), a5);
      a6 = madd(x, v128.load(w, 96), a6);
      a7 = madd(x, v128.load(w, 112), a7);
      a8 = madd(x, v128.load(w, 128), a8);
      a9 = madd(x, v128.load(w, 144), a9);
      a10 = madd(x, v128.load(w, 160), a10);
      a11 = madd(x, v128.load(w, 176), a11);
      a12 = madd(x, v128.load(w, 192), a12);
    }
    const o = dst + <usize>load<i32>(rows + (<usize>l << 2));
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
    v128.store(o, a8, 128); v128.store(o, a9, 144); v128.store(o, a10, 160); v128.store(o, a11, 176);
    v128.store(o, a12, 192);
  }
}

function block8(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0), a5 = f32x4.splat(0), a6 = f32x4.splat(0), a7 = f32x4.splat(0);
    for (; p < end; p += 8) {
      const w = m + <usize>load<i32>(p);
      const x = v128.load32_splat(p, 4);
      a0 = madd(x, v128.load(w, 0), a0);
      a1 = madd(x, v128.load(w, 16), a1);
      a2 = madd(x, v128.load(w, 32), a2);
      a3 = madd(x, v128.load(w, 48), a3);
      a4 = madd(x, v128.load(w, 64), a4);
      a5 = madd(x, v128.load(w, 80), a5);
      a6 = madd(x, v128.load(w, 96), a6);
      a7 = madd(x, v128.load(w, 112), a7);
    }
    const o = dst + <usize>load<i32>(rows + (<usize>l << 2));
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
  }
}

function block4(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    for (; p < end; p += 8) {
      const w = m + <usize>load<i32>(p);
      const x = v128.load32_splat(p, 4);
      a0 = madd(x, v128.load(w, 0), a0);
      a1 = madd(x, v128.load(w, 16), a1);
      a2 = madd(x, v128.load(w, 32), a2);
      a3 = madd(x, v128.load(w, 48), a3);
    }
    const o = dst + <usize>load<i32>(rows + (<usize>l << 2));
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
  }
}

// One vector: four partial sums over alternating entries keep the adder busy.
function block1(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    for (; p + 32 <= end; p += 32) {
      a0 = madd(v128.load32_splat(p, 4), v128.load(m + <usize>load<i32>(p, 0)), a0);
      a1 = madd(v128.load32_splat(p, 12), v128.load(m + <usize>load<i32>(p, 8)), a1);
      a2 = madd(v128.load32_splat(p, 20), v128.load(m + <usize>load<i32>(p, 16)), a2);
      a3 = madd(v128.load32_splat(p, 28), v128.load(m + <usize>load<i32>(p, 24)), a3);
    }
    for (; p < end; p += 8) a0 = madd(v128.load32_splat(p, 4), v128.load(m + <usize>load<i32>(p)), a0);
    const o = dst + <usize>load<i32>(rows + (<usize>l << 2));
    v128.store(o, f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)));
  }
}

/** For lists [l0, l1): dst[rows[l]] = Σ value · m[offset] over list l's entries, all NV vectors. */
export function combine(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize): void {
  const nv = NV;
  let v = 0;
  for (; v + 13 <= nv; v += 13) block13(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4));
  for (; v + 8 <= nv; v += 8) block8(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4));
  for (; v + 4 <= nv; v += 4) block4(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4));
  for (; v < nv; v++) block1(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4));
}
