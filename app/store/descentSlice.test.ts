import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createDescentSlice, descentUrlFields, readOptimizers, readRun, readRuns, writeRun, type DescentRun, type DescentSlice } from './descentSlice.ts';

describe('descent settings in the URL', () => {
  it('round-trips a pinned run and refuses malformed ones', () => {
    const run: DescentRun = { x0: -3, x1: 4, lr: 1e-10, steps: 20, gradient: 'exact' };
    expect(writeRun(run)).toBe('1e-10_20_e_-3_4');
    expect(readRun(writeRun(run))).toEqual(run);
    for (const bad of ['', '0.1_100_n_-3', '0.1_100_x_-3_4', '0_100_n_-3_4', '0.1_2.5_n_-3_4', '0.1_100_n_-3_NaN', '0.1__n_-3_4']) {
      expect(readRun(bad)).toBeUndefined();
    }
  });

  it('ignores bad text for every field', () => {
    for (const field of descentUrlFields) {
      for (const text of ['', 'abc', 'NaN', '-1e400']) expect(field.read(text)).toBeUndefined();
    }
  });
});

describe('descent settings: functions, optimizers, several pins', () => {
  it('reads an optimizer list in the book’s order and refuses unknown or empty ones', () => {
    expect(readOptimizers('Adam.SGD')).toEqual(['SGD', 'Adam']);
    for (const bad of ['', 'adam', 'SGD.RMSprop', '.']) expect(readOptimizers(bad)).toBeUndefined();
  });

  it('reads up to four pinned runs and refuses the list if one is bad', () => {
    expect(readRuns('0.1_100_n_-3_4*10_5_e_1_2')).toHaveLength(2);
    expect(readRuns('0.1_100_n_-3_4*garbage')).toBeUndefined();
    expect(readRuns(Array(5).fill('0.1_100_n_-3_4').join('*'))).toBeUndefined();
  });

  it('keeps a typed function only when it parses', () => {
    const field = descentUrlFields.find((f) => f.param === 'dexpr');
    expect(field?.read('x0^2 - cos(x1)')).toEqual({ descentExpr: 'x0^2 - cos(x1)' });
    for (const bad of ['x0 +', 'alert(1)', 'x0 $ 2', '']) expect(field?.read(bad)).toBeUndefined();
  });

  it('keeps at least one optimizer on and pins at most four paths', () => {
    const store = create<DescentSlice>()(createDescentSlice);
    store.getState().toggleDescentOptimizer('SGD');
    expect(store.getState().descentOptimizers).toEqual(['SGD']);
    store.getState().toggleDescentOptimizer('Adam');
    store.getState().toggleDescentOptimizer('SGD');
    expect(store.getState().descentOptimizers).toEqual(['Adam']);
    const run: DescentRun = { x0: -3, x1: 4, lr: 0.1, steps: 20, gradient: 'exact' };
    for (let i = 0; i < 6; i++) store.getState().pinDescentRun({ ...run, lr: i + 1 });
    expect(store.getState().descentPinned.map((r) => r.lr)).toEqual([3, 4, 5, 6]);
    store.getState().setDescentFn('rosenbrock', [-1.5, 2]);
    expect(store.getState()).toMatchObject({ descentPinned: [], descentX0: -1.5, descentX1: 2 });
    store.getState().applyFigure68();
    expect(store.getState()).toMatchObject({ descentFn: 'bowl', descentX0: -7, descentX1: 2, descentSteps: 30, descentLr: 0.95, descentOptimizers: ['SGD', 'Momentum', 'AdaGrad', 'Adam'] });
  });
});
