import type { StateCreator } from 'zustand';
import { BOOK_TRAINING_CONFIG, iterationsPerEpoch, type TrainingConfig } from '../../src-core/index.ts';
import type { RunState, TrainingUpdate } from '../../workers/protocol.ts';
import type { TrainingSlice } from './trainingSlice.ts';
import { choiceField, numberField, type UrlField } from './urlField.ts';

/** 4.1.2's overfitting lab: train the book's network on the first N training images only. */
export const overfitSizes = ['100', '300', '1000', '10000', '60000'] as const;
export type OverfitSize = (typeof overfitSizes)[number];
export const overfitEpochRange = { min: 1, max: 2000, integer: true } as const;

/** One evaluation: train accuracy on the N images, test accuracy on all 10,000. */
export interface OverfitPoint {
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
}

export interface OverfitSlice {
  overfitSize: OverfitSize;
  overfitEpochs: number;
  overfitPoints: readonly OverfitPoint[];
  overfitState: RunState | 'none';
  overfitError: string | null;
  setOverfitSize: (size: OverfitSize) => void;
  setOverfitEpochs: (epochs: number) => void;
  runOverfit: () => Promise<void>;
  pauseOverfit: () => Promise<void>;
}

const overfitDefaults = { overfitSize: '300', overfitEpochs: 500 } as const satisfies Partial<OverfitSlice>;

/** The book's loop with train_size = N: batch 100 (or N if smaller), lr 0.1, seed 0, epochs × max(N/batch, 1) iterations. */
export function overfitConfig(size: OverfitSize, epochs: number): TrainingConfig {
  const n = Number(size);
  const batchSize = Math.min(100, n);
  return { ...BOOK_TRAINING_CONFIG, trainSize: n, batchSize, learningRate: 0.1, seed: 0, iterations: epochs * iterationsPerEpoch(n, batchSize), gradientMethod: 'backprop' };
}

export const createOverfitSlice: StateCreator<OverfitSlice & TrainingSlice, [], [], OverfitSlice> = (set, get) => {
  let runId = -1;
  const onUpdate = (update: TrainingUpdate) => {
    const fresh = update.runId !== runId;
    runId = update.runId;
    const added = update.evals.map((e) => ({ epoch: e.epoch, train: e.trainAccuracy, test: e.testAccuracy }));
    set({
      overfitPoints: fresh ? added : [...get().overfitPoints, ...added],
      overfitState: update.state,
      overfitError: update.failure,
    });
  };
  return {
    ...overfitDefaults,
    overfitPoints: [],
    overfitState: 'none',
    overfitError: null,
    setOverfitSize: (overfitSize) => set({ overfitSize }),
    setOverfitEpochs: (epochs) => {
      if (Number.isInteger(epochs) && epochs >= overfitEpochRange.min && epochs <= overfitEpochRange.max) set({ overfitEpochs: epochs });
    },
    runOverfit: async () => {
      const { overfitSize, overfitEpochs } = get();
      set({ overfitPoints: [], overfitState: 'running', overfitError: null });
      try {
        await get().trainingOverfitRun(overfitConfig(overfitSize, overfitEpochs), onUpdate);
      } catch (e) {
        set({ overfitState: 'failed', overfitError: e instanceof Error ? e.message : String(e) });
      }
    },
    pauseOverfit: () => get().trainingOverfitPause(),
  };
};

export const overfitUrlFields: UrlField<OverfitSlice>[] = [
  choiceField<OverfitSlice, OverfitSize>('on', 'overfitSize', overfitSizes, overfitDefaults.overfitSize),
  numberField<OverfitSlice>('oe', 'overfitEpochs', { defaultValue: overfitDefaults.overfitEpochs, ...overfitEpochRange }),
];
