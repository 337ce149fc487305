// The connection policy of 4.5: when the worker is started, when a run is configured, what a back/forward-cache
// restore means. The store keeps state and actions; this decides what to ask the worker, through the bridge.
import { sameRun, type TrainingConfig } from '../../src-core/index.ts';
import type {
  DataSummary, GradientCheckReport, LoadFailure, LoadProgress, RunState, TrainingUpdate,
} from '../../workers/protocol.ts';
import { createTrainingBridge, type BridgeOptions, type TrainingBridge } from './trainingBridge.ts';

/** What the session reads from and tells the store. */
export interface SessionHost {
  /** The settings the learner has chosen. */
  settings(): TrainingConfig;
  /** The worker's latest word on the run (its config included), or null before any. */
  status(): { readonly state: RunState; readonly iteration: number; readonly config: TrainingConfig } | null;
  onUpdate(update: TrainingUpdate): void;
  onLoading(progress: LoadProgress | null): void;
  onLoaded(summary: DataSummary): void;
  onLoadFailed(failure: LoadFailure): void;
  /** Back from the back/forward cache: the worker, its data and its run are gone. */
  onRestored(): void;
  /** A refused command's message, or null when a command starts. */
  onCommandError(message: string | null): void;
}

export interface TrainingSession {
  /** Loads the data set (once) and configures a run with the current settings. */
  load(): Promise<void>;
  start(): Promise<void>;
  pause(): Promise<void>;
  step(n: number): Promise<void>;
  /** A new run with the current settings (seeded weights, iteration 0). */
  reset(): Promise<void>;
  /** Sends a new learning rate to a configured run (it applies live). */
  setLearningRate(learningRate: number): Promise<void>;
  gradientCheck(batchSize: number): Promise<GradientCheckReport>;
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

export function createTrainingSession(host: SessionHost, options: BridgeOptions = {}): TrainingSession {
  let bridge: TrainingBridge | null = null;
  let loading: Promise<void> | null = null;
  let loaded = false;

  const connection = (): TrainingBridge => {
    bridge ??= createTrainingBridge(
      {
        onUpdate: (update) => host.onUpdate(update),
        onFailure: (text) => host.onLoadFailed({ file: null, message: text }),
        // The worker was ended on pagehide with the data and the run: start over as on a first visit (a fresh
        // worker loads the data again, from the HTTP cache). A load that had failed stays failed (Retry).
        onRestore: () => {
          if (!loaded && !loading) return;
          loading = null; // a load cut off by pagehide never settles
          loaded = false;
          host.onRestored();
          void session.load();
        },
      },
      options,
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

  const session: TrainingSession = {
    load() {
      if (loaded) return Promise.resolve();
      loading ??= (async () => {
        host.onLoading(null);
        try {
          const b = connection();
          const outcome = await b.loadData((p) => host.onLoading(p));
          if (!outcome.ok) {
            host.onLoadFailed(outcome.failure);
            return;
          }
          loaded = true;
          host.onLoaded(outcome.summary);
          await configure(b);
        } catch (e) {
          host.onLoadFailed({ file: null, message: message(e) });
        } finally {
          loading = null;
        }
      })();
      return loading;
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
    async gradientCheck(batchSize) {
      await session.load();
      return connection().api.gradientCheck(batchSize);
    },
    dispose() {
      bridge?.dispose();
      bridge = null;
      loading = null;
      loaded = false;
    },
  };
  return session;
}
