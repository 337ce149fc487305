import type { StateCreator } from 'zustand';
import { CLASSES, decodeParts, encodeParts, isValidParts, redistribute } from './lossParts.ts';
import { flagField, numberField, type UrlField } from './urlField.ts';

/** The notes' example 1 ('2' most likely) in ten-thousandths: y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]. */
export const lossExample1 = [1000, 500, 6000, 0, 500, 1000, 0, 1000, 0, 0] as const;
/** Example 2 ('7' most likely): y = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]. */
export const lossExample2 = [1000, 500, 1000, 0, 500, 1000, 0, 6000, 0, 0] as const;
export const batchRows = 5;
export const batchSeedMax = 999999;

/** 4.2: the ten outputs y (whole parts of PARTS), the true label t, the −log plot's scale and the mini-batch. */
export interface LossSlice {
  lossParts: readonly number[];
  lossLabel: number;
  lossLogScale: boolean;
  batchSeed: number;
  /** Labels the learner set by hand, or null for the labels drawn with the seed. */
  batchLabels: readonly number[] | null;
  setLossBar: (index: number, parts: number) => void;
  setLossParts: (parts: readonly number[]) => void;
  setLossLabel: (label: number) => void;
  setLossLogScale: (log: boolean) => void;
  newBatch: () => void;
  setBatchLabels: (labels: readonly number[]) => void;
}

const isClass = (k: number) => Number.isInteger(k) && k >= 0 && k < CLASSES;

const lossDefaults = {
  lossParts: lossExample1,
  lossLabel: 2,
  lossLogScale: false,
  batchSeed: 0,
  batchLabels: null,
} as const satisfies Partial<LossSlice>;

export const createLossSlice: StateCreator<LossSlice, [], [], LossSlice> = (set) => ({
  ...lossDefaults,
  setLossBar: (index, parts) => {
    if (!isClass(index) || !Number.isFinite(parts)) return;
    set((s) => ({ lossParts: redistribute(s.lossParts, index, parts) }));
  },
  setLossParts: (parts) => {
    if (isValidParts(parts)) set({ lossParts: parts.slice() });
  },
  setLossLabel: (label) => {
    if (isClass(label)) set({ lossLabel: label });
  },
  setLossLogScale: (lossLogScale) => set({ lossLogScale }),
  newBatch: () => set((s) => ({ batchSeed: (s.batchSeed + 1) % (batchSeedMax + 1), batchLabels: null })),
  setBatchLabels: (labels) => {
    if (labels.length === batchRows && labels.every(isClass)) set({ batchLabels: labels.slice() });
  },
});

const defaultParts = encodeParts(lossDefaults.lossParts);

export const lossUrlFields: UrlField<LossSlice>[] = [
  {
    param: 'ly',
    write: (s) => (encodeParts(s.lossParts) === defaultParts ? undefined : encodeParts(s.lossParts)),
    read: (text) => {
      const parts = decodeParts(text);
      return parts ? { lossParts: parts } : undefined;
    },
  },
  numberField<LossSlice>('lt', 'lossLabel', { defaultValue: lossDefaults.lossLabel, min: 0, max: CLASSES - 1, integer: true }),
  flagField<LossSlice>('llog', 'lossLogScale', lossDefaults.lossLogScale),
  numberField<LossSlice>('lbs', 'batchSeed', { defaultValue: lossDefaults.batchSeed, min: 0, max: batchSeedMax, integer: true }),
  {
    param: 'lbt',
    write: (s) => (s.batchLabels ? s.batchLabels.join('') : undefined),
    read: (text) => (/^\d{5}$/.test(text) ? { batchLabels: [...text].map(Number) } : undefined),
  },
];

