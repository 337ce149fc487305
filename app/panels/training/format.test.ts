import { expect, test } from 'vitest';
import { formatAccuracy, formatCount, formatDuration, formatRate, formatRateValue } from './format.ts';

test('durations', () => {
  expect(formatDuration(null)).toBe('—');
  expect(formatDuration(NaN)).toBe('—');
  expect(formatDuration(0.84)).toBe('0.8 s');
  expect(formatDuration(0.02)).toBe('< 0.1 s');
  expect(formatDuration(0)).toBe('0.0 s');
  expect(formatDuration(12.4)).toBe('12 s');
  expect(formatDuration(185)).toBe('3 min 05 s');
  expect(formatDuration(3720)).toBe('1 h 02 min');
});

test('counts, rates, accuracies and learning rates', () => {
  expect(formatCount(10000)).toBe('10,000');
  expect(formatRate(3456.7)).toBe('3,457');
  expect(formatRate(0.4567)).toBe('0.46');
  expect(formatRate(0)).toBe('—');
  expect(formatAccuracy(0.94683)).toBe('0.9468');
  expect(formatRateValue(0.1)).toBe('0.1');
  expect(formatRateValue(0.0001)).toBe('1e−4');
  expect(formatRateValue(0.30000000000000004)).toBe('0.3');
});
