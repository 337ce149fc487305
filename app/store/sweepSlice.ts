import type { StateCreator } from 'zustand';
import type { SweepRequest, SweepResult } from '../../workers/protocol.ts';
import type { TrainingSlice } from './trainingSlice.ts';
import { choiceField, numberField, type UrlField } from './urlField.ts';

/** 4.2.5: which weight is swept, over which range; the latest result and where the marker stands. */
export const sweepRange = { min: -1000, max: 1000 } as const;
export const sweepSizes = { W1: 784 * 50, W2: 50 * 10 } as const;
export const SWEEP_STEPS = 121;

export interface SweepSlice {
  sweepParam: 'W1' | 'W2';
  sweepIndex: number;
  sweepFrom: number;
  sweepTo: number;
  sweepResult: (SweepResult & { readonly trained: boolean }) | null;
  sweepBusy: boolean;
  sweepError: string | null;
  /** How long the latest sweep took in the worker, round trip (ms). */
  sweepMs: number | null;
  sweepMarker: number | null;
  setSweepParam: (param: 'W1' | 'W2') => void;
  setSweepIndex: (index: number) => void;
  setSweepFrom: (from: number) => void;
  setSweepTo: (to: number) => void;
  setSweepMarker: (x: number) => void;
  runSweep: () => Promise<void>;
}

// W2[0][1]: hidden unit 0's weight into class 1's score. A seeded fresh network guesses one class for every image;
// raising class 1's score past it turns the batch's guesses to 1 at once: a visible step (0.11 → 0.14 at seed 0).
const sweepDefaults = { sweepParam: 'W2', sweepIndex: 1, sweepFrom: -10, sweepTo: 10 } as const satisfies Partial<SweepSlice>;

export const createSweepSlice: StateCreator<SweepSlice & TrainingSlice, [], [], SweepSlice> = (set, get) => ({
  ...sweepDefaults,
  sweepResult: null,
  sweepBusy: false,
  sweepError: null,
  sweepMs: null,
  sweepMarker: null,
  setSweepParam: (sweepParam) => set({ sweepParam, sweepIndex: Math.min(get().sweepIndex, sweepSizes[sweepParam] - 1) }),
  setSweepIndex: (index) => {
    if (Number.isInteger(index) && index >= 0 && index < sweepSizes[get().sweepParam]) set({ sweepIndex: index });
  },
  // The range's ends stay ordered: an end that would pass the other is refused by the field (its max/min).
  setSweepFrom: (from) => {
    if (Number.isFinite(from) && from < get().sweepTo && from >= sweepRange.min) set({ sweepFrom: from });
  },
  setSweepTo: (to) => {
    if (Number.isFinite(to) && to > get().sweepFrom && to <= sweepRange.max) set({ sweepTo: to });
  },
  setSweepMarker: (sweepMarker) => set({ sweepMarker }),
  runSweep: async () => {
    const { sweepParam, sweepIndex, sweepFrom, sweepTo } = get();
    const request: SweepRequest = { param: sweepParam, index: sweepIndex, from: sweepFrom, to: sweepTo, steps: SWEEP_STEPS };
    set({ sweepBusy: true, sweepError: null });
    const started = performance.now();
    try {
      const result = await get().trainingSweepWeight(request);
      if (!result) return; // a newer sweep replaced this one: it reports instead
      const current = result.current;
      set({
        sweepResult: result, sweepBusy: false, sweepMs: performance.now() - started,
        sweepMarker: current >= sweepFrom && current <= sweepTo ? current : (sweepFrom + sweepTo) / 2,
      });
    } catch (e) {
      set({ sweepBusy: false, sweepError: e instanceof Error ? e.message : String(e) });
    }
  },
});

export const sweepUrlFields: UrlField<SweepSlice>[] = [
  choiceField<SweepSlice, 'W1' | 'W2'>('wp', 'sweepParam', ['W1', 'W2'], sweepDefaults.sweepParam),
  numberField<SweepSlice>('wi', 'sweepIndex', { defaultValue: sweepDefaults.sweepIndex, min: 0, max: sweepSizes.W1 - 1, integer: true }),
  numberField<SweepSlice>('wa', 'sweepFrom', { defaultValue: sweepDefaults.sweepFrom, ...sweepRange }),
  numberField<SweepSlice>('wb', 'sweepTo', { defaultValue: sweepDefaults.sweepTo, ...sweepRange }),
];
