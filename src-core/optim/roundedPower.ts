// β^k rounded once, like glibc's pow (which numpy's Python-float `beta ** iter` calls). V8's `**` is not
// correctly rounded (0.9 ** 4 gives 0.6561000000000001), which moved Adam's path off numpy's in the last bit.
// The product is kept as an unevaluated double-double sum hi + lo (Dekker's exact products), ~106 bits.

/** A double-double value hi + lo with |lo| ≤ ½ ulp(hi). */
export type DoubleDouble = readonly [number, number];

const splitter = 134217729; // 2^27 + 1 (Veltkamp split into two 26-bit halves)

function split(a: number): [number, number] {
  const c = splitter * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/** hi + lo exactly equal to a·b (no FMA in JavaScript, so Dekker's two-product). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/** (hi + lo)·b as a double-double. */
export function ddTimes([hi, lo]: DoubleDouble, b: number): DoubleDouble {
  const [p, e] = twoProduct(hi, b);
  const err = e + lo * b;
  const s = p + err;
  return [s, err - (s - p)];
}

/** base^k for an integer k ≥ 0, rounded to the nearest double. */
export function roundedPower(base: number, k: number): number {
  let r: DoubleDouble = [1, 0];
  for (let i = 0; i < k; i++) r = ddTimes(r, base);
  return r[0] + r[1];
}
