// The float64 network of the 'js' backend: the book's maths in plain JS (the reference, and the fallback
// where WebAssembly SIMD is missing). It reads the parsed splits directly.
import { gatherImages, gatherLabels } from '../data/batch.ts';
import type { MnistSplit } from '../data/idx.ts';
import { argmaxAt } from '../loss/labels.ts';
import { twoLayerNetForward, twoLayerNetGradient, twoLayerNetLoss } from '../net/twoLayerNetMaths.ts';
import type { MnistData, SplitName } from '../data/mnistData.ts';
import type { TrainingNet } from './backend.ts';
import { cloneParams, PARAM_KEYS, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';

const CHUNK = 1000; // images per forward pass when evaluating

export function createFloat64Net(data: MnistData): TrainingNet {
  let p: TwoLayerNetParams | undefined;
  let x = new Float64Array(0);
  const params = () => {
    if (!p) throw new Error('float64 net: no parameters set');
    return p;
  };
  const split = (name: SplitName): MnistSplit => {
    const s = data[name];
    if (!s) throw new RangeError(`float64 net: no ${name} split was loaded`);
    return s;
  };

  function classify(name: SplitName, start: number, end: number, each: (i: number, c: number) => void): void {
    const s = split(name);
    const q = params();
    for (let first = start; first < end; first += CHUNK) {
      const count = Math.min(CHUNK, end - first);
      const ids = Int32Array.from({ length: count }, (_, i) => first + i);
      const buf = gatherImages(s, ids, new Float64Array(count * s.pixels));
      const { y } = twoLayerNetForward(q, buf, count);
      for (let i = 0; i < count; i++) each(first + i, argmaxAt(y, i * q.outputSize, q.outputSize));
    }
  }

  return {
    configure(_h, _o, batchSize) {
      x = new Float64Array(batchSize * data.train.pixels);
    },
    setParams(next) {
      p = cloneParams(next);
    },
    getParams: () => cloneParams(params()),
    trainStep(ids, lr) {
      const q = params();
      const size = ids.length * data.train.pixels;
      const batch = gatherImages(data.train, ids, x.length >= size ? x.subarray(0, size) : new Float64Array(size));
      const t = gatherLabels(data.train, ids);
      const g = twoLayerNetGradient(q, batch, t);
      for (const key of PARAM_KEYS) {
        const a = q[key];
        const d = g[key];
        for (let i = 0; i < a.length; i++) a[i] -= lr * d[i];
      }
      return twoLayerNetLoss(q, batch, t);
    },
    evaluate(name, start, end) {
      const labels = split(name).labels;
      let correct = 0;
      classify(name, start, end, (i, c) => {
        if (c === labels[i]) correct++;
      });
      return correct;
    },
    predict(name, start, end) {
      const out = new Uint8Array(end - start);
      classify(name, start, end, (i, c) => (out[i - start] = c));
      return out;
    },
  };
}
