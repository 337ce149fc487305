// The data set kept sparse: for each image only its nonzero pixels (~150 of 784 in MNIST), as a run of
// pixel indices (u16) and values (u8) in two arrays, with starts[i] the run of image i (starts[count] = end).
// Per batch the runs are expanded into the lists the layers read (layout.as).
import { D, ENTRIES, LIST_START, ROWB, SPLITS } from './layout';

// Nonzero bytes among the 64 at p, one bit each (the bytes must be readable).
@inline function nonzero64(p: usize): u64 {
  const zero = i8x16.splat(0);
  return <u64>i8x16.bitmask(i8x16.ne(v128.load(p), zero)) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 16), zero)) << 16) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 32), zero)) << 32) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 48), zero)) << 48);
}

/** Nonzero bytes in [p, p + n). */
export function countNonzero(p: usize, n: usize): i32 {
  let c: i64 = 0, i: usize = 0;
  for (; i + 64 <= n; i += 64) c += popcnt(nonzero64(p + i));
  for (; i < n; i++) if (load<u8>(p + i) != 0) c++;
  return <i32>c;
}

/**
 * Packs `count` images (D bytes each, at `images`) as entries from index n0 of the pixel and value arrays,
 * writing starts[first + i] for each; returns the entry index after the last one. Bits are walked 64 pixels
 * at a time, so the unpredictable end of each bit loop comes 13 times per MNIST image, not 49.
 */
export function packImages(images: usize, count: i32, starts: usize, first: i32, pix: usize, val: usize, n0: i32): i32 {
  const d = D;
  let n = n0;
  for (let i = 0; i < count; i++) {
    const img = images + <usize>i * <usize>d;
    store<i32>(starts + (<usize>(first + i) << 2), n);
    let c = 0;
    for (; c + 64 <= d; c += 64) {
      let mask = nonzero64(img + <usize>c);
      while (mask != 0) {
        const k = c + <i32>ctz(mask);
        store<u16>(pix + (<usize>n << 1), <u16>k);
        store<u8>(val + <usize>n, load<u8>(img + <usize>k));
        n++;
        mask &= mask - 1;
      }
    }
    for (; c < d; c++) {
      const p = load<u8>(img + <usize>c);
      if (p != 0) {
        store<u16>(pix + (<usize>n << 1), <u16>c);
        store<u8>(val + <usize>n, p);
        n++;
      }
    }
  }
  return n;
}

/** Registers split `id` (0 train, 1 test): starts (i32 × count + 1), pixels, values, labels (u8 × count). */
export function setSplit(id: i32, starts: usize, pix: usize, val: usize, labels: usize, count: i32): void {
  const at = SPLITS + (<usize>id << 5);
  store<u32>(at, <u32>starts, 0); store<u32>(at, <u32>pix, 4); store<u32>(at, <u32>val, 8);
  store<u32>(at, <u32>labels, 12); store<i32>(at, count, 16);
}

@inline export function splitField(id: i32, field: i32): usize {
  return <usize>load<u32>(SPLITS + (<usize>id << 5) + (<usize>field << 2));
}

let touched: i32 = 0;

/**
 * Expands images `ids` of split `id` (i32 each; or, when ids is 0, the consecutive images first…) into the
 * per-sample lists: entries (pixel · ROWB, pixel / 255), eight at a time.
 * Random images sit anywhere in ~25 MB, so their cache lines are touched first, all at once, letting the
 * memory misses overlap instead of arriving one by one.
 */
export function expand(id: i32, ids: usize, first: i32, count: i32): void {
  const starts = splitField(id, 0), pix = splitField(id, 1), val = splitField(id, 2);
  if (ids != 0) {
    let t = 0;
    for (let s = 0; s < count; s++) t |= load<i32>(starts + (<usize>load<i32>(ids + (<usize>s << 2)) << 2));
    for (let s = 0; s < count; s++) {
      const i = <usize>load<i32>(ids + (<usize>s << 2));
      const a = <usize>load<i32>(starts + (i << 2)), b = <usize>load<i32>(starts + (i << 2), 4);
      for (let p = pix + (a << 1); p < pix + (b << 1); p += 64) t |= load<u8>(p);
      for (let p = val + a; p < val + b; p += 64) t |= load<u8>(p);
    }
    touched = t;
  }
  const rowb = i32x4.splat(ROWB), scale = f32x4.splat(255);
  let n = 0;
  for (let s = 0; s < count; s++) {
    const i = ids != 0 ? <usize>load<i32>(ids + (<usize>s << 2)) : <usize>(first + s);
    const a = load<i32>(starts + (i << 2)), b = load<i32>(starts + (i << 2), 4);
    store<i32>(LIST_START + (<usize>s << 2), n);
    let out = ENTRIES + (<usize>n << 3);
    // Whole groups of 8: reading up to 7 entries past the run (the arrays are padded) and writing up to 7
    // entries past this sample's list, which the next sample then overwrites (the scratch has room).
    for (let e = a; e < b; e += 8) {
      const k = v128.load(pix + (<usize>e << 1));
      const p = v128.load8x8_u(val + <usize>e);
      const ro = i32x4.mul(i32x4.extend_low_i16x8_u(k), rowb), ri = i32x4.mul(i32x4.extend_high_i16x8_u(k), rowb);
      // f32 division is correctly rounded: the same float32 as <f32>(p / 255.0) for every byte p.
      const xo = f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(p)), scale);
      const xi = f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(p)), scale);
      v128.store(out, i32x4.shuffle(ro, xo, 0, 4, 1, 5), 0);
      v128.store(out, i32x4.shuffle(ro, xo, 2, 6, 3, 7), 16);
      v128.store(out, i32x4.shuffle(ri, xi, 0, 4, 1, 5), 32);
      v128.store(out, i32x4.shuffle(ri, xi, 2, 6, 3, 7), 48);
      out += 64;
    }
    n += b - a;
  }
  store<i32>(LIST_START + (<usize>count << 2), n);
}
