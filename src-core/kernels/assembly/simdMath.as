// Vector maths for the kernels (AssemblyScript, f32x4).
// Constants are read from a table in memory (writeMathConstants) rather than written inline: V8 builds each
// inline v128 constant from immediates (several instructions) on every use, a load is one.

/** Writes the constant table (18 vectors of 16 bytes) at `at`. */
export function writeMathConstants(at: usize): void {
  v128.store(at, f32x4.splat(-87.3), 0); // exp clamp low
  v128.store(at, f32x4.splat(88.3), 16); // exp clamp high
  v128.store(at, f32x4.splat(1.44269504088896341), 32); // log2(e)
  v128.store(at, f32x4.splat(0.693359375), 48); // ln 2, high part
  v128.store(at, f32x4.splat(-2.12194440e-4), 64); // ln 2, low part
  v128.store(at, f32x4.splat(1.9875691500e-4), 80); // Cephes expf polynomial, highest degree first
  v128.store(at, f32x4.splat(1.3981999507e-3), 96);
  v128.store(at, f32x4.splat(8.3334519073e-3), 112);
  v128.store(at, f32x4.splat(4.1665795894e-2), 128);
  v128.store(at, f32x4.splat(1.6666665459e-1), 144);
  v128.store(at, f32x4.splat(5.0000001201e-1), 160);
  v128.store(at, f32x4.splat(1.0), 176);
  v128.store(at, f32x4.splat(12582912.0), 192); // 1.5·2^23: adding it rounds to an integer, kept in the low bits
  v128.store(at, i32x4.splat(127 << 23), 208); // exponent bias in place
  v128.store(at, i32x4(0, 1, 2, 3), 224); // lane numbers
  v128.store(at, f32x4.splat(-44), 240); // sigmoid's exp clamp, low
  v128.store(at, f32x4.splat(44), 256); // and high: σ ≥ 7.8e-20, never subnormal
  v128.store(at, f32x4.splat(-34), 272); // softmax: smaller shifted scores give probability 0
}

// exp(x) for four floats: x = n·ln2 + r with |r| ≤ ln2/2, e^r by Cephes' expf polynomial, 2^n via the exponent
// bits. About 1 ulp; NaN stays NaN; arguments are clamped to [−87.3, 88.3] so the result stays finite.
@inline export function exp4(x: v128, k: usize): v128 {
  return expClamped(x, k, v128.load(k, 0), v128.load(k, 16));
}

// The same on [lo, hi].
@inline function expClamped(x: v128, k: usize, lo: v128, hi: v128): v128 {
  x = f32x4.pmin(f32x4.pmax(x, lo), hi); // pmax/pmin: one instruction each; NaN stays NaN
  const t = f32x4.add(f32x4.mul(x, v128.load(k, 32)), v128.load(k, 192));
  const n = f32x4.sub(t, v128.load(k, 192));
  let r = f32x4.sub(x, f32x4.mul(n, v128.load(k, 48)));
  r = f32x4.sub(r, f32x4.mul(n, v128.load(k, 64)));
  let p = v128.load(k, 80);
  p = f32x4.add(f32x4.mul(p, r), v128.load(k, 96));
  p = f32x4.add(f32x4.mul(p, r), v128.load(k, 112));
  p = f32x4.add(f32x4.mul(p, r), v128.load(k, 128));
  p = f32x4.add(f32x4.mul(p, r), v128.load(k, 144));
  p = f32x4.add(f32x4.mul(p, r), v128.load(k, 160));
  p = f32x4.add(f32x4.add(f32x4.mul(p, f32x4.mul(r, r)), r), v128.load(k, 176));
  const scale = i32x4.add(i32x4.shl(t, 23), v128.load(k, 208)); // 2^n: t's low bits are n
  return f32x4.mul(p, scale);
}

// σ(a) = 1 / (1 + e^−a), with e^−a clamped to [e^−44, e^44]: σ(a) for a < −44 is 7.8e-20 instead of smaller
// (it is 1 for a > 17 anyway). A saturated network (lr ≥ 20) otherwise fills the hidden layer and the
// gradients with subnormal floats, which x86 multiplies ~100× slower: a training step took 3–8 ms, not 0.2.
@inline export function sigmoid4(a: v128, k: usize): v128 {
  const one = v128.load(k, 176);
  return f32x4.div(one, f32x4.add(one, expClamped(f32x4.neg(a), k, v128.load(k, 240), v128.load(k, 256))));
}

// a·b + c. Fused (one rounding, one instruction) in the relaxed-SIMD build, where the engine has FMA.
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(c, f32x4.mul(a, b));
}

@inline export function hsum4(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}
