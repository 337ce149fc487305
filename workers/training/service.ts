// The worker's logic behind the comlink API: owns the data set (inside the wasm network's memory), the
// configuration and the current run. Free of comlink, so it runs in vitest with a file-backed fetch.
// The loaded files are dropped once packed into the network: its copy is the only one (numerical batches,
// the gradient check and the digit grid are read back out of it): ~25 MB instead of ~90 MB.
import {
  checkParams, checkTrainingConfig, gradientCheck, settingProblem, twoLayerNetForward,
  type GradientCheckReport, type Trainer, type TrainingBackend, type TrainingConfig, type TwoLayerNetParams,
} from '../../src-core/index.ts';
import type { SweepRequest, SweepResult, ConfusionCellPage, MnistImage, DataSummary, LoadOutcome, NetworkWeights, LoadProgress, RunSnapshot, TrainingApi, TrainingListener, TrainingUpdate } from '../protocol.ts';
import { DataLoadError, loadMnist, type FetchLike } from './loadMnist.ts';
import { TrainingRunner } from './runner.ts';
import { RunSlot } from './runSlot.ts';
import { PooledBackend } from '../pool/pooledBackend.ts';
import type { ThreadPool } from '../pool/threadPool.ts';
import { sweepWeight } from './weightSweep.ts';
import { UpdateBatcher } from './updateBatcher.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

/** Test digits shown with the network's guesses: the first ones of the test set. */
export const SAMPLE_COUNT = 24;
const PROGRESS_INTERVAL_MS = 50;

export interface ServiceOptions {
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  /** Wraps an update before it is posted (the worker marks its loss buffer for transfer). */
  readonly prepare?: (update: TrainingUpdate) => TrainingUpdate;
  readonly now?: () => number;
  /**
   * Threads for evaluations beside training, where memory can be shared (a cross-origin-isolated page, Node);
   * called once the data are loaded. Without it, or without shared memory, this worker does everything.
   */
  readonly createPool?: () => ThreadPool | null;
  /** One more thread that shares each training step (src-core/kernels/parallelStep.ts), with the same pool. */
  readonly createStepPool?: () => ThreadPool | null;
}

interface Run {
  /** As configured (a reset starts it again, with the learning rate it began with). */
  readonly config: TrainingConfig;
  readonly trainer: Trainer;
  readonly runner: TrainingRunner;
}

export class TrainingService implements TrainingApi {
  private readonly options: ServiceOptions;
  private readonly now: () => number;
  private listener: TrainingListener | null = null;
  private loading: Promise<DataSummary> | null = null;
  private run: Run | null = null;
  private runId = 0;
  /** The backend and its threads: 4.5's evaluations beside training, its numerical gradient, a step helper. */
  private pooled: PooledBackend | null = null;

  /** The network and the only copy of the data set (packed inside the wasm network). */
  private get backend(): TrainingBackend | null {
    return this.pooled?.backend ?? null;
  }
  private readonly batcher: UpdateBatcher;
  /** 4.1.2's overfitting lab: a second run over the same backend, its updates tagged 'overfit'. */
  private readonly overfit: RunSlot;
  /** Counts sweeps: a sweep stops once a newer one has begun. */
  private sweeps = 0;

  constructor(options: ServiceOptions) {
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    const prepare = options.prepare ?? ((u: TrainingUpdate) => u);
    this.batcher = new UpdateBatcher((u) => this.listener?.onUpdate(prepare(u)), this.now, PROGRESS_INTERVAL_MS);
    this.overfit = new RunSlot((u) => this.listener?.onSlotUpdate?.('overfit', prepare(u)), this.now, PROGRESS_INTERVAL_MS);
  }

  connect(listener: TrainingListener): void {
    this.listener = listener;
  }

  async loadData(onProgress?: (progress: LoadProgress) => void): Promise<LoadOutcome> {
    try {
      return { ok: true, summary: await this.loaded(onProgress) };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, failure: { file: e instanceof DataLoadError ? e.file : null, message } };
    }
  }

  /** One load at a time; a failed one is forgotten so that a retry fetches again. */
  private loaded(onProgress?: (progress: LoadProgress) => void): Promise<DataSummary> {
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
    const loaded = await loadMnist({ baseUrl: this.options.baseUrl, fetch: this.options.fetch, onProgress: report });
    this.pooled?.stop();
    const { createPool, createStepPool } = this.options;
    this.pooled = new PooledBackend(loaded, {}, { pool: () => createPool?.() ?? null, stepPool: createStepPool });
    const { backend } = this.pooled;
    const { data } = backend;
    const count = Math.min(SAMPLE_COUNT, data.count('test'));
    return {
      trainCount: data.count('train'),
      testCount: data.count('test'),
      side: Math.round(Math.sqrt(data.inputSize)),
      sampleIndices: Int32Array.from({ length: count }, (_, i) => i),
      sampleImages: data.images('test', 0, count),
      sampleLabels: data.labels('test', 0, count),
    };
  }

  private async ready(): Promise<TrainingBackend> {
    await this.loaded();
    if (!this.backend) throw new Error('the data set is not loaded');
    return this.backend;
  }

  async configure(config: TrainingConfig): Promise<void> {
    const backend = await this.ready();
    const clean = checkTrainingConfig('configure', config, backend.data.count('train'));
    await this.run?.runner.pause();
    this.run = this.newRun(backend, clean);
    await this.run.runner.flush();
  }

  private newRun(backend: TrainingBackend, config: TrainingConfig, from?: RunSnapshot): Run {
    if (this.pooled?.backend !== backend) throw new Error('the data set is not loaded');
    const trainer = this.pooled.createTrainer(config, this.now);
    const { evaluator } = this.pooled;
    if (from) trainer.restore(from.trainer);
    const sampleCount = Math.min(SAMPLE_COUNT, trainer.testCount);
    this.batcher.reset(trainer.iteration); // a restored run's first loss is that of its next iteration
    this.batcher.setPredictions(trainer.predict('test', 0, sampleCount));
    this.run?.runner.retire();
    const runner = new TrainingRunner({
      runId: ++this.runId, trainer, sampleCount, batcher: this.batcher, now: this.now, yieldNow: yieldToEventLoop,
      testLabels: backend.data.labels('test', 0, trainer.testCount),
      ...(evaluator ? { evaluator } : {}),
      ...(from ? { restored: { elapsedMs: from.elapsedMs } } : {}),
    });
    return { config, trainer, runner };
  }

  async restore(snapshot: RunSnapshot): Promise<void> {
    const backend = await this.ready();
    const config = checkTrainingConfig('restore', snapshot.trainer.config, backend.data.count('train'));
    await this.run?.runner.pause();
    this.run = this.newRun(backend, config, snapshot);
    await this.run.runner.flush();
  }

  ping(): Promise<number> {
    return Promise.resolve(this.runId);
  }

  /** The configured run; never a default one: the UI says which configuration it wants. */
  private current(fn: string): Run {
    if (!this.run) throw new Error(`${fn}: no run is configured yet (configure comes first)`);
    return this.run;
  }

  async start(): Promise<void> {
    this.current('start').runner.start();
  }

  async pause(): Promise<void> {
    await this.run?.runner.pause();
  }

  async resume(): Promise<void> {
    await this.start();
  }

  async step(n: number): Promise<void> {
    await this.current('step').runner.step(n);
  }

  async reset(): Promise<void> {
    const run = this.run;
    if (!run) return;
    await run.runner.pause();
    if (this.run !== run || !this.backend) return; // configured anew meanwhile
    this.run = this.newRun(this.backend, run.config);
    await this.run.runner.flush();
  }

  async setSpeed(speed: number): Promise<void> {
    this.current('setSpeed').runner.setSpeed(speed);
  }

  async setLearningRate(learningRate: number): Promise<void> {
    const problem = settingProblem('learningRate', learningRate);
    if (problem) throw new RangeError(`setLearningRate: ${problem}`);
    this.current('setLearningRate').runner.setLearningRate(learningRate);
  }

  async gradientCheck(batchSize: number): Promise<GradientCheckReport> {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100) {
      throw new RangeError(`gradientCheck: batchSize must be an integer in [1, 100], got ${batchSize}`);
    }
    const { data } = await this.ready();
    const params = this.current('gradientCheck').trainer.exportParams();
    const indices = Int32Array.from({ length: batchSize }, (_, i) => i);
    return gradientCheck(params, data.gatherImages('train', indices), data.gatherLabels('train', indices));
  }

  async confusionCell(actual: number, predicted: number, offset: number, limit: number): Promise<ConfusionCellPage> {
    for (const [name, v, max] of [['actual', actual, 9], ['predicted', predicted, 9], ['offset', offset, 1e6], ['limit', limit, 1000]] as const) {
      if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`confusionCell: ${name} must be an integer in [0, ${max}], got ${v}`);
    }
    const { data } = await this.ready();
    const { runner, trainer } = this.current('confusionCell');
    // A run restored from a snapshot has not evaluated yet: its network is the one its last evaluation measured.
    const last = runner.lastTest ?? { predicted: trainer.predict('test', 0, trainer.testCount), snapshot: trainer.snapshot() };
    const labels = data.labels('test', 0, last.predicted.length);
    const all: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === actual && last.predicted[i] === predicted) all.push(i);
    const indices = Int32Array.from(all.slice(offset, offset + limit));
    const side = data.inputSize;
    const images = new Uint8Array(indices.length * side);
    indices.forEach((id, k) => images.set(data.images('test', id, id + 1), k * side));
    const probabilities = indices.length > 0 ? twoLayerNetForward(last.snapshot.params, data.gatherImages('test', indices), indices.length).y : new Float64Array(0);
    return { total: all.length, indices, images, probabilities };
  }

  async overfitConfigure(config: TrainingConfig): Promise<void> {
    const backend = await this.ready();
    await this.overfit.configure(backend, checkTrainingConfig('overfitConfigure', config, backend.data.count('train')));
  }

  async overfitStart(): Promise<void> {
    this.overfit.start();
  }

  async overfitPause(): Promise<void> {
    await this.overfit.pause();
  }

  async sweepWeight(request: SweepRequest): Promise<(SweepResult & { trained: boolean }) | null> {
    const { data } = await this.ready();
    const mine = ++this.sweeps;
    const trainer = this.current('sweepWeight').trainer;
    const indices = Int32Array.from({ length: 100 }, (_, i) => i);
    const result = await sweepWeight(
      trainer.exportParams(), data.gatherImages('train', indices), data.gatherLabels('train', indices), request,
      () => mine !== this.sweeps, yieldToEventLoop,
    );
    return result && { ...result, trained: trainer.iteration > 0 };
  }

  async mnistImage(set: 'train' | 'test', index: number): Promise<MnistImage> {
    const { data } = await this.ready();
    if (set !== 'train' && set !== 'test') throw new RangeError(`mnistImage: set must be 'train' or 'test', got ${String(set)}`);
    const count = data.count(set);
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`mnistImage: index must be an integer in [0, ${count - 1}], got ${index}`);
    }
    return { set, index, pixels: data.images(set, index, index + 1), label: data.labels(set, index, index + 1)[0] };
  }

  async weights(): Promise<NetworkWeights | null> {
    if (!this.run) return null;
    const p = this.run.trainer.exportParams();
    return { iteration: this.run.trainer.iteration, inputSize: p.inputSize, hiddenSize: p.hiddenSize, outputSize: p.outputSize, W1: p.W1, W2: p.W2 };
  }

  async predictDigit(pixels: Float64Array): Promise<Float64Array> {
    const params = this.current('predictDigit').trainer.exportParams();
    if (!(pixels instanceof Float64Array) || pixels.length !== params.inputSize) {
      throw new RangeError(`predictDigit: pixels must be a Float64Array of ${params.inputSize} values`);
    }
    return twoLayerNetForward(params, pixels, 1).y;
  }

  async exportParams(): Promise<TwoLayerNetParams> {
    return this.current('exportParams').trainer.exportParams();
  }

  async importParams(params: TwoLayerNetParams): Promise<void> {
    const backend = await this.ready();
    const run = this.current('importParams');
    // Everything is checked before the run is touched: a refused network changes nothing.
    checkParams('importParams', params);
    if (params.inputSize !== backend.data.inputSize || params.outputSize !== 10) {
      throw new RangeError(`importParams: the network is ${params.inputSize}-${params.hiddenSize}-${params.outputSize}, the data need ${backend.data.inputSize} inputs and 10 outputs`);
    }
    const config = checkTrainingConfig('importParams', { ...run.config, hiddenSize: params.hiddenSize }, backend.data.count('train'));
    await run.runner.pause();
    const next = this.newRun(backend, config);
    next.trainer.importParams(params);
    this.batcher.setPredictions(next.trainer.predict('test', 0, Math.min(SAMPLE_COUNT, next.trainer.testCount)));
    this.run = next;
    await next.runner.flush();
  }

  async testAccuracy(): Promise<number> {
    return this.current('testAccuracy').trainer.accuracy('test');
  }

  async dispose(): Promise<void> {
    await this.overfit.pause();
    await this.run?.runner.pause();
    this.run?.runner.retire();
    this.run = null;
    this.pooled?.stop();
    this.pooled = null;
    this.loading = null;
    this.listener = null;
  }
}
