import type { StateCreator } from 'zustand';
import { choiceField, numberField, type UrlField } from './urlField.ts';

/** 4.1: which MNIST image the browser shows (set and index), and how its vector is written. */
export type MnistSet = 'train' | 'test';
export const mnistCounts: Readonly<Record<MnistSet, number>> = { train: 60000, test: 10000 };

export interface MnistBrowserSlice {
  mnistSet: MnistSet;
  mnistIndex: number;
  /** The vector as the network receives it: /255 (true) or the raw bytes 0–255 (false). */
  mnistScaled: boolean;
  setMnistSet: (set: MnistSet) => void;
  setMnistIndex: (index: number) => void;
  setMnistScaled: (scaled: boolean) => void;
}

const mnistDefaults = { mnistSet: 'train', mnistIndex: 0, mnistScaled: false } as const satisfies Partial<MnistBrowserSlice>;

export const createMnistBrowserSlice: StateCreator<MnistBrowserSlice, [], [], MnistBrowserSlice> = (set, get) => ({
  ...mnistDefaults,
  // A smaller set keeps the index inside it.
  setMnistSet: (mnistSet) => set({ mnistSet, mnistIndex: Math.min(get().mnistIndex, mnistCounts[mnistSet] - 1) }),
  setMnistIndex: (index) => {
    if (Number.isInteger(index) && index >= 0 && index < mnistCounts[get().mnistSet]) set({ mnistIndex: index });
  },
  setMnistScaled: (mnistScaled) => set({ mnistScaled }),
});

export const mnistBrowserUrlFields: UrlField<MnistBrowserSlice>[] = [
  choiceField<MnistBrowserSlice, MnistSet>('ms', 'mnistSet', ['train', 'test'], mnistDefaults.mnistSet),
  numberField<MnistBrowserSlice>('mi', 'mnistIndex', { defaultValue: mnistDefaults.mnistIndex, min: 0, max: mnistCounts.train - 1, integer: true }),
];
