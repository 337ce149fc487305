export interface SliderKeySteps {
  /** Arrow-key step, and the step with Shift held. */
  step: number;
  shiftStep: number;
  /** Page Up / Page Down step, if the handle takes those keys. */
  pageStep?: number;
  /** Where Home and End go. */
  min: number;
  max: number;
}

/**
 * Where a slider-like handle on a figure moves for a key (the ARIA slider keys): right/up raise, left/down
 * lower, Home and End go to the ends. Undefined for any other key, which the handle leaves alone.
 */
export function sliderKeyValue(e: { key: string; shiftKey: boolean }, value: number, steps: SliderKeySteps): number | undefined {
  const step = e.shiftKey ? steps.shiftStep : steps.step;
  const moves: Record<string, number> = {
    ArrowRight: value + step, ArrowUp: value + step, ArrowLeft: value - step, ArrowDown: value - step, Home: steps.min, End: steps.max,
  };
  if (steps.pageStep !== undefined) Object.assign(moves, { PageUp: value + steps.pageStep, PageDown: value - steps.pageStep });
  return Object.hasOwn(moves, e.key) ? moves[e.key] : undefined;
}
