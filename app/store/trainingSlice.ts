// 4.5's run: the worker's state of the current run as the store keeps it, and the actions a panel calls.
// What to ask the worker, and when, is app/bridge/trainingSession.ts's; the settings are trainingSettingsSlice's.
import type { StateCreator } from 'zustand';
import { checkNpzSize, NpzError, readParamsNpz, settingProblem, writeParamsNpz, type NpzProblem, type TrainingConfig } from '../../src-core/index.ts';
import { createTrainingSession, type TrainingSession } from '../bridge/trainingSession.ts';
import { withRateMark } from './rateMarks.ts';
import type {
  ConfusionCellPage, MnistImage, SweepRequest, SweepResult, DataSummary, EvalPoint, NetworkWeights, GradientCheckReport, LoadFailure, LoadProgress, RunSnapshot, TrainingUpdate,
} from '../../workers/protocol.ts';
import { trainingConfigOf, type TrainingSettingHooks, type TrainingSettingsSlice } from './trainingSettingsSlice.ts';

/** 'lost': the worker stopped answering and was ended; 'cancelled': the learner stopped the download. */
export type DataStatus = 'none' | 'loading' | 'ready' | 'error' | 'lost' | 'cancelled';

/**
 * Something the learner should know about the worker, beside the run's own state: it stopped answering
 * ('lost'), an error escaped it ('workerError'), or the run came back from the back/forward cache ('restored').
 */
export interface TrainingFault {
  readonly kind: 'lost' | 'workerError' | 'restored';
  readonly message: string | null;
  /** The iteration the run had reached when it happened (lost), or went on from (restored). */
  readonly iteration: number | null;
}

/** Per-iteration losses of the current run; `values` is filled in place, the wrapper changes per update. */
export interface LossSeries {
  readonly runId: number;
  readonly values: Float64Array;
  readonly count: number;
  /** Largest finite loss so far (sets the chart's range). */
  readonly max: number;
}

/** Downloadable weights: the .npz bytes, the network's sizes (784, H, 10) and the iteration they are from. */
export interface WeightsExport {
  readonly bytes: Uint8Array;
  readonly sizes: readonly [number, number, number];
  readonly iteration: number;
  /** The saved network's accuracy on the test set, measured now (not at the last evaluation). */
  readonly testAccuracy: number | null;
}

/** A loaded weights file, or why it was refused (nothing changed then). */
export type WeightsImport =
  | { readonly ok: true; readonly hiddenSize: number; readonly testAccuracy: number | null }
  | { readonly ok: false; readonly problem: NpzProblem | 'hiddenSize' | 'worker'; readonly detail: string };

/** The worker's latest state of the run. */
export type RunStatus = Omit<TrainingUpdate, 'losses' | 'evals' | 'predictions' | 'firstIteration' | 'snapshot'>;

/** A learning-rate change during the run, drawn on the loss chart. */
export interface RateMark {
  readonly iteration: number;
  readonly learningRate: number;
}

export interface TrainingSlice extends TrainingSettingHooks {
  trainDataStatus: DataStatus;
  trainLoadProgress: LoadProgress | null;
  trainLoadError: LoadFailure | null;
  trainSamples: DataSummary | null;
  /** The worker's latest state of the run, with the configuration it trains with (null before the first). */
  trainStatus: RunStatus | null;
  trainLosses: LossSeries;
  trainEvals: readonly EvalPoint[];
  trainPredictions: Uint8Array | null;
  trainRateMarks: readonly RateMark[];
  /** A refused command (the worker's message). */
  trainCommandError: string | null;
  /** The run at its last epoch boundary, kept here so a fresh worker can go on from it. */
  trainSnapshot: RunSnapshot | null;
  trainFault: TrainingFault | null;
  loadTrainingData: () => Promise<void>;
  /** Goes on from the last snapshot in a fresh worker (after a lost worker or a failed run), paused. */
  continueTraining: () => Promise<void>;
  cancelTrainingLoad: () => void;
  /** Slow motion (1, 0.1, 0.01 of full speed), for the current run. */
  setTrainingSpeed: (speed: number) => Promise<void>;
  dismissTrainingFault: () => void;
  startTraining: () => Promise<void>;
  pauseTraining: () => Promise<void>;
  stepTraining: (n: number) => Promise<void>;
  /** A new run with the current settings (seeded weights, iteration 0). */
  resetTraining: () => Promise<void>;
  /** Backprop against the numerical gradient on the current network and `batchSize` training images. */
  trainingGradientCheck: (batchSize: number) => Promise<GradientCheckReport>;
  /** The current network as .npz bytes (what np.load opens), or null before a run is loaded. */
  trainingExportWeights: () => Promise<WeightsExport | null>;
  /** Reads an .npz (refused by size before reading) and loads it into a fresh run of its hidden size. */
  trainingImportWeights: (file: Blob) => Promise<WeightsImport>;
  trainingConfusionCell: (actual: number, predicted: number, offset: number, limit: number) => Promise<ConfusionCellPage | null>;
  trainingWeights: () => Promise<NetworkWeights | null>;
  /** 4.1's browser: one image of the worker's MNIST (null until the data set is loaded). */
  trainingMnistImage: (set: 'train' | 'test', index: number) => Promise<MnistImage | null>;
  /** 4.1.2: a fresh overfitting run in the worker's second slot, started; its updates go to `onUpdate`. */
  trainingOverfitRun: (config: TrainingConfig, onUpdate: (update: TrainingUpdate) => void) => Promise<void>;
  trainingOverfitPause: () => Promise<void>;
  /** 4.2.5: a weight swept in the worker (null when a newer sweep replaced it). */
  trainingSweepWeight: (request: SweepRequest) => Promise<(SweepResult & { readonly trained: boolean }) | null>;
  trainingPredictDigit: (pixels: Float64Array) => Promise<Float64Array | null>;
  /** `worker` counts the workers of the page: a new one numbers its runs from 1 again. */
  applyTrainingUpdate: (update: TrainingUpdate, worker?: number) => void;
  /** Terminates the worker; the data set is loaded again on next use. */
  disposeTraining: () => void;
}

const emptyLosses: LossSeries = { runId: 0, values: new Float64Array(0), count: 0, max: 0 };

/** A restored run keeps the losses of the run it goes on from, up to where it was restored. */
function carryLosses(series: LossSeries, upTo: number, update: TrainingUpdate): LossSeries {
  const values = new Float64Array(Math.max(update.iterations, upTo));
  values.set(series.values.subarray(0, Math.min(upTo, series.count)));
  let max = 0;
  for (let i = 0; i < upTo; i++) if (Number.isFinite(values[i]) && values[i] > max) max = values[i];
  return { runId: update.runId, values, count: Math.min(upTo, series.count), max };
}

function appendLosses(series: LossSeries, update: TrainingUpdate): LossSeries {
  const fresh = series.runId !== update.runId;
  let values = fresh ? new Float64Array(update.iterations) : series.values;
  const end = update.firstIteration + update.losses.length;
  if (end > values.length) {
    const bigger = new Float64Array(Math.max(end, values.length * 2));
    bigger.set(values);
    values = bigger;
  }
  values.set(update.losses, update.firstIteration);
  let max = fresh ? 0 : series.max;
  for (const v of update.losses) if (Number.isFinite(v) && v > max) max = v;
  return { runId: update.runId, values, count: Math.max(fresh ? 0 : series.count, end), max };
}

const idle = { trainDataStatus: 'none', trainStatus: null, trainSamples: null, trainLoadProgress: null } as const;

export const createTrainingSlice: StateCreator<TrainingSlice & TrainingSettingsSlice, [], [], TrainingSlice> = (set, get) => {
  // The one session, created on first use and kept for the page's life.
  let session: TrainingSession | null = null;
  /** The worker whose updates came last. */
  let updatesFrom = 0;
  /** When the learning rate last changed (ms): a drag of the slider makes one mark. */
  let lastRateChange = -Infinity;
  /** Where 4.1.2's run slot reports (the overfitting lab's store). */
  let overfitUpdate: ((update: TrainingUpdate) => void) | null = null;
  const worker = (): TrainingSession =>
    (session ??= createTrainingSession({
      settings: () => trainingConfigOf(get()),
      status: () => get().trainStatus,
      onUpdate: (update, worker) => get().applyTrainingUpdate(update, worker),
      onOverfitUpdate: (update) => overfitUpdate?.(update),
      onLoading: (progress) => set({ trainDataStatus: 'loading', trainLoadError: null, trainLoadProgress: progress }),
      onLoaded: (summary) => set({ trainDataStatus: 'ready', trainSamples: summary, trainLoadProgress: null }),
      onLoadFailed: (failure) => set({ trainDataStatus: 'error', trainLoadError: failure, trainLoadProgress: null }),
      snapshot: () => get().trainSnapshot,
      onRestored: (from) => {
        set({ ...idle, trainFault: from ? { kind: 'restored', message: null, iteration: from.trainer.iteration } : null });
      },
      onWorkerLost: () => {
        const iteration = get().trainStatus?.iteration ?? null;
        set({ trainDataStatus: 'lost', trainFault: { kind: 'lost', message: null, iteration } });
      },
      onWorkerError: (text) => set({ trainFault: { kind: 'workerError', message: text, iteration: get().trainStatus?.iteration ?? null } }),
      onLoadCancelled: () => set({ trainDataStatus: 'cancelled', trainLoadProgress: null }),
      onCommandError: (text) => set({ trainCommandError: text }),
    }));

  return {
    trainDataStatus: 'none',
    trainLoadProgress: null,
    trainLoadError: null,
    trainSamples: null,
    trainStatus: null,
    trainLosses: emptyLosses,
    trainEvals: [],
    trainPredictions: null,
    trainRateMarks: [],
    trainCommandError: null,
    trainSnapshot: null,
    trainFault: null,

    trainSettingChanged: (key) => {
      // The learning rate changes live in a run the worker has; other settings wait for Start or Reset.
      if (key === 'learningRate' && get().trainStatus) void worker().setLearningRate(get().trainLr);
    },
    loadTrainingData: () => worker().load(),
    continueTraining: async () => {
      const from = get().trainSnapshot;
      if (!from) return;
      set({ trainFault: null });
      await worker().continueFrom(from);
    },
    cancelTrainingLoad: () => worker().cancelLoad(),
    setTrainingSpeed: (speed) => worker().setSpeed(speed),
    dismissTrainingFault: () => set({ trainFault: null }),
    startTraining: () => worker().start(),
    pauseTraining: () => worker().pause(),
    stepTraining: (n) => worker().step(n),
    resetTraining: () => worker().reset(),
    trainingGradientCheck: (batchSize) => worker().gradientCheck(batchSize),
    trainingExportWeights: async () => {
      const params = await worker().exportParams();
      if (!params) return null;
      const bytes = writeParamsNpz(params);
      const iteration = get().trainStatus?.iteration ?? 0;
      return { bytes, sizes: [params.inputSize, params.hiddenSize, params.outputSize], iteration, testAccuracy: await worker().testAccuracy() };
    },
    trainingImportWeights: async (file) => {
      let params;
      try {
        checkNpzSize(file.size); // a 1 GB file is refused before a byte of it is read
        params = readParamsNpz(new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        if (e instanceof NpzError) return { ok: false, problem: e.problem, detail: e.message };
        throw e;
      }
      const tooBig = settingProblem('hiddenSize', params.hiddenSize);
      if (tooBig) return { ok: false, problem: 'hiddenSize', detail: tooBig };
      get().setTrainSetting('hiddenSize', params.hiddenSize);
      try {
        await worker().importParams(params);
      } catch (e) {
        return { ok: false, problem: 'worker', detail: e instanceof Error ? e.message : String(e) };
      }
      return { ok: true, hiddenSize: params.hiddenSize, testAccuracy: await worker().testAccuracy() };
    },
    trainingConfusionCell: (actual, predicted, offset, limit) => worker().confusionCell(actual, predicted, offset, limit),
    trainingWeights: () => worker().weights(),
    trainingMnistImage: (set, index) => worker().mnistImage(set, index),
    trainingOverfitRun: (config, onUpdate) => {
      overfitUpdate = onUpdate;
      return worker().overfitRun(config);
    },
    trainingOverfitPause: () => worker().overfitPause(),
    trainingSweepWeight: (request) => worker().sweepWeight(request),
    trainingPredictDigit: (pixels) => worker().predictDigit(pixels),

    applyTrainingUpdate: (update, worker = 0) => {
      const { trainStatus, trainLosses, trainEvals, trainRateMarks, trainSnapshot } = get();
      const sameWorker = worker === updatesFrom;
      updatesFrom = worker;
      if (sameWorker && trainStatus && update.runId < trainStatus.runId) return; // an older run's last words
      const fresh = !trainStatus || !sameWorker || update.runId !== trainStatus.runId;
      const { losses, evals, predictions, snapshot, firstIteration: _first, ...status } = update;
      // A restored run goes on with what the page kept of the run before it, up to the snapshot.
      const at = fresh ? update.restoredAt : null;
      const base = at === null ? emptyLosses : carryLosses(trainLosses, at, update);
      const earlier = at === null ? [] : trainEvals.filter((e) => e.iteration < at);
      const marks = !fresh ? trainRateMarks : at === null ? [] : trainRateMarks.filter((m) => m.iteration <= at);
      const learningRate = update.config.learningRate;
      const rateChanged = !fresh && trainStatus && trainStatus.config.learningRate !== learningRate;
      const previousChange = lastRateChange;
      if (rateChanged) lastRateChange = Date.now();
      set({
        trainStatus: status,
        trainLosses: losses.length > 0 || fresh ? appendLosses(fresh ? base : trainLosses, update) : trainLosses,
        trainEvals: fresh ? [...earlier, ...evals] : evals.length > 0 ? [...trainEvals, ...evals] : trainEvals,
        trainPredictions: predictions ?? (fresh ? null : get().trainPredictions),
        trainRateMarks: rateChanged ? withRateMark(marks, { iteration: update.iteration, learningRate }, lastRateChange - previousChange) : marks,
        trainSnapshot: snapshot ?? (fresh && at === null ? null : trainSnapshot),
      });
    },

    disposeTraining: () => {
      session?.dispose();
      session = null;
      set({ ...idle, trainFault: null });
    },
  };
};
