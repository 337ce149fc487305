// numpy's np.sum order for float64 (pairwise_sum in loops_utils.h): 8 running partial sums per block of
// ≤ 128 values, halves above that. Summing in the same order gives numpy's exact doubles.
export function pairwiseSum(a: ArrayLike<number>, start = 0, end = a.length): number {
  const n = end - start;
  if (n < 8) {
    let res = 0;
    for (let i = start; i < end; i++) res += a[i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3];
    let r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
    let i = start + 8;
    for (const stop = end - (n % 8); i < stop; i += 8) {
      r0 += a[i]; r1 += a[i + 1]; r2 += a[i + 2]; r3 += a[i + 3];
      r4 += a[i + 4]; r5 += a[i + 5]; r6 += a[i + 6]; r7 += a[i + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < end; i++) res += a[i];
    return res;
  }
  const n2 = Math.floor(n / 2) - (Math.floor(n / 2) % 8);
  return pairwiseSum(a, start, start + n2) + pairwiseSum(a, start + n2, end);
}
