import type { StateCreator } from 'zustand';
import { createTrainingBridge, type TrainingBridge } from '../bridge/trainingBridge.ts';
import type {
  DataSummary, EvalPoint, GradientCheckReport, GradientMethod, LoadProgress, MnistFileName, TrainingConfig, TrainingUpdate,
} from '../../workers/protocol.ts';
import { choiceField, numberField, type UrlField } from './urlField.ts';

/** 4.5: training the book's TwoLayerNet on MNIST in the worker. Ranges of the settings' fields. */
export const trainingRanges = {
  hiddenSize: { min: 1, max: 1000, integer: true },
  learningRate: { min: 1e-4, max: 100, integer: false },
  batchSize: { min: 1, max: 1000, integer: true },
  iterations: { min: 1, max: 100_000, integer: true },
  weightInitStd: { min: 0, max: 10, integer: false },
  seed: { min: 0, max: 0xffffffff, integer: true },
} as const;
export const gradientMethods = ['backprop', 'numerical'] as const satisfies readonly GradientMethod[];

/** ch04 train_neuralnet.py. */
export const bookTrainingConfig: TrainingConfig = {
  hiddenSize: 50, learningRate: 0.1, batchSize: 100, iterations: 10_000, weightInitStd: 0.01, seed: 0, gradientMethod: 'backprop',
};

export type DataStatus = 'none' | 'loading' | 'ready' | 'error';

/** Per-iteration losses of the current run; `values` is filled in place, the wrapper changes per update. */
export interface LossSeries {
  readonly runId: number;
  readonly values: Float64Array;
  readonly count: number;
  /** Largest finite loss so far (sets the chart's range). */
  readonly max: number;
}

/** The worker's latest state of the run. */
export type RunStatus = Omit<TrainingUpdate, 'losses' | 'evals' | 'predictions' | 'firstIteration'>;

/** A learning-rate change during the run, drawn on the loss chart. */
export interface RateMark {
  readonly iteration: number;
  readonly learningRate: number;
}

/** The settings as flat fields (each has its URL parameter); trainingConfigOf assembles them. */
export interface TrainingSettings {
  trainHidden: number;
  trainLr: number;
  trainBatch: number;
  trainIters: number;
  trainStd: number;
  trainSeed: number;
  trainGradient: GradientMethod;
}

const settingKeys = {
  hiddenSize: 'trainHidden',
  learningRate: 'trainLr',
  batchSize: 'trainBatch',
  iterations: 'trainIters',
  weightInitStd: 'trainStd',
  seed: 'trainSeed',
  gradientMethod: 'trainGradient',
} as const satisfies Record<keyof TrainingConfig, keyof TrainingSettings>;

export function trainingConfigOf(s: TrainingSettings): TrainingConfig {
  return {
    hiddenSize: s.trainHidden, learningRate: s.trainLr, batchSize: s.trainBatch, iterations: s.trainIters,
    weightInitStd: s.trainStd, seed: s.trainSeed, gradientMethod: s.trainGradient,
  };
}

export interface TrainingSlice extends TrainingSettings {
  trainDataStatus: DataStatus;
  trainLoadProgress: LoadProgress | null;
  trainLoadError: { file: MnistFileName | null; message: string } | null;
  trainSamples: DataSummary | null;
  /** Configuration of the run in the worker (null before the first), to tell pending setting changes. */
  trainRunConfig: TrainingConfig | null;
  trainStatus: RunStatus | null;
  trainLosses: LossSeries;
  trainEvals: readonly EvalPoint[];
  trainPredictions: Uint8Array | null;
  trainRateMarks: readonly RateMark[];
  /** A refused command (the worker's message). */
  trainCommandError: string | null;
  setTrainSetting: <K extends keyof TrainingConfig>(key: K, value: TrainingConfig[K]) => void;
  loadTrainingData: () => Promise<void>;
  startTraining: () => Promise<void>;
  pauseTraining: () => Promise<void>;
  stepTraining: (n: number) => Promise<void>;
  /** A new run with the current settings (seeded weights, iteration 0). */
  resetTraining: () => Promise<void>;
  /** Backprop against the numerical gradient on the current network and `batchSize` training images. */
  trainingGradientCheck: (batchSize: number) => Promise<GradientCheckReport>;
  applyTrainingUpdate: (update: TrainingUpdate) => void;
  /** Terminates the worker; the data set is loaded again on next use. */
  disposeTraining: () => void;
}

const emptyLosses: LossSeries = { runId: 0, values: new Float64Array(0), count: 0, max: 0 };

/** Settings other than the learning rate need a new run; the learning rate changes live. */
export function needsNewRun(a: TrainingConfig, b: TrainingConfig | null): boolean {
  if (!b) return true;
  return (Object.keys(a) as (keyof TrainingConfig)[]).some((k) => k !== 'learningRate' && a[k] !== b[k]);
}

/**
 * Whether the worker's run has begun: past idle, even at iteration 0 (a numerical iteration can take
 * seconds, its partial gradient is work too). Changed settings then wait for Reset instead of replacing it.
 */
export function runStarted(status: Pick<RunStatus, 'state' | 'iteration'> | null): boolean {
  return status !== null && (status.iteration > 0 || status.state !== 'idle');
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

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const createTrainingSlice: StateCreator<TrainingSlice, [], [], TrainingSlice> = (set, get) => {
  // The one connection, created on first use and kept for the page's life (see app/bridge).
  let bridge: TrainingBridge | null = null;
  let loading: Promise<void> | null = null;
  const connection = (): TrainingBridge => {
    bridge ??= createTrainingBridge({
      onUpdate: (update) => get().applyTrainingUpdate(update),
      onFailure: (text) => set({ trainDataStatus: 'error', trainLoadError: { file: null, message: text } }),
      // Back from the back/forward cache: the worker was ended on pagehide with the data and the run, so
      // start over as on a first visit (a fresh worker loads the data again, from the HTTP cache).
      onRestore: () => {
        const had = get().trainDataStatus;
        if (had !== 'ready' && had !== 'loading') return;
        loading = null; // a load cut off by pagehide never settles
        set({ trainDataStatus: 'none', trainRunConfig: null, trainStatus: null, trainSamples: null, trainLoadProgress: null });
        void get().loadTrainingData();
      },
    });
    return bridge;
  };
  const command = async (run: (b: TrainingBridge) => Promise<void>) => {
    try {
      set({ trainCommandError: null });
      await run(connection());
    } catch (e) {
      set({ trainCommandError: message(e) });
    }
  };
  /** Makes sure the worker runs the current settings (a new run if any but the learning rate changed). */
  const ensureRun = async (b: TrainingBridge) => {
    const { trainRunConfig, trainStatus } = get();
    const trainConfig = trainingConfigOf(get());
    if (needsNewRun(trainConfig, trainRunConfig) && !runStarted(trainStatus)) {
      await b.api.configure(trainConfig);
      set({ trainRunConfig: trainConfig });
    }
  };

  return {
    trainHidden: bookTrainingConfig.hiddenSize,
    trainLr: bookTrainingConfig.learningRate,
    trainBatch: bookTrainingConfig.batchSize,
    trainIters: bookTrainingConfig.iterations,
    trainStd: bookTrainingConfig.weightInitStd,
    trainSeed: bookTrainingConfig.seed,
    trainGradient: bookTrainingConfig.gradientMethod,
    trainDataStatus: 'none',
    trainLoadProgress: null,
    trainLoadError: null,
    trainSamples: null,
    trainRunConfig: null,
    trainStatus: null,
    trainLosses: emptyLosses,
    trainEvals: [],
    trainPredictions: null,
    trainRateMarks: [],
    trainCommandError: null,

    setTrainSetting: (key, value) => {
      set({ [settingKeys[key]]: value } as Partial<TrainingSlice>);
      if (key === 'learningRate' && get().trainRunConfig) {
        void command((b) => b.api.setLearningRate(value as number));
      }
    },

    loadTrainingData: () => {
      if (get().trainDataStatus === 'ready') return Promise.resolve();
      loading ??= (async () => {
        set({ trainDataStatus: 'loading', trainLoadError: null, trainLoadProgress: null });
        try {
          const b = connection();
          const summary = await b.loadData((p) => set({ trainLoadProgress: p }));
          set({ trainDataStatus: 'ready', trainSamples: summary, trainLoadProgress: null });
          const config = trainingConfigOf(get());
          await b.api.configure(config);
          set({ trainRunConfig: config });
        } catch (e) {
          const text = message(e);
          const file = /^([a-z0-9-]+-idx[13]-ubyte):/.exec(text)?.[1] as MnistFileName | undefined;
          set({ trainDataStatus: 'error', trainLoadError: { file: file ?? null, message: text } });
        } finally {
          loading = null;
        }
      })();
      return loading;
    },

    startTraining: () =>
      command(async (b) => {
        await ensureRun(b);
        const state = get().trainStatus?.state;
        if (state === 'paused') await b.api.resume();
        else await b.api.start();
      }),

    pauseTraining: () => command((b) => b.api.pause()),

    stepTraining: (n) =>
      command(async (b) => {
        await ensureRun(b);
        await b.api.step(n);
      }),

    resetTraining: () =>
      command(async (b) => {
        const config = trainingConfigOf(get());
        await b.api.configure(config);
        set({ trainRunConfig: config });
      }),

    trainingGradientCheck: async (batchSize) => {
      await get().loadTrainingData();
      return connection().api.gradientCheck(batchSize);
    },

    applyTrainingUpdate: (update) => {
      const { trainStatus, trainLosses, trainEvals, trainRateMarks } = get();
      if (trainStatus && update.runId < trainStatus.runId) return; // an older run's last words
      const fresh = !trainStatus || update.runId !== trainStatus.runId;
      const { losses, evals, predictions, firstIteration: _first, ...status } = update;
      const marks = fresh ? [] : trainRateMarks;
      const rateChanged = !fresh && trainStatus && trainStatus.learningRate !== update.learningRate;
      set({
        trainStatus: status,
        trainLosses: losses.length > 0 || fresh ? appendLosses(fresh ? emptyLosses : trainLosses, update) : trainLosses,
        trainEvals: fresh ? evals : evals.length > 0 ? [...trainEvals, ...evals] : trainEvals,
        trainPredictions: predictions ?? (fresh ? null : get().trainPredictions),
        trainRateMarks: rateChanged ? [...marks, { iteration: update.iteration, learningRate: update.learningRate }] : marks,
      });
    },

    disposeTraining: () => {
      bridge?.dispose();
      bridge = null;
      loading = null;
      set({ trainDataStatus: 'none', trainRunConfig: null, trainStatus: null, trainSamples: null, trainLoadProgress: null });
    },
  };
};

const numberParams = [
  ['th', 'trainHidden', 'hiddenSize'],
  ['tlr', 'trainLr', 'learningRate'],
  ['tb', 'trainBatch', 'batchSize'],
  ['ti', 'trainIters', 'iterations'],
  ['tstd', 'trainStd', 'weightInitStd'],
  ['tseed', 'trainSeed', 'seed'],
] as const;

export const trainingUrlFields: UrlField<TrainingSlice>[] = [
  ...numberParams.map(([param, key, config]) =>
    numberField<TrainingSlice>(param, key, { defaultValue: bookTrainingConfig[config], ...trainingRanges[config] }),
  ),
  choiceField<TrainingSlice, GradientMethod>('tg', 'trainGradient', gradientMethods, 'backprop'),
];
