import type { StateCreator } from 'zustand';
import { clampToRange, numberField, type UrlField } from './urlField.ts';

/** 4.3.2: the point x where the tangent of f(x) = 0.01x² + 0.1x is drawn. */
export const tangentDomain = { min: 0, max: 20 } as const;

export interface TangentSlice {
  tangentX: number;
  setTangentX: (x: number) => void;
}

export const createTangentSlice: StateCreator<TangentSlice, [], [], TangentSlice> = (set) => ({
  tangentX: 5,
  setTangentX: (x) => {
    if (!Number.isFinite(x)) return;
    set({ tangentX: clampToRange(x, tangentDomain) });
  },
});

export const tangentUrlFields: UrlField<TangentSlice>[] = [
  numberField<TangentSlice>('x', 'tangentX', { defaultValue: 5, ...tangentDomain }),
];
