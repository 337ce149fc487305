import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Steps through the path on a timer: the whole path plays in a few seconds whatever its length. Reaching the
 * last step stops it; playing from the last step starts again at 0.
 */
export function usePlayback(step: number, last: number, goTo: (step: number) => void) {
  const [playing, setPlaying] = useState(false);
  const stepRef = useRef(step);
  const goToRef = useRef(goTo);
  useEffect(() => {
    stepRef.current = step;
    goToRef.current = goTo;
  });

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const next = stepRef.current + 1;
      goToRef.current(Math.min(next, last));
      if (next >= last) setPlaying(false);
    }, Math.max(30, Math.min(160, 6000 / last)));
    return () => window.clearInterval(id);
  }, [playing, last]);

  const toggle = () => {
    if (!playing && stepRef.current >= last) goTo(0);
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}

/** ← → step, Home / End jump; returns true when the key was one of them. */
export function handleStepKey(e: KeyboardEvent, step: number, last: number, goTo: (step: number) => void): boolean {
  const targets: Record<string, number> = {
    ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: last,
  };
  if (!(e.key in targets)) return false;
  e.preventDefault();
  goTo(Math.max(0, Math.min(last, targets[e.key])));
  return true;
}
