// The UI's one connection to the training worker: it owns the Worker and one long-lived comlink Remote (a
// temporary Remote can be collected mid-call), registers the progress listener once, and terminates the Worker
// itself on dispose (releaseProxy alone would leave it running).
// The page's end ends the worker too: on pagehide the Worker (its ~25 MB data set and the run) is terminated.
// A page restored from the back/forward cache (pageshow, persisted) gets a fresh Worker on its next call, and
// onRestore tells the app that the data and the run are gone.
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { LoadOutcome, LoadProgress, RunSlotName, TrainingApi, TrainingListener, TrainingUpdate } from '../../workers/protocol.ts';

export interface TrainingBridge {
  /** The current worker's Remote: the Worker is started on first use (again after pagehide). */
  readonly api: Remote<TrainingApi>;
  /** loadData with a progress callback (passed to the worker as a comlink proxy). */
  loadData(onProgress: (progress: LoadProgress) => void): Promise<LoadOutcome>;
  /** Terminates the current Worker (a dead or stuck one); the next call starts a fresh one. */
  end(): void;
  /** Stops training, releases the Remote and terminates the Worker. Safe to call twice. */
  dispose(): void;
}

export interface BridgeHandlers {
  onUpdate(update: TrainingUpdate): void;
  /** An update of 4.1.2's run slot. */
  onSlotUpdate?(slot: RunSlotName, update: TrainingUpdate): void;
  /** The worker script failed to start, or an error escaped it outside any call (its 'error' event). */
  onFailure(message: string): void;
  /**
   * The page is shown again from the back/forward cache after its worker was ended on pagehide: the data set
   * and the run are gone (calls that were pending then never answer); the next call starts a fresh worker.
   */
  onRestore?(): void;
}

/** The events the bridge follows (the window). */
export type PageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface BridgeOptions {
  /** Starts a worker (tests pass a stand-in). */
  readonly createWorker?: () => Worker;
  /** Where pagehide and pageshow arrive; default the window (none outside a page). */
  readonly page?: PageEvents | null;
}

interface Connection {
  readonly worker: Worker;
  readonly api: Remote<TrainingApi>;
  readonly onError: (event: ErrorEvent) => void;
}

const startWorker = () => new Worker(new URL('../../workers/training.worker.ts', import.meta.url), { type: 'module', name: 'training' });

export function createTrainingBridge(handlers: BridgeHandlers, options: BridgeOptions = {}): TrainingBridge {
  const createWorker = options.createWorker ?? startWorker;
  const page = options.page !== undefined ? options.page : typeof window === 'undefined' ? null : window;
  // The listener's promise resolves once the update is applied: the worker waits for it (backpressure).
  const listener: TrainingListener = {
    onUpdate: (update) => handlers.onUpdate(update),
    onSlotUpdate: (slot, update) => handlers.onSlotUpdate?.(slot, update),
  };
  let current: Connection | null = null;
  let disposed = false;
  let endedOnHide = false;

  const open = (): Connection => {
    if (disposed) throw new Error('the training worker was disposed');
    if (current) return current;
    const worker = createWorker();
    const api = wrap<TrainingApi>(worker);
    const onError = (event: ErrorEvent) => handlers.onFailure(event.message || 'the training worker failed to start');
    worker.addEventListener('error', onError);
    void api.connect(proxy(listener));
    current = { worker, api, onError };
    return current;
  };

  const close = (): void => {
    if (!current) return;
    const { worker, api, onError } = current;
    current = null;
    worker.removeEventListener('error', onError);
    api[releaseProxy]();
    worker.terminate();
  };

  const onPageHide = () => {
    if (!current) return;
    close();
    endedOnHide = true;
  };
  const onPageShow = (event: Event) => {
    if (!(event as PageTransitionEvent).persisted || !endedOnHide) return;
    endedOnHide = false;
    handlers.onRestore?.();
  };
  page?.addEventListener('pagehide', onPageHide);
  page?.addEventListener('pageshow', onPageShow);

  return {
    get api() {
      return open().api;
    },
    loadData: (onProgress) => open().api.loadData(proxy(onProgress)),
    end: close,
    dispose() {
      if (disposed) return;
      disposed = true;
      page?.removeEventListener('pagehide', onPageHide);
      page?.removeEventListener('pageshow', onPageShow);
      close();
    },
  };
}
