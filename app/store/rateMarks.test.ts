import { expect, test } from 'vitest';
import { RATE_MARK_WINDOW_MS, withRateMark } from './rateMarks.ts';

test('changes within the window move the last mark; a later change adds one', () => {
  let marks = withRateMark([], { iteration: 100, learningRate: 0.2 }, Infinity);
  for (const [i, lr] of [[103, 0.3], [106, 0.5], [110, 0.8]] as const) marks = withRateMark(marks, { iteration: i, learningRate: lr }, 50);
  expect(marks).toEqual([{ iteration: 100, learningRate: 0.8 }]);
  marks = withRateMark(marks, { iteration: 400, learningRate: 0.1 }, RATE_MARK_WINDOW_MS);
  expect(marks).toEqual([{ iteration: 100, learningRate: 0.8 }, { iteration: 400, learningRate: 0.1 }]);
});
