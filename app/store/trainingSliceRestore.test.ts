// After a back/forward-cache restore the worker is gone (the bridge ended it on pagehide): the slice starts
// over as on a first visit and loads the data again through a fresh worker.
import { expect, test, vi } from 'vitest';
import { create } from 'zustand';
import type { BridgeHandlers, TrainingBridge } from '../bridge/trainingBridge.ts';
import type { DataSummary } from '../../workers/protocol.ts';

const calls: string[] = [];
let handlers: BridgeHandlers | null = null;
const summary: DataSummary = {
  trainCount: 60_000, testCount: 10_000, side: 28, sampleIndices: new Int32Array(0), sampleImages: new Uint8Array(0), sampleLabels: new Uint8Array(0),
};
vi.mock('../bridge/trainingBridge.ts', () => ({
  createTrainingBridge: (h: BridgeHandlers): TrainingBridge => {
    handlers = h;
    return {
      api: { configure: async () => void calls.push('configure') } as unknown as TrainingBridge['api'],
      loadData: async () => {
        calls.push('loadData');
        return summary;
      },
      dispose: () => undefined,
    };
  },
}));

const { createTrainingSlice } = await import('./trainingSlice.ts');

test('a restore after pagehide reloads the data and configures a new run; nothing happens before any load', async () => {
  const store = create(createTrainingSlice);
  await store.getState().loadTrainingData();
  expect(calls).toEqual(['loadData', 'configure']);
  store.setState({ trainStatus: { runId: 3 } as never });
  handlers?.onRestore?.();
  expect(store.getState().trainStatus).toBeNull();
  expect(store.getState().trainDataStatus).toBe('loading');
  await vi.waitFor(() => expect(store.getState().trainDataStatus).toBe('ready'));
  expect(calls).toEqual(['loadData', 'configure', 'loadData', 'configure']);
  store.setState({ trainDataStatus: 'error' });
  handlers?.onRestore?.(); // a failed load stays failed (its Retry button starts a fresh worker)
  expect(store.getState().trainDataStatus).toBe('error');
});
