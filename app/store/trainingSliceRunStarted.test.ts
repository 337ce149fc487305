// A run paused (or running) at iteration 0 has begun: a numerical iteration can take seconds and its partial
// gradient is the learner's work. Changed settings wait for Reset (the panel says so) instead of silently
// replacing the run on Resume.
import { expect, test, vi } from 'vitest';
import { create } from 'zustand';
import type { TrainingBridge } from '../bridge/trainingBridge.ts';
import type { DataSummary } from '../../workers/protocol.ts';

const calls: string[] = [];
const summary: DataSummary = {
  trainCount: 60_000, testCount: 10_000, side: 28, sampleIndices: new Int32Array(0), sampleImages: new Uint8Array(0), sampleLabels: new Uint8Array(0),
};
vi.mock('../bridge/trainingBridge.ts', () => ({
  createTrainingBridge: (): TrainingBridge => ({
    api: {
      configure: async () => void calls.push('configure'),
      start: async () => void calls.push('start'),
      resume: async () => void calls.push('resume'),
      step: async () => void calls.push('step'),
    } as unknown as TrainingBridge['api'],
    loadData: async () => summary,
    dispose: () => undefined,
  }),
}));

const { createTrainingSlice, runStarted } = await import('./trainingSlice.ts');

test('a run is started once it leaves idle, even at iteration 0', () => {
  expect(runStarted(null)).toBe(false);
  expect(runStarted({ state: 'idle', iteration: 0 })).toBe(false);
  expect(runStarted({ state: 'running', iteration: 0 })).toBe(true);
  expect(runStarted({ state: 'paused', iteration: 0 })).toBe(true);
  expect(runStarted({ state: 'paused', iteration: 3 })).toBe(true);
});

test('Resume of a run paused mid-way through iteration 0 keeps the run when a setting changed', async () => {
  const store = create(createTrainingSlice);
  await store.getState().loadTrainingData();
  store.setState({ trainStatus: { runId: 1, state: 'paused', iteration: 0 } as never });
  store.getState().setTrainSetting('hiddenSize', 20);
  calls.length = 0;
  await store.getState().startTraining();
  expect(calls).toEqual(['resume']);
  await store.getState().stepTraining(1);
  expect(calls).toEqual(['resume', 'step']);
  expect(store.getState().trainRunConfig?.hiddenSize).toBe(50);
});

test('before a run starts, changed settings still apply on Start', async () => {
  const store = create(createTrainingSlice);
  await store.getState().loadTrainingData();
  store.setState({ trainStatus: { runId: 1, state: 'idle', iteration: 0 } as never });
  store.getState().setTrainSetting('hiddenSize', 20);
  calls.length = 0;
  await store.getState().startTraining();
  expect(calls).toEqual(['configure', 'start']);
  expect(store.getState().trainRunConfig?.hiddenSize).toBe(20);
});
