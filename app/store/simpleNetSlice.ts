import type { StateCreator } from 'zustand';
import { createRandom, matrixCreate, SimpleNet } from '../../src-core/index.ts';
import { numberField, readUrlNumber, type UrlField } from './urlField.ts';

/** 4.4.2 simpleNet: the weights (2×3, row-major), the input, the label, and the training run on them. */
export const snSeedRange = { min: 0, max: 2 ** 32 - 1 } as const;
export const snWeightRange = { min: -100, max: 100 } as const;
export const snInputRange = { min: -10, max: 10 } as const;
export const snLrRange = { min: 1e-4, max: 10 } as const;
export const snNudgeRange = { min: 1e-8, max: 1 } as const;
export const SN_HISTORY_LIMIT = 500;

/** What the last "nudge" did: w_ij += h, the loss before and after, and dW_ij·h predicted before it. */
export interface SimpleNetNudge {
  cell: number;
  h: number;
  lossBefore: number;
  lossAfter: number;
  predicted: number;
}

export interface SimpleNetSlice {
  snSeed: number;
  snW: readonly number[];
  snX0: number;
  snX1: number;
  /** The correct label: t is one-hot at this index. */
  snT: number;
  snLr: number;
  /** Losses before each step taken since the weights, x or t last changed otherwise. */
  snHistory: readonly number[];
  /** The weight the nudge acts on (row-major index 0…5) and its size. */
  snNudgeCell: number;
  snNudgeH: number;
  snLastNudge: SimpleNetNudge | null;
  drawSimpleNetW: (seed: number) => void;
  setSimpleNetWeight: (cell: number, value: number) => void;
  setSimpleNetX: (index: 0 | 1, value: number) => void;
  setSimpleNetT: (label: number) => void;
  setSimpleNetLr: (lr: number) => void;
  setSimpleNetNudgeCell: (cell: number) => void;
  setSimpleNetNudgeH: (h: number) => void;
  /** w_ij += sign·h on the chosen weight, recording the loss change against dW_ij·h. */
  nudgeSimpleNet: (sign: 1 | -1) => void;
  /** One step of gradient descent W −= lr·dW with the book's numerical gradient; false once the history is full. */
  stepSimpleNet: () => boolean;
  clearSimpleNetHistory: () => void;
}

const inRange = (v: number, r: { min: number; max: number }) => Number.isFinite(v) && v >= r.min && v <= r.max;

/** The core network for the current settings (the panel reads every number from it). */
export function simpleNetOf(w: readonly number[]): SimpleNet {
  return new SimpleNet(matrixCreate(2, 3, w));
}

export function drawWeights(seed: number): number[] {
  return Array.from(new SimpleNet(createRandom(seed)).W.data);
}

const changed = { snHistory: [] as readonly number[], snLastNudge: null };

/** The book's x = [0.6, 0.9], t = [0, 0, 1]; the seed draws W. The URL leaves these out. */
const simpleNetDefaults = {
  snSeed: 0,
  snX0: 0.6,
  snX1: 0.9,
  snT: 2,
  snLr: 0.1,
  snNudgeCell: 0,
  snNudgeH: 0.01,
} as const satisfies Partial<SimpleNetSlice>;

export const createSimpleNetSlice: StateCreator<SimpleNetSlice, [], [], SimpleNetSlice> = (set, get) => ({
  ...simpleNetDefaults,
  snW: drawWeights(simpleNetDefaults.snSeed),
  snHistory: [],
  snLastNudge: null,
  drawSimpleNetW: (seed) => {
    if (!Number.isInteger(seed) || !inRange(seed, snSeedRange)) return;
    set({ snSeed: seed, snW: drawWeights(seed), ...changed });
  },
  setSimpleNetWeight: (cell, value) => {
    const w = get().snW;
    if (!Number.isInteger(cell) || cell < 0 || cell > 5 || !inRange(value, snWeightRange) || w[cell] === value) return;
    set({ snW: w.map((v, i) => (i === cell ? value : v)), ...changed });
  },
  setSimpleNetX: (index, value) => {
    const key = index === 0 ? 'snX0' : 'snX1';
    if (!inRange(value, snInputRange) || get()[key] === value) return;
    set({ [key]: value, ...changed });
  },
  setSimpleNetT: (label) => {
    if (![0, 1, 2].includes(label) || get().snT === label) return;
    set({ snT: label, ...changed });
  },
  setSimpleNetLr: (lr) => {
    if (inRange(lr, snLrRange)) set({ snLr: lr });
  },
  setSimpleNetNudgeCell: (cell) => {
    if (Number.isInteger(cell) && cell >= 0 && cell <= 5) set({ snNudgeCell: cell });
  },
  setSimpleNetNudgeH: (h) => {
    if (inRange(h, snNudgeRange)) set({ snNudgeH: h });
  },
  nudgeSimpleNet: (sign) => {
    const { snW, snX0, snX1, snT, snNudgeCell: cell, snNudgeH } = get();
    const h = sign * snNudgeH;
    const x = [snX0, snX1];
    const net = simpleNetOf(snW);
    const lossBefore = net.loss(x, snT);
    const predicted = net.numericalGradient(x, snT).data[cell] * h;
    const next = snW.map((v, i) => (i === cell ? v + h : v));
    if (!inRange(next[cell], snWeightRange)) return;
    const lossAfter = simpleNetOf(next).loss(x, snT);
    set({ snW: next, snHistory: [], snLastNudge: { cell, h, lossBefore, lossAfter, predicted } });
  },
  stepSimpleNet: () => {
    const { snW, snX0, snX1, snT, snLr, snHistory } = get();
    if (snHistory.length >= SN_HISTORY_LIMIT) return false;
    const x = [snX0, snX1];
    const net = simpleNetOf(snW);
    const loss = net.loss(x, snT);
    const dW = net.numericalGradient(x, snT).data;
    const next = snW.map((w, i) => w - snLr * dW[i]);
    if (!next.every((v) => inRange(v, snWeightRange))) return false;
    set({ snW: next, snHistory: [...snHistory, loss], snLastNudge: null });
    return snHistory.length + 1 < SN_HISTORY_LIMIT;
  },
  clearSimpleNetHistory: () => set({ snHistory: [] }),
});

export const simpleNetUrlFields: UrlField<SimpleNetSlice>[] = [
  {
    // The seed defines W: a link redraws the same weights.
    param: 'sns',
    write: (s) => (s.snSeed === simpleNetDefaults.snSeed ? undefined : String(s.snSeed)),
    read: (text) => {
      const seed = readUrlNumber(text, { ...snSeedRange, integer: true });
      return seed === undefined ? undefined : { snSeed: seed, snW: drawWeights(seed) };
    },
  },
  numberField<SimpleNetSlice>('snx0', 'snX0', { defaultValue: simpleNetDefaults.snX0, ...snInputRange }),
  numberField<SimpleNetSlice>('snx1', 'snX1', { defaultValue: simpleNetDefaults.snX1, ...snInputRange }),
  numberField<SimpleNetSlice>('snt', 'snT', { defaultValue: simpleNetDefaults.snT, min: 0, max: 2, integer: true }),
  numberField<SimpleNetSlice>('snlr', 'snLr', { defaultValue: simpleNetDefaults.snLr, ...snLrRange }),
  numberField<SimpleNetSlice>('snc', 'snNudgeCell', { defaultValue: simpleNetDefaults.snNudgeCell, min: 0, max: 5, integer: true }),
  numberField<SimpleNetSlice>('snh', 'snNudgeH', { defaultValue: simpleNetDefaults.snNudgeH, ...snNudgeRange }),
];
