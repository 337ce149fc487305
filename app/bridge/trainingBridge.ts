// The UI's one connection to the training worker: it owns the Worker and one long-lived comlink Remote (a
// temporary Remote can be collected mid-call), registers the progress listener once, and terminates the Worker
// itself on dispose (releaseProxy alone would leave it running).
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { DataSummary, LoadProgress, TrainingApi, TrainingListener, TrainingUpdate } from '../../workers/protocol.ts';

export interface TrainingBridge {
  readonly api: Remote<TrainingApi>;
  /** loadData with a progress callback (passed to the worker as a comlink proxy). */
  loadData(onProgress: (progress: LoadProgress) => void): Promise<DataSummary>;
  /** Stops training, releases the Remote and terminates the Worker. Safe to call twice. */
  dispose(): void;
}

export interface BridgeHandlers {
  onUpdate(update: TrainingUpdate): void;
  /** The worker script itself failed (it could not load, or threw outside a call). */
  onFailure(message: string): void;
}

export function createTrainingBridge(handlers: BridgeHandlers): TrainingBridge {
  const worker = new Worker(new URL('../../workers/training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
  const api = wrap<TrainingApi>(worker);
  const onError = (event: ErrorEvent) => handlers.onFailure(event.message || 'the training worker failed to start');
  worker.addEventListener('error', onError);
  // The listener's promise resolves once the update is applied: the worker waits for it (backpressure).
  const listener: TrainingListener = { onUpdate: (update) => handlers.onUpdate(update) };
  void api.connect(proxy(listener));
  let disposed = false;
  return {
    api,
    loadData: (onProgress) => api.loadData(proxy(onProgress)),
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.removeEventListener('error', onError);
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
