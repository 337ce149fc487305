// The connection policy of 4.5: when the worker is started, when a run is configured, what a back/forward-cache
// restore means. The store keeps state and actions; this decides what to ask the worker, through the bridge.
import { sameRun, type TrainingConfig, type TwoLayerNetParams } from '../../src-core/index.ts';
import type {
  ConfusionCellPage, MnistImage, SweepRequest, SweepResult, DataSummary, GradientCheckReport, NetworkWeights, LoadFailure, LoadProgress, RunSnapshot, RunState, TrainingUpdate,
} from '../../workers/protocol.ts';
import { createTrainingBridge, type BridgeOptions, type TrainingBridge } from './trainingBridge.ts';

/** What the session reads from and tells the store. */
export interface SessionHost {
  /** The settings the learner has chosen. */
  settings(): TrainingConfig;
  /** The worker's latest word on the run (its config included), or null before any. */
  status(): { readonly state: RunState; readonly iteration: number; readonly config: TrainingConfig } | null;
  /** An update of the current worker; `worker` counts workers (a new one numbers its runs from 1 again). */
  onUpdate(update: TrainingUpdate, worker: number): void;
  /** An update of 4.1.2's overfitting run (its own slot in the same worker). */
  onOverfitUpdate?(update: TrainingUpdate): void;
  onLoading(progress: LoadProgress | null): void;
  onLoaded(summary: DataSummary): void;
  onLoadFailed(failure: LoadFailure): void;
  /** The run's latest snapshot (taken at its last epoch boundary), or null. */
  snapshot(): RunSnapshot | null;
  /**
   * Back from the back/forward cache: the worker, its data and its run were ended on pagehide. `from` is the
   * snapshot the run goes on from (paused), or null when there was no begun run to restore.
   */
  onRestored(from: RunSnapshot | null): void;
  /** The worker stopped answering (it closed, crashed or hangs) and was ended. */
  onWorkerLost(): void;
  /** An error escaped the worker outside any call; it may still be running (the heartbeat will tell). */
  onWorkerError(message: string): void;
  /** The learner cancelled the download. */
  onLoadCancelled(): void;
  /** A refused command's message, or null when a command starts. */
  onCommandError(message: string | null): void;
}

export interface SessionOptions extends BridgeOptions {
  /** How often a loaded worker is asked whether it is alive (ms). */
  readonly heartbeatMs?: number;
  /** How long it may take to answer before it counts as lost (ms). */
  readonly heartbeatTimeoutMs?: number;
}

export interface TrainingSession {
  /** Loads the data set (once) and configures a run with the current settings. */
  load(): Promise<void>;
  start(): Promise<void>;
  pause(): Promise<void>;
  step(n: number): Promise<void>;
  /** A new run with the current settings (seeded weights, iteration 0). */
  reset(): Promise<void>;
  /** A fresh worker (if needed) goes on from the snapshot, paused there: after a lost worker or a failure. */
  continueFrom(snapshot: RunSnapshot): Promise<void>;
  /** Stops a download in progress (the worker is ended); Retry starts again. */
  cancelLoad(): void;
  /** Sends a new learning rate to a configured run (it applies live). */
  setLearningRate(learningRate: number): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  gradientCheck(batchSize: number): Promise<GradientCheckReport>;
  /** The current network's W1, b1, W2, b2 (float64, the book's shapes), or null when no run is loaded. */
  exportParams(): Promise<TwoLayerNetParams | null>;
  /**
   * A fresh run with the current settings, then the loaded network in it. The host sets the hidden-size setting
   * to the network's first, so that Start trains the loaded network instead of configuring a new one.
   */
  importParams(params: TwoLayerNetParams): Promise<void>;
  /** The current network's accuracy on the test set, or null when no run is loaded. */
  testAccuracy(): Promise<number | null>;
  /** A page of a confusion-matrix cell's test images (empty before any evaluation or without a worker). */
  confusionCell(actual: number, predicted: number, offset: number, limit: number): Promise<ConfusionCellPage | null>;
  /** 4.1.2: loads the data (once), then a fresh overfitting run with `config` in its own slot, started. */
  overfitRun(config: TrainingConfig): Promise<void>;
  overfitPause(): Promise<void>;
  /** 4.2.5: loads the data (once), then sweeps a weight in the worker; null when a newer sweep replaced it. */
  sweepWeight(request: SweepRequest): Promise<(SweepResult & { readonly trained: boolean }) | null>;
  /** An MNIST image and its label from the loaded worker's data, or null when no worker is loaded. */
  mnistImage(set: 'train' | 'test', index: number): Promise<MnistImage | null>;
  /** The current W1 and W2, or null when no worker is loaded. */
  weights(): Promise<NetworkWeights | null>;
  /** The current network's 10 probabilities for a 784-pixel image, or null when no run is loaded. */
  predictDigit(pixels: Float64Array): Promise<Float64Array | null>;
  dispose(): void;
}

/**
 * Whether the worker's run has begun: past idle, even at iteration 0 (a numerical iteration can take
 * seconds, its partial gradient is work too). Changed settings then wait for Reset instead of replacing it.
 */
export function runStarted(status: { readonly state: RunState; readonly iteration: number } | null): boolean {
  return status !== null && (status.iteration > 0 || status.state !== 'idle');
}

/** Settings other than the learning rate need a new run (the learning rate changes live). */
export function needsNewRun(settings: TrainingConfig, running: TrainingConfig | null | undefined): boolean {
  return !running || !sameRun(settings, running);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createTrainingSession(host: SessionHost, options: SessionOptions = {}): TrainingSession {
  const { heartbeatMs = 2000, heartbeatTimeoutMs = 6000, ...bridgeOptions } = options;
  let bridge: TrainingBridge | null = null;
  let loading: Promise<void> | null = null;
  let loaded = false;
  let beat: ReturnType<typeof setInterval> | null = null;
  let pinging = false;
  /** Which worker is current: messages an ended one had already sent may still arrive, and are ignored. */
  let generation = 0;

  const stopHeartbeat = () => {
    if (beat !== null) clearInterval(beat);
    beat = null;
  };

  /** Ends the worker; a pending load or call of the old one never settles, so nothing waits for it. */
  const endWorker = () => {
    stopHeartbeat();
    bridge?.end();
    generation++;
    loading = null;
    loaded = false;
  };
  const current = <A extends unknown[]>(f: (...args: A) => void) => {
    const mine = generation;
    return (...args: A) => {
      if (mine === generation) f(...args);
    };
  };

  // A worker that closed itself or hangs answers nothing, and fires no event: ask it now and then.
  const check = async () => {
    if (pinging || !loaded || !bridge) return;
    pinging = true;
    const b = bridge;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), heartbeatTimeoutMs)));
    const alive = await Promise.race([b.api.ping().then(() => true, () => false), late]);
    clearTimeout(timer);
    pinging = false;
    if (alive || !loaded || bridge !== b) return;
    endWorker();
    host.onWorkerLost();
  };
  const startHeartbeat = () => {
    beat ??= setInterval(() => void check(), heartbeatMs);
  };

  const connection = (): TrainingBridge => {
    bridge ??= createTrainingBridge(
      {
        onUpdate: (update) => host.onUpdate(update, generation),
        onSlotUpdate: (_slot, update) => host.onOverfitUpdate?.(update),
        onFailure: (text) => (loaded ? host.onWorkerError(text) : host.onLoadFailed({ file: null, message: text })),
        // The worker was ended on pagehide with the data and the run: a fresh worker loads the data again (from
        // the HTTP cache) and goes on from the run's last snapshot, paused. A load that had failed stays failed.
        onRestore: () => {
          if (!loaded && !loading) return;
          endWorker();
          const status = host.status();
          const from = runStarted(status) ? host.snapshot() : null;
          host.onRestored(from);
          void (from ? session.continueFrom(from) : session.load());
        },
      },
      bridgeOptions,
    );
    return bridge;
  };

  const configure = async (b: TrainingBridge) => {
    await b.api.configure(host.settings()); // the worker's update says which config the run has
  };

  const command = async (run: (b: TrainingBridge) => Promise<void>) => {
    try {
      host.onCommandError(null);
      await run(connection());
    } catch (e) {
      host.onCommandError(message(e));
    }
  };

  /** Makes sure the worker runs the current settings, unless the learner's run has begun. */
  const ensureRun = async (b: TrainingBridge) => {
    const status = host.status();
    if (needsNewRun(host.settings(), status?.config) && !runStarted(status)) await configure(b);
  };

  /** Loads the data (once per worker), then starts the run `then` sets up. */
  const loadThen = (then: (b: TrainingBridge) => Promise<void>): Promise<void> => {
    if (loaded) return command(then);
    loading ??= (async () => {
      host.onLoading(null);
      const mine = generation;
      try {
        const b = connection();
        const outcome = await b.loadData(current((p) => host.onLoading(p)));
        if (mine !== generation) return; // ended meanwhile (cancelled, lost)
        if (!outcome.ok) {
          host.onLoadFailed(outcome.failure);
          return;
        }
        loaded = true;
        startHeartbeat();
        host.onLoaded(outcome.summary);
        await then(b);
      } catch (e) {
        host.onLoadFailed({ file: null, message: message(e) });
      } finally {
        loading = null;
      }
    })();
    return loading;
  };

  const session: TrainingSession = {
    load: () => (loaded ? Promise.resolve() : loadThen(configure)),
    continueFrom: (snapshot) => loadThen((b) => b.api.restore(snapshot)),
    cancelLoad() {
      if (loaded || !loading) return;
      endWorker();
      host.onLoadCancelled();
    },
    start: () =>
      command(async (b) => {
        await ensureRun(b);
        if (host.status()?.state === 'paused') await b.api.resume();
        else await b.api.start();
      }),
    pause: () => command((b) => b.api.pause()),
    step: (n) =>
      command(async (b) => {
        await ensureRun(b);
        await b.api.step(n);
      }),
    reset: () => command(configure),
    setLearningRate: (learningRate) => command((b) => b.api.setLearningRate(learningRate)),
    setSpeed: (speed) => command((b) => b.api.setSpeed(speed)),
    async gradientCheck(batchSize) {
      await session.load();
      return connection().api.gradientCheck(batchSize);
    },
    exportParams: () => (loaded && bridge && host.status() ? bridge.api.exportParams() : Promise.resolve(null)),
    async importParams(params) {
      await session.load();
      const b = connection();
      await configure(b); // the settings (now with the network's hidden size) become the run's
      await b.api.importParams(params);
    },
    testAccuracy: () => (loaded && bridge && host.status() ? bridge.api.testAccuracy() : Promise.resolve(null)),
    // Questions about the network: answered only by a loaded worker (never start one just for them).
    confusionCell: (actual, predicted, offset, limit) =>
      loaded && bridge ? bridge.api.confusionCell(actual, predicted, offset, limit) : Promise.resolve(null),
    weights: () => (loaded && bridge ? bridge.api.weights() : Promise.resolve(null)),
    async overfitRun(config) {
      await session.load();
      const b = connection();
      await b.api.overfitConfigure(config);
      await b.api.overfitStart();
    },
    overfitPause: () => (loaded && bridge ? bridge.api.overfitPause() : Promise.resolve()),
    async sweepWeight(request) {
      await session.load();
      return connection().api.sweepWeight(request);
    },
    mnistImage: (set, index) => (loaded && bridge ? bridge.api.mnistImage(set, index) : Promise.resolve(null)),
    predictDigit: (pixels) => (loaded && bridge && host.status() ? bridge.api.predictDigit(pixels) : Promise.resolve(null)),
    dispose() {
      stopHeartbeat();
      generation++;
      bridge?.dispose();
      bridge = null;
      loading = null;
      loaded = false;
    },
  };
  return session;
}
