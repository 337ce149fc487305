import { expect, test } from 'vitest';
import { lossAxisIterations, lossAxisMax, lossScales, placeMarkLabels, strokeLosses } from './lossCanvas.ts';

test('the loss axis starts at 2.5 and grows to a nice number', () => {
  expect(lossAxisMax(2.3)).toBe(2.5);
  expect(lossAxisMax(0)).toBe(2.5);
  expect(lossAxisMax(13.9)).toBe(14);
  expect(lossAxisMax(4.7)).toBe(5);
});

test('points map iterations across and losses down, clamped just above the top', () => {
  const view = { width: 1000, height: 200, iterations: 10_000, yMax: 2.5 };
  const { x, y } = lossScales(view);
  expect([x(5000), y(1.25)]).toEqual([500, 100]);
  expect([x(0), x(10_000), y(0), y(2.5)]).toEqual([0, 1000, 200, 0]);
  expect(y(100)).toBeCloseTo(-4, 6);
});

test('non-finite losses lift the pen; a piece joins the previous point', () => {
  const calls: string[] = [];
  const ctx = {
    beginPath: () => calls.push('begin'),
    moveTo: (x: number) => calls.push(`M${x}`),
    lineTo: (x: number) => calls.push(`L${x}`),
    stroke: () => calls.push('stroke'),
  } as unknown as CanvasRenderingContext2D;
  const view = { width: 10, height: 10, iterations: 10, yMax: 2.5 };
  strokeLosses(ctx, Float64Array.of(1, 1, NaN, 1, 1), 1, 5, view, { color: 'blue', lineWidth: 1 });
  expect(calls).toEqual(['begin', 'M0', 'L1', 'M3', 'L4', 'stroke']);
});

test('a numerical run’s axis follows its data, in nice steps, up to the run’s length', () => {
  expect(lossAxisIterations(0, 10_000, true)).toBe(10);
  expect(lossAxisIterations(9, 10_000, true)).toBe(20);
  expect(lossAxisIterations(130, 10_000, true)).toBe(200);
  expect(lossAxisIterations(9000, 10_000, true)).toBe(10_000);
  expect(lossAxisIterations(3, 10_000, false)).toBe(10_000);
});

test('mark labels never overlap: a crowded one goes a row down, or is left out', () => {
  const w = [40, 40, 40, 40];
  expect(placeMarkLabels([0, 10, 20, 100], w, 2, 1000)).toEqual([{ row: 0, left: false }, { row: 1, left: false }, null, { row: 0, left: false }]);
  expect(placeMarkLabels([990], [40], 2, 1000)).toEqual([{ row: 0, left: true }]);
  // 13 marks 5 px apart (one drag before coalescing): the labels that are drawn share no pixel in any row.
  const xs = Array.from({ length: 13 }, (_, i) => 300 + 5 * i);
  const placed = placeMarkLabels(xs, new Array(13).fill(50), 3, 1000);
  const boxes = placed.flatMap((p, i) => (p ? [{ row: p.row, a: p.left ? xs[i] - 54 : xs[i] + 4, b: p.left ? xs[i] : xs[i] + 54 }] : []));
  expect(boxes.length).toBeGreaterThan(2);
  expect(boxes.length).toBeLessThan(13);
  for (const p of boxes) for (const q of boxes) if (p !== q && p.row === q.row) expect(p.b <= q.a || q.b <= p.a).toBe(true);
});
