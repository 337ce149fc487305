import type { StateCreator } from 'zustand';
import { clampToRange, numberField, type UrlField } from './urlField.ts';

/** 4.3.3: the point (x0, x1) where the partial derivatives of x0² + x1² are taken (the book's (3, 4)). */
export const partialDomain = { min: -5, max: 5 } as const;

export interface PartialSlice {
  partialX0: number;
  partialX1: number;
  setPartialX0: (x: number) => void;
  setPartialX1: (x: number) => void;
}

const partialDefaults = { partialX0: 3, partialX1: 4 } as const satisfies Partial<PartialSlice>;

export const createPartialSlice: StateCreator<PartialSlice, [], [], PartialSlice> = (set) => ({
  ...partialDefaults,
  setPartialX0: (x) => {
    if (Number.isFinite(x)) set({ partialX0: clampToRange(x, partialDomain) });
  },
  setPartialX1: (x) => {
    if (Number.isFinite(x)) set({ partialX1: clampToRange(x, partialDomain) });
  },
});

export const partialUrlFields: UrlField<PartialSlice>[] = [
  numberField<PartialSlice>('px0', 'partialX0', { defaultValue: partialDefaults.partialX0, ...partialDomain }),
  numberField<PartialSlice>('px1', 'partialX1', { defaultValue: partialDefaults.partialX1, ...partialDomain }),
];
