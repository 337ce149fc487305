import { describe, expect, it } from 'vitest';
import { AdaGrad, Adam, Momentum, SGD, optimizers, type OptimizerName } from './optimizers.ts';
import { optimize } from './optimize.ts';
import { gradientDescent } from './gradientDescent.ts';
import { function2 } from '../functions/functions.ts';
import fixture from './fixtures/optimizers.json';

// The book's df for Figure 6-8 and the exact gradient of x0² + x1², as the numpy script writes them.
const dfBowl = (x: Float64Array) => [x[0] / 10.0, 2.0 * x[1]];
const dfSphere = (x: Float64Array) => [2 * x[0], 2 * x[1]];

describe('the book’s optimizers against numpy (same operations, same order: bit for bit)', () => {
  it.each(fixture.figure68.map((r) => [r.optimizer, r] as const))('Figure 6-8, %s', (_, run) => {
    const path = optimize(optimizers[run.optimizer as OptimizerName](run.lr), dfBowl, run.init, run.steps);
    expect(path).toHaveLength(31);
    path.forEach((p, k) => expect(Array.from(p.x), `step ${k}`).toEqual(run.path[k]));
  });

  it('Figure 6-8 end points after 30 updates', () => {
    const end = (name: OptimizerName, lr: number) => Array.from(optimize(optimizers[name](lr), dfBowl, [-7, 2], 30)[30].x);
    expect(end('SGD', 0.95)).toEqual([-0.3503929957523197, 0.0847823165504322]);
    expect(end('Momentum', 0.1)).toEqual([0.896413858493733, 0.08808560171506971]);
    expect(end('AdaGrad', 1.5)).toEqual([-0.12016232231416045, 2.486389893984459e-17]);
    expect(end('Adam', 0.3)).toEqual([0.13600685239498186, 0.31824537553721943]);
  });

  it.each(fixture.sphere.map((r) => [`${r.optimizer} lr ${r.lr}`, r] as const))('x0² + x1² from (-3, 4), %s', (_, run) => {
    const path = optimize(optimizers[run.optimizer as OptimizerName](run.lr), dfSphere, run.init, run.steps);
    path.forEach((p, k) => expect(Array.from(p.x), `step ${k}`).toEqual(run.path[k]));
  });
});

describe('optimizers', () => {
  it('SGD with the numerical gradient is the book’s gradient_descent', () => {
    const book = gradientDescent(function2, [-3, 4], { lr: 0.1, stepNum: 100 });
    const ours = optimize(new SGD(0.1), (x) => book.path.find((p) => p.x.every((v, i) => v === x[i]))?.grad ?? [NaN, NaN], [-3, 4], 100);
    expect(Array.from(ours[100].x)).toEqual([-6.111107928998789e-10, 8.148143905314271e-10]);
  });

  it('keep the book’s defaults and their state between updates', () => {
    expect(new Momentum(0.1).momentum).toBe(0.9);
    const adam = new Adam(0.3);
    expect([adam.beta1, adam.beta2]).toEqual([0.9, 0.999]);
    // Momentum: a second equal gradient moves further (v keeps 0.9 of the first step).
    const p = Float64Array.of(0);
    const m = new Momentum(1);
    m.update(p, [1]);
    expect(p[0]).toBe(-1);
    m.update(p, [1]);
    expect(p[0]).toBe(-2.9);
    // AdaGrad: the first step is lr·g/(|g| + 1e-7), just under lr whatever g is.
    const q = Float64Array.of(0, 0);
    new AdaGrad(1).update(q, [1000, 0.001]);
    expect(q[0]).toBeCloseTo(-1, 9);
    expect(q[1]).toBeCloseTo(-0.9999, 4);
  });

  it('never mutate initX and reject bad input by name', () => {
    const init = Float64Array.of(-7, 2);
    optimize(new Adam(0.3), dfBowl, init, 5);
    expect(Array.from(init)).toEqual([-7, 2]);
    expect(() => optimize(new SGD(0.1), dfBowl, [1, NaN], 5)).toThrow(/optimize: initX\[1\] is NaN/);
    expect(() => optimize(new SGD(0.1), dfBowl, [1, 2], 0)).toThrow(/optimize: stepNum/);
    expect(() => optimize(new SGD(0.1), () => [1], [1, 2], 3)).toThrow(/optimize: gradient returned length 1, expected 2/);
  });
});
