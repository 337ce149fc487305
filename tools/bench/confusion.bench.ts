// `npm run bench -- confusion`: what the 4.5 confusion matrix adds to a full evaluation (70,000 images). The
// worker's test half asks predict() for the guesses and counts both the correct ones and the 10×10 matrix,
// where it used to ask evaluate() for the correct count only; the train half (60,000 images) is the same.
import { BOOK_TRAINING_CONFIG, createBackend, createTrainer } from '../../src-core/index.ts';
import { loadMnist } from '../../src-core/data/mnistFiles.ts';
import { medianMs, type BenchRow } from './benchRow.ts';

const CHUNK = 5000; // the runner's evaluation chunk

export async function run(): Promise<BenchRow[]> {
  const backend = createBackend(loadMnist());
  const trainer = createTrainer(backend, BOOK_TRAINING_CONFIG);
  const { trainCount, testCount } = trainer;
  const labels = backend.data.labels('test', 0, testCount);
  const trainHalf = () => {
    for (let s = 0; s < trainCount; s += CHUNK) trainer.evaluate('train', s, Math.min(trainCount, s + CHUNK));
  };
  const plainTest = () => {
    for (let s = 0; s < testCount; s += CHUNK) trainer.evaluate('test', s, Math.min(testCount, s + CHUNK));
  };
  const countedTest = () => {
    const confusion = new Int32Array(100);
    for (let s = 0; s < testCount; s += CHUNK) {
      const guess = trainer.predict('test', s, Math.min(testCount, s + CHUNK));
      for (let i = 0; i < guess.length; i++) confusion[labels[s + i] * 10 + guess[i]]++;
    }
  };
  // Interleaved, so both see the same machine load; medians of each.
  const samples = 21;
  const time = (f: () => void) => medianMs(f, 1, 0);
  const plainTimes: number[] = [], countedTimes: number[] = [];
  trainHalf();
  for (let r = 0; r < samples; r++) {
    plainTimes.push(time(() => (trainHalf(), plainTest())));
    countedTimes.push(time(() => (trainHalf(), countedTest())));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const plain = median(plainTimes), counted = median(countedTimes);
  return [
    { name: `full evaluation, correct counts only (${backend.kind})`, medianMs: plain, samples },
    {
      name: `full evaluation with the confusion matrix (${backend.kind})`, medianMs: counted, samples, reference: `full evaluation, correct counts only (${backend.kind})`,
      note: `${counted >= plain ? '+' : ''}${(((counted - plain) / plain) * 100).toFixed(1)}% (budget 10%; medians of interleaved runs)`,
    },
  ];
}
