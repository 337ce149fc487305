// 4.4.1: how long one path recomputation takes when the learner drags the lr slider (target: under 4 ms).
// The panel calls gradientDescent(function2, [−3, 4], { lr, stepNum: 100 }) with the book's numerical gradient
// or the exact one on every slider input; the draw (React + SVG) is measured in the browser by e2e/descent.spec.ts.
import { bowls, function2, function2Gradient, gradientDescent } from '../../src-core/index.ts';
import { runDescent } from '../../app/panels/descent/runDescent.ts';
import { medianMs, type BenchRow } from './benchRow.ts';

const samples = 100;
// Several learning rates per sample, as a slider drag produces: converging, crawling and diverging paths.
// Each sample runs them repeatedly so one sample lasts well above the timer's resolution.
const lrs = [0.1, 0.01, 1e-10, 10];
const repeats = 10;

function timeRun(name: string, stepNum: number, gradient?: typeof function2Gradient): BenchRow {
  const ms = medianMs(() => {
    for (let r = 0; r < repeats; r++) for (const lr of lrs) gradientDescent(function2, [-3, 4], { lr, stepNum, gradient });
  }, samples, 10);
  const paths = repeats * lrs.length;
  return { name, medianMs: ms / paths, samples, note: `per path (median sample of ${paths} paths, lr ${lrs.join(', ')})` };
}

/** What the panel does per slider input: the core's run plus its scan for the freeze, overflow and NaN. */
function timePanelRun(): BenchRow {
  const ms = medianMs(() => {
    for (let r = 0; r < repeats; r++) for (const lr of lrs) runDescent(bowls.sphere, { x0: -3, x1: 4, lr, steps: 100, gradient: 'numerical', optimizer: 'SGD' });
  }, samples, 10);
  const paths = repeats * lrs.length;
  return { name: 'panel runDescent 100 steps (core + scan), numerical', medianMs: ms / paths, samples, note: `per path` };
}

export async function run(): Promise<BenchRow[]> {
  return [
    timeRun('gradientDescent 100 steps, numerical gradient', 100),
    timeRun('gradientDescent 100 steps, exact gradient', 100, function2Gradient),
    timeRun('gradientDescent 1000 steps, numerical gradient', 1000),
    timeRun('gradientDescent 1000 steps, exact gradient', 1000, function2Gradient),
    timePanelRun(),
  ];
}
