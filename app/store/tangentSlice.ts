import type { StateCreator } from 'zustand';
import { clampToRange, numberField, type UrlField } from './urlField.ts';

/** 4.3.2: the point x where the tangent of f(x) = 0.01x² + 0.1x is drawn. */
export const tangentDomain = { min: 0, max: 20 } as const;

export interface TangentSlice {
  tangentX: number;
  setTangentX: (x: number) => void;
}

const tangentDefaults = { tangentX: 5 } as const satisfies Partial<TangentSlice>;

export const createTangentSlice: StateCreator<TangentSlice, [], [], TangentSlice> = (set) => ({
  ...tangentDefaults,
  setTangentX: (x) => {
    if (!Number.isFinite(x)) return;
    set({ tangentX: clampToRange(x, tangentDomain) });
  },
});

export const tangentUrlFields: UrlField<TangentSlice>[] = [
  numberField<TangentSlice>('x', 'tangentX', { defaultValue: tangentDefaults.tangentX, ...tangentDomain }),
];
