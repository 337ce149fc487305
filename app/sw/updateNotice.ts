// Whether a newer build is installed and waiting, as a tiny external store for useSyncExternalStore; accept()
// lets the waiting service worker take over, and the page reloads once it controls it (no mixed versions).

/** What registerSW (virtual:pwa-register) offers: a callback when a new build waits, and a way to take it. */
export type RegisterUpdates = (onNeedRefresh: () => void) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateNotice {
  subscribe(listener: () => void): () => void;
  /** True once a new build is installed and waiting for this page to let it in. */
  ready(): boolean;
  /** Activates the waiting build; the page reloads when it takes control. */
  accept(): Promise<void>;
}

export function createUpdateNotice(register: RegisterUpdates): UpdateNotice {
  const listeners = new Set<() => void>();
  let waiting = false;
  const update = register(() => {
    waiting = true;
    for (const listener of listeners) listener();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => waiting,
    accept: () => update(true),
  };
}
