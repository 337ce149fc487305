// Fused multiply-add round(a·b + c) with a single rounding, which JavaScript lacks.
// Exact for finite inputs whose product neither overflows nor underflows (all we need here).

const view = new DataView(new ArrayBuffer(8));

// The double next to r (r ≠ 0) in the direction of the sign of dir.
function neighbour(r: number, dir: number): number {
  view.setFloat64(0, r);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, (r > 0) === (dir > 0) ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

export function fma(a: number, b: number, c: number): number {
  // a·b = p + e exactly (Dekker's product with Veltkamp splitting).
  const p = a * b;
  const sa = 134217729 * a;
  const ah = sa - (sa - a);
  const al = a - ah;
  const sb = 134217729 * b;
  const bh = sb - (sb - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  // p + c = s + t, then t + e = u + v, then s + u = r + w: a·b + c = r + w + v exactly.
  const s = p + c;
  const sc = s - p;
  const t = (p - (s - sc)) + (c - sc);
  const u = t + e;
  const ue = u - t;
  const v = (t - (u - ue)) + (e - ue);
  const r = s + u;
  const ru = r - s;
  const w = (s - (r - ru)) + (u - ru);
  if (w === 0 || v === 0 || !Number.isFinite(r)) return r;
  // Only an exact tie in s + u can be broken the wrong way by the still smaller v.
  const n = neighbour(r, w);
  if (Math.abs(n - r) !== 2 * Math.abs(w)) return r;
  return (v > 0) === (w > 0) ? n : r;
}
