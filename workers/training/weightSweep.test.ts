import { describe, expect, it } from 'vitest';
import { createRandom, initTwoLayerNetParams, twoLayerNetGradient } from '../../src-core/index.ts';
import { SWEEP_H, sweepProblem, sweepWeight } from './weightSweep.ts';

const random = createRandom(3);
const params = initTwoLayerNetParams({ inputSize: 6, hiddenSize: 4, outputSize: 10 }, 0.5, random);
const batch = 20;
const x = random.random(batch * 6);
const labels = Uint8Array.from({ length: batch }, (_, n) => n % 10);
const never = () => false;
const noYield = () => Promise.resolve();

describe('sweepWeight (4.2.5)', () => {
  it('the loss derivative is backprop’s gradient; the accuracy is a staircase whose derivative is 0 off its steps', async () => {
    const index = 5;
    const result = (await sweepWeight(params, x, labels, { param: 'W2', index, from: -4, to: 4, steps: 81 }, never, noYield))!;
    expect(result.current).toBe(params.W2[index]);
    const k = 40; // value 0
    const at = { ...params, W2: Float64Array.from(params.W2) };
    at.W2[index] = result.values[k];
    const exact = twoLayerNetGradient(at, x, labels).W2[index];
    expect(result.dLoss[k]).toBeCloseTo(exact, 6);
    // Accuracy takes only multiples of 1/batch, and changes in jumps: where it is equal on both sides, its derivative is 0.
    for (let i = 1; i < result.values.length - 1; i++) {
      expect(Math.round(result.accuracy[i] * batch)).toBeCloseTo(result.accuracy[i] * batch, 9);
      if (result.accuracy[i - 1] === result.accuracy[i] && result.accuracy[i] === result.accuracy[i + 1]) expect(result.dAccuracy[i]).toBe(0);
    }
    expect(new Set(result.accuracy).size).toBeGreaterThan(1); // it does step somewhere in the range
    expect(result.h).toBe(SWEEP_H);
  });

  it('stops when a newer sweep begins, and refuses bad requests', async () => {
    let calls = 0;
    const stopped = await sweepWeight(params, x, labels, { param: 'W1', index: 0, from: -1, to: 1, steps: 100 }, () => ++calls > 1, noYield);
    expect(stopped).toBeNull();
    for (const bad of [
      { param: 'W1', index: -1, from: 0, to: 1, steps: 10 }, { param: 'W1', index: 24, from: 0, to: 1, steps: 10 },
      { param: 'W2', index: 0, from: 1, to: 1, steps: 10 }, { param: 'W2', index: 0, from: Number.NaN, to: 1, steps: 10 },
      { param: 'W2', index: 0, from: 0, to: Infinity, steps: 10 }, { param: 'W2', index: 0, from: 0, to: 1e9, steps: 10 },
      { param: 'W2', index: 0.5, from: 0, to: 1, steps: 10 }, { param: 'b1', index: 0, from: 0, to: 1, steps: 10 },
    ] as const) {
      expect(sweepProblem(bad as never, params)).not.toBeNull();
    }
  });
});
