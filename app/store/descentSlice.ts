import type { StateCreator } from 'zustand';
import { bowlNames, optimizerNames, parseExpression, type BowlName, type OptimizerName } from '../../src-core/index.ts';
import { clampToRange, choiceField, flagField, numberField, readUrlNumber, type UrlField } from './urlField.ts';

/** 4.4.1: gradient descent (and chapter 6's optimizers) on a choice of functions. */
export const descentStartRange = { min: -10, max: 10 } as const;
export const descentLrRange = { min: 1e-10, max: 10 } as const;
export const descentStepsRange = { min: 1, max: 1000 } as const;
export const gradientKinds = ['numerical', 'exact'] as const;
export type GradientKind = (typeof gradientKinds)[number];
export const descentFunctions = [...bowlNames, 'typed'] as const;
export type DescentFunction = BowlName | 'typed';
/** Pinned paths kept at once: each needs its own colour and dash. */
export const maxPinned = 4;

/** Everything that determines one SGD path: a pinned path is stored as its settings and recomputed. */
export interface DescentRun {
  x0: number;
  x1: number;
  lr: number;
  steps: number;
  gradient: GradientKind;
}

/** Where each optimizer's lr lives: flat keys, so a link sets each one on its own. */
export const lrKeys = {
  SGD: 'descentLr', Momentum: 'descentLrMomentum', AdaGrad: 'descentLrAdaGrad', Adam: 'descentLrAdam',
} as const satisfies Record<OptimizerName, string>;

export interface DescentSlice {
  descentFn: DescentFunction;
  /** The typed function's text (kept valid: the panel refuses text that does not parse). */
  descentExpr: string;
  descentX0: number;
  descentX1: number;
  /** SGD's lr (the book's gradient_descent); the other optimizers' lrs are in descentLrs. */
  descentLr: number;
  descentLrMomentum: number;
  descentLrAdaGrad: number;
  descentLrAdam: number;
  descentOptimizers: OptimizerName[];
  descentSteps: number;
  descentGradient: GradientKind;
  /** The step shown by the marker and the table; null follows the last step. */
  descentStep: number | null;
  /** Zoom out to fit the whole path (symlog axes) instead of the fixed view. */
  descentFit: boolean;
  descentPinned: DescentRun[];
  setDescentFn: (fn: DescentFunction, start: readonly [number, number]) => void;
  setDescentExpr: (text: string) => void;
  setDescentStart: (x0: number, x1: number) => void;
  setDescentLr: (lr: number) => void;
  setDescentOptimizerLr: (name: OptimizerName, lr: number) => void;
  toggleDescentOptimizer: (name: OptimizerName) => void;
  setDescentSteps: (steps: number) => void;
  setDescentGradient: (kind: GradientKind) => void;
  setDescentStep: (step: number | null) => void;
  setDescentFit: (fit: boolean) => void;
  pinDescentRun: (run: DescentRun) => void;
  unpinDescentRun: (index: number | 'all') => void;
  applyFigure68: () => void;
}

/** The book's example: init_x = [-3.0, 4.0], lr = 0.1, step_num = 100. The URL leaves these out. */
export const descentDefaults = {
  descentFn: 'sphere',
  descentExpr: 'x0^2 + 2*x1^2 + sin(3*x0)',
  descentX0: -3,
  descentX1: 4,
  descentLr: 0.1,
  // The lrs of the book's Figure 6-8, so ticking an optimizer starts from the book's choice.
  descentLrMomentum: 0.1,
  descentLrAdaGrad: 1.5,
  descentLrAdam: 0.3,
  descentOptimizers: ['SGD'],
  descentSteps: 100,
  descentGradient: 'numerical',
  descentStep: null,
  descentFit: false,
  descentPinned: [],
} as const satisfies Partial<DescentSlice>;

/** Figure 6-8 (optimizer_compare_naive.py): x²/20 + y², start (−7, 2), 30 updates, the book's df. */
export const figure68 = {
  descentFn: 'bowl', descentX0: -7, descentX1: 2, descentSteps: 30, descentGradient: 'exact', descentLr: 0.95,
  descentLrMomentum: 0.1, descentLrAdaGrad: 1.5, descentLrAdam: 0.3, descentOptimizers: [...optimizerNames],
  descentStep: null, descentFit: false, descentPinned: [],
} as const satisfies Partial<DescentSlice>;

const validExpr = (text: string) => parseExpression(text).ok;

export const createDescentSlice: StateCreator<DescentSlice, [], [], DescentSlice> = (set) => ({
  ...descentDefaults,
  descentOptimizers: [...descentDefaults.descentOptimizers],
  descentPinned: [],
  // Another function has another landscape: old pins and the step index no longer mean anything there.
  setDescentFn: (descentFn, [x0, x1]) => set({ descentFn, descentX0: x0, descentX1: x1, descentPinned: [], descentStep: null, descentFit: false }),
  setDescentExpr: (text) => {
    if (validExpr(text)) set({ descentExpr: text, descentPinned: [], descentStep: null });
  },
  setDescentStart: (x0, x1) => {
    if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
    set({ descentX0: clampToRange(x0, descentStartRange), descentX1: clampToRange(x1, descentStartRange) });
  },
  setDescentLr: (lr) => {
    if (Number.isFinite(lr)) set({ descentLr: clampToRange(lr, descentLrRange) });
  },
  setDescentOptimizerLr: (name, lr) => {
    if (Number.isFinite(lr)) set({ [lrKeys[name]]: clampToRange(lr, descentLrRange) });
  },
  // At least one optimizer stays on: an empty figure explains nothing.
  toggleDescentOptimizer: (name) => set((s) => {
    const on = s.descentOptimizers.includes(name);
    if (on && s.descentOptimizers.length === 1) return {};
    return { descentOptimizers: optimizerNames.filter((n) => (n === name ? !on : s.descentOptimizers.includes(n))) };
  }),
  setDescentSteps: (steps) => {
    if (Number.isInteger(steps)) set({ descentSteps: clampToRange(steps, descentStepsRange), descentStep: null });
  },
  setDescentGradient: (descentGradient) => set({ descentGradient }),
  setDescentStep: (step) => {
    if (step === null || (Number.isInteger(step) && step >= 0)) set({ descentStep: step });
  },
  setDescentFit: (descentFit) => set({ descentFit }),
  pinDescentRun: (run) => set((s) => ({ descentPinned: [...s.descentPinned, run].slice(-maxPinned) })),
  unpinDescentRun: (index) => set((s) => ({ descentPinned: index === 'all' ? [] : s.descentPinned.filter((_, i) => i !== index) })),
  applyFigure68: () => set({ ...figure68, descentOptimizers: [...figure68.descentOptimizers], descentPinned: [] }),
});

/** "0.01_100_n_-3_4": lr, steps, gradient (n or e), start. */
export function writeRun(run: DescentRun): string {
  return [run.lr, run.steps, run.gradient === 'numerical' ? 'n' : 'e', run.x0, run.x1].join('_');
}

export function readRun(text: string): DescentRun | undefined {
  const parts = text.split('_');
  if (parts.length !== 5 || (parts[2] !== 'n' && parts[2] !== 'e')) return undefined;
  const lr = readUrlNumber(parts[0], descentLrRange);
  const steps = readUrlNumber(parts[1], { ...descentStepsRange, integer: true });
  const x0 = readUrlNumber(parts[3], descentStartRange);
  const x1 = readUrlNumber(parts[4], descentStartRange);
  if (lr === undefined || steps === undefined || x0 === undefined || x1 === undefined) return undefined;
  return { lr, steps, gradient: parts[2] === 'n' ? 'numerical' : 'exact', x0, x1 };
}

/** Pinned runs joined by '*' (URLSearchParams leaves it as it is); one bad run refuses the list (half a link misleads). */
export function readRuns(text: string): DescentRun[] | undefined {
  const runs = text.split('*').map(readRun);
  if (runs.length > maxPinned || runs.some((r) => r === undefined)) return undefined;
  return runs as DescentRun[];
}

/** "SGD.Adam": the optimizers shown, in the book's order. */
export function readOptimizers(text: string): OptimizerName[] | undefined {
  const names = text.split('.');
  if (names.some((n) => !(optimizerNames as readonly string[]).includes(n))) return undefined;
  const set = optimizerNames.filter((n) => names.includes(n));
  return set.length > 0 ? set : undefined;
}

export const descentUrlFields: UrlField<DescentSlice>[] = [
  choiceField<DescentSlice, DescentFunction>('dfn', 'descentFn', descentFunctions, descentDefaults.descentFn),
  {
    param: 'dexpr',
    write: (s) => (s.descentExpr === descentDefaults.descentExpr ? undefined : s.descentExpr),
    read: (text) => (validExpr(text) ? { descentExpr: text } : undefined),
  },
  numberField<DescentSlice>('dx0', 'descentX0', { defaultValue: descentDefaults.descentX0, ...descentStartRange }),
  numberField<DescentSlice>('dx1', 'descentX1', { defaultValue: descentDefaults.descentX1, ...descentStartRange }),
  numberField<DescentSlice>('dlr', 'descentLr', { defaultValue: descentDefaults.descentLr, ...descentLrRange }),
  numberField<DescentSlice>('dlrm', 'descentLrMomentum', { defaultValue: descentDefaults.descentLrMomentum, ...descentLrRange }),
  numberField<DescentSlice>('dlra', 'descentLrAdaGrad', { defaultValue: descentDefaults.descentLrAdaGrad, ...descentLrRange }),
  numberField<DescentSlice>('dlrd', 'descentLrAdam', { defaultValue: descentDefaults.descentLrAdam, ...descentLrRange }),
  {
    param: 'dopt',
    write: (s) => (s.descentOptimizers.join('.') === descentDefaults.descentOptimizers.join('.') ? undefined : s.descentOptimizers.join('.')),
    read: (text) => {
      const names = readOptimizers(text);
      return names ? { descentOptimizers: names } : undefined;
    },
  },
  numberField<DescentSlice>('dn', 'descentSteps', { defaultValue: descentDefaults.descentSteps, ...descentStepsRange, integer: true }),
  choiceField<DescentSlice, GradientKind>('dg', 'descentGradient', gradientKinds, descentDefaults.descentGradient),
  numberField<DescentSlice>('dstep', 'descentStep', { defaultValue: descentDefaults.descentStep, min: 0, max: descentStepsRange.max, integer: true }),
  flagField<DescentSlice>('dfit', 'descentFit', descentDefaults.descentFit),
  {
    param: 'dpin',
    write: (s) => (s.descentPinned.length > 0 ? s.descentPinned.map(writeRun).join('*') : undefined),
    read: (text) => {
      const runs = readRuns(text);
      return runs ? { descentPinned: runs } : undefined;
    },
  },
];
