// Learning-rate marks on the loss chart: one drag of the slider is one change, not one mark per input event.
import type { RateMark } from './trainingSlice.ts';

/** Changes closer together than this (ms) are one change. */
export const RATE_MARK_WINDOW_MS = 1000;

/**
 * The marks with a new learning rate added; a change `sincePrevious` ms after the previous one (a drag still
 * going on) moves the last mark's rate instead, keeping the iteration where the change began.
 */
export function withRateMark(marks: readonly RateMark[], mark: RateMark, sincePrevious: number): readonly RateMark[] {
  const last = marks.at(-1);
  if (!last || !(sincePrevious < RATE_MARK_WINDOW_MS)) return [...marks, mark];
  return [...marks.slice(0, -1), { iteration: last.iteration, learningRate: mark.learningRate }];
}
