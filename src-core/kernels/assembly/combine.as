// The one hot loop: sparse combinations of rows. For each list l, out row l = Σ value · (row at offset) over
// its entries, 4·NV floats wide. The forward pass uses it with one list per sample over W1's rows (x·W1,
// nonzero pixels only); the W1 update with one list per touched pixel over −lr·da1's rows (xᵀ·da1).
// Columns go in register blocks of 13 vectors (the book's 50 hidden units in one pass), 8 and 4: each a
// separate function so V8 keeps all sums in registers (16 on x86-64: 13 sums, the value, one load).
import { NV, TMP } from './layout';

// row += tmp over n vectors. A loop, not unrolled: V8 keeps the block's sums in registers only when the code
// after its hot loop needs few of them at once (an unrolled read-add-write here made it spill in the loop).
function addRow(row: usize, tmp: usize, n: i32): void {
  for (let q = 0; q < n; q++) {
    const at = <usize>q << 4;
    v128.store(row + at, f32x4.add(v128.load(row + at), v128.load(tmp + at)));
  }
}

// Lists [l0, l1): entries at `entries` (8 bytes each), list l from starts[l] to starts[l + 1], output row
// at dst + rows[l]; the matrix and dst already point at the block's first column. add: dst += sum.
function block13(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize, add: bool): void {
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
    const row = dst + <usize>load<i32>(rows + (<usize>l << 2));
    const o = add ? TMP : row;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
    v128.store(o, a8, 128); v128.store(o, a9, 144); v128.store(o, a10, 160); v128.store(o, a11, 176);
    v128.store(o, a12, 192);
    if (add) addRow(row, TMP, 13);
  }
}

function block8(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize, add: bool): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0), a5 = f32x4.splat(0), a6 = f32x4.splat(0), a7 = f32x4.splat(0);
    for (; p < end; p += 8) {
      const w = m + <usize>load<i32>(p);
      const x = v128.load32_splat(p, 4);
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w, 0)));
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(w, 16)));
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(w, 32)));
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(w, 48)));
      a4 = f32x4.add(a4, f32x4.mul(x, v128.load(w, 64)));
      a5 = f32x4.add(a5, f32x4.mul(x, v128.load(w, 80)));
      a6 = f32x4.add(a6, f32x4.mul(x, v128.load(w, 96)));
      a7 = f32x4.add(a7, f32x4.mul(x, v128.load(w, 112)));
    }
    const row = dst + <usize>load<i32>(rows + (<usize>l << 2));
    const o = add ? TMP : row;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
    if (add) addRow(row, TMP, 8);
  }
}

function block4(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize, add: bool): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    for (; p < end; p += 8) {
      const w = m + <usize>load<i32>(p);
      const x = v128.load32_splat(p, 4);
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w, 0)));
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(w, 16)));
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(w, 32)));
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(w, 48)));
    }
    const row = dst + <usize>load<i32>(rows + (<usize>l << 2));
    const o = add ? TMP : row;
    v128.store(o, a0, 0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    if (add) addRow(row, TMP, 4);
  }
}

// One vector: four partial sums over alternating entries keep the adder busy.
function block1(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize, add: bool): void {
  for (let l = l0; l < l1; l++) {
    let p = entries + (<usize>load<i32>(starts + (<usize>l << 2)) << 3);
    const end = entries + (<usize>load<i32>(starts + (<usize>l << 2), 4) << 3);
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    for (; p + 32 <= end; p += 32) {
      a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(p, 4), v128.load(m + <usize>load<i32>(p, 0))));
      a1 = f32x4.add(a1, f32x4.mul(v128.load32_splat(p, 12), v128.load(m + <usize>load<i32>(p, 8))));
      a2 = f32x4.add(a2, f32x4.mul(v128.load32_splat(p, 20), v128.load(m + <usize>load<i32>(p, 16))));
      a3 = f32x4.add(a3, f32x4.mul(v128.load32_splat(p, 28), v128.load(m + <usize>load<i32>(p, 24))));
    }
    for (; p < end; p += 8) a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(p, 4), v128.load(m + <usize>load<i32>(p))));
    const o = dst + <usize>load<i32>(rows + (<usize>l << 2));
    let a = f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
    if (add) a = f32x4.add(v128.load(o), a);
    v128.store(o, a);
  }
}

/** For lists [l0, l1): dst[rows[l]] (=|+=) Σ value · m[offset] over list l's entries, all NV vectors. */
export function combine(entries: usize, starts: usize, rows: usize, l0: i32, l1: i32, m: usize, dst: usize, add: bool): void {
  const nv = NV;
  let v = 0;
  for (; v + 13 <= nv; v += 13) block13(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4), add);
  for (; v + 8 <= nv; v += 8) block8(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4), add);
  for (; v + 4 <= nv; v += 4) block4(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4), add);
  for (; v < nv; v++) block1(entries, starts, rows, l0, l1, m + (<usize>v << 4), dst + (<usize>v << 4), add);
}
