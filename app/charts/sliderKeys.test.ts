import { expect, it } from 'vitest';
import { sliderKeyValue } from './sliderKeys.ts';

const steps = { step: 0.1, shiftStep: 1, min: 0, max: 20 };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

it('moves by the step, the Shift step, or to the ends; other keys are left alone', () => {
  expect(sliderKeyValue(key('ArrowRight'), 5, steps)).toBeCloseTo(5.1, 12);
  expect(sliderKeyValue(key('ArrowDown', true), 5, steps)).toBe(4);
  expect(sliderKeyValue(key('Home'), 5, steps)).toBe(0);
  expect(sliderKeyValue(key('End'), 5, steps)).toBe(20);
  expect(sliderKeyValue(key('PageUp'), 5, steps)).toBeUndefined();
  expect(sliderKeyValue(key('toString'), 5, steps)).toBeUndefined();
  expect(sliderKeyValue(key('PageDown'), 5, { ...steps, pageStep: 2 })).toBe(3);
});
