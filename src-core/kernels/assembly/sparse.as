// The data set kept sparse: each image is a run of 3-byte entries (pixel index u16 little-endian, value u8)
// for its nonzero pixels only (~150 of 784 in MNIST), and starts[i] is where image i's run begins.
// Per batch the runs are expanded into the lists the layers read (layout.as).
import { D, ENTRIES, LIST_START, LUT, PIXEL, ROWB } from './layout';

/**
 * Packs `count` images (D bytes each, at `images`) as entries from index n0 of `packed`, writing
 * starts[first + i] for each; returns the entry index after the last one.
 */
export function packImages(images: usize, count: i32, starts: usize, first: i32, packed: usize, n0: i32): i32 {
  const d = D, zero = i8x16.splat(0);
  let n = n0;
  for (let i = 0; i < count; i++) {
    const img = images + <usize>i * <usize>d;
    store<i32>(starts + (<usize>(first + i) << 2), n);
    let c = 0;
    for (; c + 16 <= d; c += 16) {
      let mask = i8x16.bitmask(i8x16.ne(v128.load(img + <usize>c), zero));
      while (mask != 0) {
        const k = c + ctz(mask);
        const e = packed + <usize>n * 3;
        store<u16>(e, <u16>k);
        store<u8>(e, load<u8>(img + <usize>k), 2);
        n++;
        mask &= mask - 1;
      }
    }
    for (; c < d; c++) {
      const p = load<u8>(img + <usize>c);
      if (p != 0) {
        const e = packed + <usize>n * 3;
        store<u16>(e, <u16>c);
        store<u8>(e, p, 2);
        n++;
      }
    }
  }
  return n;
}

let touched: i32 = 0;

/**
 * Expands images `ids` (i32 each; or, when ids is 0, the consecutive images first…first+count−1) into the
 * per-sample lists: entries (pixel · ROWB, pixel / 255) and their pixels. Random images sit anywhere in
 * ~30 MB, so their cache lines are touched first, all at once, letting the memory misses overlap.
 */
export function expand(packed: usize, starts: usize, ids: usize, first: i32, count: i32): void {
  if (ids != 0) {
    let t = 0;
    for (let s = 0; s < count; s++) t |= load<i32>(starts + (<usize>load<i32>(ids + (<usize>s << 2)) << 2));
    for (let s = 0; s < count; s++) {
      const i = <usize>load<i32>(ids + (<usize>s << 2));
      const a = packed + <usize>load<i32>(starts + (i << 2)) * 3;
      const b = packed + <usize>load<i32>(starts + (i << 2), 4) * 3;
      for (let p = a; p < b; p += 64) t |= load<u8>(p);
    }
    touched = t;
  }
  const rowBytes = ROWB, lut = LUT;
  let n = 0;
  for (let s = 0; s < count; s++) {
    const i = ids != 0 ? <usize>load<i32>(ids + (<usize>s << 2)) : <usize>(first + s);
    const a = load<i32>(starts + (i << 2)), b = load<i32>(starts + (i << 2), 4);
    store<i32>(LIST_START + (<usize>s << 2), n);
    for (let e = a; e < b; e++) {
      const w = load<u32>(packed + <usize>e * 3); // the data region ends with padding for this 4-byte read
      const k = w & 0xffff;
      const out = ENTRIES + (<usize>n << 3);
      store<i32>(out, <i32>k * rowBytes);
      store<f32>(out, load<f32>(lut + (<usize>((w >> 16) & 0xff) << 2)), 4);
      store<u16>(PIXEL + (<usize>n << 1), <u16>k);
      n++;
    }
  }
  store<i32>(LIST_START + (<usize>count << 2), n);
}
