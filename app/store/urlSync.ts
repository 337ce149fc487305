import { urlFields, useStore, type StoreState } from './store.ts';

/** Applies the URL's settings to the store, ignoring text a field does not accept. */
export function applyUrl(search: string): void {
  const params = new URLSearchParams(search);
  const patch: Partial<StoreState> = {};
  for (const field of urlFields) {
    const text = params.get(field.param);
    if (text === null) continue;
    Object.assign(patch, field.read(text));
  }
  if (Object.keys(patch).length > 0) useStore.setState(patch);
}

/** The address for a state; `kept` are link parameters that are not settings (embed, lock), written last. */
export function urlFor(state: StoreState, kept: readonly [string, string][] = []): string {
  const params = new URLSearchParams();
  for (const field of urlFields) {
    const text = field.write(state);
    if (text !== undefined) params.set(field.param, text);
  }
  for (const [name, value] of kept) params.set(name, value);
  const query = params.toString();
  return query === '' ? window.location.pathname : `${window.location.pathname}?${query}`;
}

/** Reads the URL once, then keeps it in step with the store (replaceState: no history entry per drag). */
export function startUrlSync(kept: readonly [string, string][] = []): () => void {
  applyUrl(window.location.search);
  let last = '';
  const write = (state: StoreState) => {
    const next = urlFor(state, kept);
    if (next !== last) {
      last = next;
      window.history.replaceState(null, '', next);
    }
  };
  write(useStore.getState());
  const unsubscribe = useStore.subscribe(write);
  const onPop = () => applyUrl(window.location.search);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
