/**
 * An honest float32 emulation of the 4.3.1 differences: every operand and every result goes through
 * Math.fround. For +, −, ×, ÷ of float32 values, computing in float64 and rounding once to float32 gives
 * the correctly rounded float32 result (53 ≥ 2·24 + 2), so this matches numpy float32 arithmetic.
 */
const r = Math.fround;

/** f(x) = 0.01x² + 0.1x in float32, as numpy computes it on a float32 array (constants rounded too). */
export function function1Float32(x: number): number {
  const xf = r(x);
  return r(r(r(0.01) * r(xf * xf)) + r(r(0.1) * xf));
}

/** (f(x+h) − f(x)) / h in float32. h that rounds to 0 gives 0/0 = NaN, as numpy does. */
export function forwardDifferenceFloat32(x: number, h: number): number {
  const xf = r(x);
  const hf = r(h);
  return r(r(function1Float32(r(xf + hf)) - function1Float32(xf)) / hf);
}

/** (f(x+h) − f(x−h)) / 2h in float32. */
export function centralDifferenceFloat32(x: number, h: number): number {
  const xf = r(x);
  const hf = r(h);
  return r(r(function1Float32(r(xf + hf)) - function1Float32(r(xf - hf))) / r(2 * hf));
}

/** h as float32 stores it (1e-50 → 0). */
export function toFloat32(h: number): number {
  return r(h);
}
