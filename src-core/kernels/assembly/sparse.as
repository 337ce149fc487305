// The data set kept sparse: for each image only its nonzero pixels (~150 of 784 in MNIST), as a run of 2-byte
// entries (low byte: pixel index minus the previous entry's, high byte: the pixel's value), with starts[i] the
// run of image i (starts[count] = end). A gap over 255 takes filler entries (255, value 0), which add 0·W.
// Two bytes an entry, not three: a batch's 100 random images cost ~35% fewer cache misses, the set 1/3 less
// memory. Per batch the runs are expanded into the lists the layers read (layout.as).
import { D, ENTRIES, LIST_START, ROWB, SPLITS } from './layout';

// Nonzero bytes among the 64 at p, one bit each (the bytes must be readable).
@inline function nonzero64(p: usize): u64 {
  const zero = i8x16.splat(0);
  return <u64>i8x16.bitmask(i8x16.ne(v128.load(p), zero)) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 16), zero)) << 16) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 32), zero)) << 32) |
    (<u64>i8x16.bitmask(i8x16.ne(v128.load(p, 48), zero)) << 48);
}

// Appends pixel k (value v, after pixel prev) at entry n of ent; returns the next n.
@inline function put(ent: usize, n: i32, prev: i32, k: i32, v: u8): i32 {
  let gap = k - prev, at = n;
  for (; gap > 255; gap -= 255) {
    store<u16>(ent + (<usize>at << 1), 255);
    at++;
  }
  store<u16>(ent + (<usize>at << 1), <u16>gap | (<u16>v << 8));
  return at + 1;
}

/** Nonzero bytes in [p, p + n). */
export function countNonzero(p: usize, n: usize): i32 {
  let c: i64 = 0, i: usize = 0;
  for (; i + 64 <= n; i += 64) c += popcnt(nonzero64(p + i));
  for (; i < n; i++) if (load<u8>(p + i) != 0) c++;
  return <i32>c;
}

/**
 * Packs `count` images (D bytes each, at `images`) as entries from index n0 of `ent`, writing starts[first + i]
 * for each; returns the entry index after the last one: at most the nonzero pixels + count·⌊(D − 1)/255⌋
 * fillers. Bits are walked 64 pixels at a time, so the unpredictable end of each bit loop comes 13 times per
 * MNIST image, not 49.
 */
export function packImages(images: usize, count: i32, starts: usize, first: i32, ent: usize, n0: i32): i32 {
  const d = D;
  let n = n0;
  for (let i = 0; i < count; i++) {
    const img = images + <usize>i * <usize>d;
    store<i32>(starts + (<usize>(first + i) << 2), n);
    let c = 0, prev = 0;
    for (; c + 64 <= d; c += 64) {
      let mask = nonzero64(img + <usize>c);
      while (mask != 0) {
        const k = c + <i32>ctz(mask);
        n = put(ent, n, prev, k, load<u8>(img + <usize>k));
        prev = k;
        mask &= mask - 1;
      }
    }
    for (; c < d; c++) {
      const v = load<u8>(img + <usize>c);
      if (v == 0) continue;
      n = put(ent, n, prev, c, v);
      prev = c;
    }
  }
  return n;
}

/** Registers split `id` (0 train, 1 test): starts (i32 × count + 1), entries (u16), labels (u8 × count). */
export function setSplit(id: i32, starts: usize, ent: usize, labels: usize, count: i32): void {
  const at = SPLITS + (<usize>id << 5);
  store<u32>(at, <u32>starts, 0); store<u32>(at, <u32>ent, 4); store<u32>(at, 0, 8);
  store<u32>(at, <u32>labels, 12); store<i32>(at, count, 16);
}

@inline export function splitField(id: i32, field: i32): usize {
  return <usize>load<u32>(SPLITS + (<usize>id << 5) + (<usize>field << 2));
}

let touched: i32 = 0;

/**
 * Expands images `ids` of split `id` (i32 each; or, when ids is 0, the consecutive images first…) into the
 * per-sample lists: entries (pixel · ROWB, pixel / 255), eight at a time.
 * Random images sit anywhere in ~18 MB, so their cache lines are touched first, all at once, letting the
 * memory misses overlap instead of arriving one by one.
 */
export function expand(id: i32, ids: usize, first: i32, count: i32): void {
  const starts = splitField(id, 0), ent = splitField(id, 1);
  if (ids != 0) {
    let t = 0;
    for (let s = 0; s < count; s++) t |= load<i32>(starts + (<usize>load<i32>(ids + (<usize>s << 2)) << 2));
    for (let s = 0; s < count; s++) {
      const i = <usize>load<i32>(ids + (<usize>s << 2));
      const a = <usize>load<i32>(starts + (i << 2)), b = <usize>load<i32>(starts + (i << 2), 4);
      for (let p = ent + (a << 1); p < ent + (b << 1); p += 64) t |= load<u8>(p);
    }
    touched = t;
  }
  const rowb = i32x4.splat(ROWB), scale = f32x4.splat(255), low = i16x8.splat(0xff), zero = i16x8.splat(0);
  let n = 0;
  for (let s = 0; s < count; s++) {
    const i = ids != 0 ? <usize>load<i32>(ids + (<usize>s << 2)) : <usize>(first + s);
    const a = load<i32>(starts + (i << 2)), b = load<i32>(starts + (i << 2), 4);
    store<i32>(LIST_START + (<usize>s << 2), n);
    let out = ENTRIES + (<usize>n << 3);
    let base = zero; // the previous entry's pixel, in every lane
    // Whole groups of 8: reading up to 7 entries past the run (the array is padded) and writing up to 7
    // entries past this sample's list, which the next sample then overwrites (the scratch has room).
    for (let e = a; e < b; e += 8) {
      const g = v128.load(ent + (<usize>e << 1));
      // Pixel indices: base + running sums of the gaps (three shift-and-add steps over the 8 lanes; the shifts
      // written as concatenations with zero, which V8 emits as one palignr each).
      let k = v128.and(g, low);
      k = i16x8.add(k, i8x16.shuffle(zero, k, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29));
      k = i16x8.add(k, i8x16.shuffle(zero, k, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27));
      k = i16x8.add(k, i8x16.shuffle(zero, k, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23));
      k = i16x8.add(k, base);
      base = i8x16.shuffle(k, k, 14, 15, 14, 15, 14, 15, 14, 15, 14, 15, 14, 15, 14, 15, 14, 15);
      const p = i16x8.shr_u(g, 8);
      const ro = i32x4.mul(i32x4.extend_low_i16x8_u(k), rowb), ri = i32x4.mul(i32x4.extend_high_i16x8_u(k), rowb);
      // f32 division is correctly rounded: the same float32 as <f32>(p / 255.0) for every byte p. The signed
      // conversion (exact for bytes) is one instruction; V8 emulates the unsigned one in eight.
      const xo = f32x4.div(f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(p)), scale);
      const xi = f32x4.div(f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(p)), scale);
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
