// Figure 4-11 as numbers: one row per block of iterations (the mean, lowest and highest loss in it), so
// 10,000 losses read as 100 rows. Non-finite losses (a diverged run) are counted, not averaged.

export interface LossTableRow {
  /** First and last iteration of the block (0-based, inclusive). */
  readonly first: number;
  readonly last: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Losses in the block that were NaN or ±∞. */
  readonly nonFinite: number;
}

/** Rows of `block` iterations each over the first `count` losses. */
export function lossTableRows(values: Float64Array, count: number, block: number): LossTableRow[] {
  const rows: LossTableRow[] = [];
  for (let first = 0; first < count; first += block) {
    const last = Math.min(count, first + block) - 1;
    let sum = 0, n = 0, min = Infinity, max = -Infinity, nonFinite = 0;
    for (let i = first; i <= last; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) {
        nonFinite++;
        continue;
      }
      sum += v;
      n++;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    rows.push({ first, last, mean: n ? sum / n : NaN, min: n ? min : NaN, max: n ? max : NaN, nonFinite });
  }
  return rows;
}

/** A block size that keeps the table near 100 rows: 1, 10, 100, … iterations. */
export function lossTableBlock(count: number): number {
  let block = 1;
  while (count / block > 100) block *= 10;
  return block;
}
