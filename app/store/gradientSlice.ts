import type { StateCreator } from 'zustand';
import { clampToRange, numberField, type UrlField } from './urlField.ts';

/** 4.4: the point where numericalGradient(function2, x) is read out. Typed points may leave the book's grid. */
export const gradientPointRange = { min: -5, max: 5 } as const;

export interface GradientSlice {
  gradientX0: number;
  gradientX1: number;
  setGradientPoint: (x0: number, x1: number) => void;
}

/** The book's probe point (0, 2) beside figure 4-9. */
export const gradientDefaults = { gradientX0: 0, gradientX1: 2 } as const satisfies Partial<GradientSlice>;

export const createGradientSlice: StateCreator<GradientSlice, [], [], GradientSlice> = (set) => ({
  ...gradientDefaults,
  setGradientPoint: (x0, x1) => {
    if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
    set({ gradientX0: clampToRange(x0, gradientPointRange), gradientX1: clampToRange(x1, gradientPointRange) });
  },
});

export const gradientUrlFields: UrlField<GradientSlice>[] = [
  numberField<GradientSlice>('gx0', 'gradientX0', { defaultValue: gradientDefaults.gradientX0, ...gradientPointRange }),
  numberField<GradientSlice>('gx1', 'gradientX1', { defaultValue: gradientDefaults.gradientX1, ...gradientPointRange }),
];
