import type { StateCreator } from 'zustand';
import { clampToRange, choiceField, flagField, numberField, readUrlNumber, type UrlField } from './urlField.ts';

/** 4.4.1: gradient descent on f(x0, x1) = x0² + x1², with the settings that define the view. */
export const descentStartRange = { min: -5, max: 5 } as const;
export const descentLrRange = { min: 1e-10, max: 10 } as const;
export const descentStepsRange = { min: 1, max: 1000 } as const;
export const gradientKinds = ['numerical', 'exact'] as const;
export type GradientKind = (typeof gradientKinds)[number];

/** Everything that determines one path: a pinned path is stored as its settings and recomputed. */
export interface DescentRun {
  x0: number;
  x1: number;
  lr: number;
  steps: number;
  gradient: GradientKind;
}

export interface DescentSlice {
  descentX0: number;
  descentX1: number;
  descentLr: number;
  descentSteps: number;
  descentGradient: GradientKind;
  /** The step shown by the marker and the table; null follows the last step. */
  descentStep: number | null;
  /** Zoom out to fit the whole path (symlog axes) instead of the fixed view. */
  descentFit: boolean;
  descentPinned: DescentRun | null;
  setDescentStart: (x0: number, x1: number) => void;
  setDescentLr: (lr: number) => void;
  setDescentSteps: (steps: number) => void;
  setDescentGradient: (kind: GradientKind) => void;
  setDescentStep: (step: number | null) => void;
  setDescentFit: (fit: boolean) => void;
  pinDescentRun: (run: DescentRun | null) => void;
}

/** The book's example: init_x = [-3.0, 4.0], lr = 0.1, step_num = 100. The URL leaves these out. */
export const descentDefaults = {
  descentX0: -3,
  descentX1: 4,
  descentLr: 0.1,
  descentSteps: 100,
  descentGradient: 'numerical',
  descentStep: null,
  descentFit: false,
  descentPinned: null,
} as const satisfies Partial<DescentSlice>;

export const createDescentSlice: StateCreator<DescentSlice, [], [], DescentSlice> = (set) => ({
  ...descentDefaults,
  setDescentStart: (x0, x1) => {
    if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
    set({ descentX0: clampToRange(x0, descentStartRange), descentX1: clampToRange(x1, descentStartRange) });
  },
  setDescentLr: (lr) => {
    if (Number.isFinite(lr)) set({ descentLr: clampToRange(lr, descentLrRange) });
  },
  setDescentSteps: (steps) => {
    if (Number.isInteger(steps)) set({ descentSteps: clampToRange(steps, descentStepsRange), descentStep: null });
  },
  setDescentGradient: (descentGradient) => set({ descentGradient }),
  setDescentStep: (step) => {
    if (step === null || (Number.isInteger(step) && step >= 0)) set({ descentStep: step });
  },
  setDescentFit: (descentFit) => set({ descentFit }),
  pinDescentRun: (descentPinned) => set({ descentPinned }),
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

export const descentUrlFields: UrlField<DescentSlice>[] = [
  numberField<DescentSlice>('dx0', 'descentX0', { defaultValue: descentDefaults.descentX0, ...descentStartRange }),
  numberField<DescentSlice>('dx1', 'descentX1', { defaultValue: descentDefaults.descentX1, ...descentStartRange }),
  numberField<DescentSlice>('dlr', 'descentLr', { defaultValue: descentDefaults.descentLr, ...descentLrRange }),
  numberField<DescentSlice>('dn', 'descentSteps', { defaultValue: descentDefaults.descentSteps, ...descentStepsRange, integer: true }),
  choiceField<DescentSlice, GradientKind>('dg', 'descentGradient', gradientKinds, descentDefaults.descentGradient),
  numberField<DescentSlice>('dstep', 'descentStep', { defaultValue: descentDefaults.descentStep, min: 0, max: descentStepsRange.max, integer: true }),
  flagField<DescentSlice>('dfit', 'descentFit', descentDefaults.descentFit),
  {
    param: 'dpin',
    write: (s) => (s.descentPinned ? writeRun(s.descentPinned) : undefined),
    read: (text) => {
      const run = readRun(text);
      return run ? { descentPinned: run } : undefined;
    },
  },
];
