import { urlFields, useStore } from '../store/store.ts';

/**
 * Holds the settings a link locks at the values the link gave them: a change that would move one of them is
 * undone as a whole (the action is refused, so its other effects do not half-apply). Playing (steps, training)
 * does not touch settings and stays free. Returns the stop function.
 */
export function startLock(locked: readonly string[]): () => void {
  const fields = urlFields.filter((f) => locked.includes(f.param));
  if (fields.length === 0) return () => {};
  const start = useStore.getState();
  const held = fields.map((f) => f.write(start));
  return useStore.subscribe((state, previous) => {
    const moved = fields.some((f, i) => f.write(state) !== held[i]);
    if (!moved) return;
    const undo: Record<string, unknown> = {};
    for (const key of Object.keys(state) as (keyof typeof state)[]) {
      if (state[key] !== previous[key] && typeof state[key] !== 'function') undo[key] = previous[key];
    }
    useStore.setState(undo);
  });
}
