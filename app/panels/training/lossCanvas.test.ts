import { expect, test } from 'vitest';
import { lossAxisMax, lossScales, strokeLosses } from './lossCanvas.ts';

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
