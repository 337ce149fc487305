// The worker's logic behind the comlink API: owns the data set (inside the wasm network's memory), the
// configuration and the current run. Free of comlink, so it runs in vitest with a file-backed fetch.
// The loaded files are dropped once packed into the network: its copy is the only one (numerical batches,
// the gradient check and the digit grid are read back out of it): ~25 MB instead of ~90 MB.
import { createRandom, gradientCheck, type GradientCheckReport } from '../../src-core/index.ts';
import { WasmNet } from '../../src-core/kernels/wasmNet.ts';
import { cloneParams, initTwoLayerNetParams, type TwoLayerNetParams } from '../../src-core/net/twoLayerNetParams.ts';
import type { DataSummary, LoadProgress, TrainingApi, TrainingConfig, TrainingListener, TrainingUpdate } from '../protocol.ts';
import { checkValue, validateConfig, BOOK_CONFIG } from './config.ts';
import { backpropEngine, type TrainingEngine } from './engine.ts';
import { loadMnist, type FetchLike } from './loadMnist.ts';
import { numericalEngine } from './numericalEngine.ts';
import { TrainingRunner } from './runner.ts';
import { UpdateBatcher } from './updateBatcher.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

/** Test digits shown with the network's guesses: the first ones of the test set. */
export const SAMPLE_COUNT = 24;
const OUTPUTS = 10;
const PROGRESS_INTERVAL_MS = 50;

export interface ServiceOptions {
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  /** Wraps an update before it is posted (the worker marks its loss buffer for transfer). */
  readonly prepare?: (update: TrainingUpdate) => TrainingUpdate;
  readonly now?: () => number;
}

interface Run {
  readonly config: TrainingConfig;
  readonly runner: TrainingRunner;
  /** The float64 parameters of a numerical run (a backprop run keeps its own inside the wasm network). */
  readonly params: TwoLayerNetParams | null;
}

export class TrainingService implements TrainingApi {
  private readonly options: ServiceOptions;
  private readonly now: () => number;
  private listener: TrainingListener | null = null;
  private loading: Promise<DataSummary> | null = null;
  /** The network, holding the only copy of the data set. */
  private net: WasmNet | null = null;
  private run: Run | null = null;
  private runId = 0;
  private readonly batcher: UpdateBatcher;

  constructor(options: ServiceOptions) {
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    const prepare = options.prepare ?? ((u: TrainingUpdate) => u);
    this.batcher = new UpdateBatcher((u) => this.listener?.onUpdate(prepare(u)), this.now, PROGRESS_INTERVAL_MS);
  }

  connect(listener: TrainingListener): void {
    this.listener = listener;
  }

  loadData(onProgress?: (progress: LoadProgress) => void): Promise<DataSummary> {
    // One load at a time; a failed one is forgotten so that a retry fetches again.
    this.loading ??= this.load(onProgress).catch((e: unknown) => {
      this.loading = null;
      throw e;
    });
    return this.loading;
  }

  private async load(onProgress?: (progress: LoadProgress) => void): Promise<DataSummary> {
    let last = -Infinity;
    const report = (p: LoadProgress) => {
      const t = this.now();
      if (t - last < PROGRESS_INTERVAL_MS && p.loaded !== p.total && p.loaded !== 0) return;
      last = t;
      void Promise.resolve(onProgress?.(p)).catch(() => undefined);
    };
    // The parsed files live only in this call: once packed into the network they are garbage.
    const net = new WasmNet(await loadMnist({ baseUrl: this.options.baseUrl, fetch: this.options.fetch, onProgress: report }));
    this.net = net;
    const count = Math.min(SAMPLE_COUNT, net.count('test'));
    return {
      trainCount: net.count('train'),
      testCount: net.count('test'),
      side: Math.round(Math.sqrt(net.inputSize)),
      sampleIndices: Int32Array.from({ length: count }, (_, i) => i),
      sampleImages: net.images('test', 0, count),
      sampleLabels: net.labels('test', 0, count),
    };
  }

  private async ready(): Promise<WasmNet> {
    await this.loadData();
    if (!this.net) throw new Error('the data set is not loaded');
    return this.net;
  }

  async configure(config: TrainingConfig): Promise<void> {
    const clean = validateConfig(config);
    const net = await this.ready();
    await this.run?.runner.pause();
    this.run = this.newRun(net, clean);
    await this.run.runner.flush();
  }

  private newRun(net: WasmNet, config: TrainingConfig): Run {
    const trainCount = net.count('train'), testCount = net.count('test');
    const random = createRandom(config.seed);
    const sizes = { inputSize: net.inputSize, hiddenSize: config.hiddenSize, outputSize: OUTPUTS };
    const init = initTwoLayerNetParams(sizes, config.weightInitStd, random);
    net.configure(config.hiddenSize, OUTPUTS, config.batchSize);
    net.setParams(init);
    let params: TwoLayerNetParams | null = null;
    let engine: TrainingEngine;
    if (config.gradientMethod === 'numerical') {
      params = cloneParams(init);
      const gather = (indices: Int32Array) => ({ x: net.gatherImages('train', indices), labels: net.gatherLabels('train', indices) });
      engine = numericalEngine({ params, gather, publish: (p) => net.setParams(p) });
    } else {
      engine = backpropEngine(net);
    }
    const runId = ++this.runId;
    const sampleCount = Math.min(SAMPLE_COUNT, testCount);
    this.batcher.reset(0);
    this.batcher.setPredictions(net.predict('test', 0, sampleCount));
    const runner = new TrainingRunner({
      runId,
      iterations: config.iterations,
      batchSize: config.batchSize,
      learningRate: config.learningRate,
      trainCount,
      testCount,
      sampleCount,
      nextBatch: () => random.choice(trainCount, config.batchSize),
      engine,
      evaluator: net,
      batcher: this.batcher,
      now: this.now,
      yieldNow: yieldToEventLoop,
    });
    return { config, runner, params };
  }

  private async current(): Promise<Run> {
    if (!this.run) await this.configure(BOOK_CONFIG);
    if (!this.run) throw new Error('no run is configured');
    return this.run;
  }

  async start(): Promise<void> {
    (await this.current()).runner.start();
  }

  async pause(): Promise<void> {
    await this.run?.runner.pause();
  }

  async resume(): Promise<void> {
    await this.start();
  }

  async step(n: number): Promise<void> {
    await (await this.current()).runner.step(n);
  }

  async reset(): Promise<void> {
    const run = this.run;
    if (!run) return;
    await run.runner.pause();
    if (this.run !== run || !this.net) return; // configured anew meanwhile
    this.run = this.newRun(this.net, run.config);
    await this.run.runner.flush();
  }

  async setLearningRate(learningRate: number): Promise<void> {
    checkValue('learningRate', learningRate);
    const run = await this.current();
    run.runner.setLearningRate(learningRate);
  }

  async gradientCheck(batchSize: number): Promise<GradientCheckReport> {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100) {
      throw new RangeError(`gradientCheck: batchSize must be an integer in [1, 100], got ${batchSize}`);
    }
    const net = await this.ready();
    const run = await this.current();
    const params = run.params ? cloneParams(run.params) : net.getParams();
    const indices = Int32Array.from({ length: batchSize }, (_, i) => i);
    return gradientCheck(params, net.gatherImages('train', indices), net.gatherLabels('train', indices));
  }

  async dispose(): Promise<void> {
    await this.run?.runner.pause();
    this.run = null;
    this.net = null;
    this.loading = null;
    this.listener = null;
  }
}
