// The book's training loop as a pausable state machine: short slices of iterations, full-set evaluation in
// chunks, a yield to the event loop between every piece so pause, reset and setLearningRate answer at once.
// The trainer (src-core/train) does the maths and draws the batches; this decides when, in what slices.
import { epochOf, evaluatesAfter, evaluationsLeft, iterationsPerEpoch, type Trainer, type TrainerSnapshot } from '../../src-core/index.ts';
import type { EvalPoint, RunState } from '../protocol.ts';
import { RateMeter } from './rateMeter.ts';
import type { UpdateBatcher, UpdateState } from './updateBatcher.ts';
import type { EvaluationRequest, PoolEvaluation } from '../pool/poolEvaluator.ts';

/** What the runner asks of a trainer (tests pass a stand-in). */
export type RunnerTrainer = Pick<
  Trainer, 'config' | 'iteration' | 'trainCount' | 'testCount' | 'work' | 'progress' | 'evaluate' | 'predict' | 'setLearningRate' | 'snapshot'
> & Partial<Pick<Trainer, 'shareParams'>>;

export interface RunnerOptions {
  readonly runId: number;
  readonly trainer: RunnerTrainer;
  /** Test images [0, sampleCount) whose predictions go to the UI after each evaluation. */
  readonly sampleCount: number;
  readonly batcher: UpdateBatcher;
  /** A run restored from a snapshot: it begins paused at the trainer's iteration, with this running time. */
  readonly restored?: { readonly elapsedMs: number };
  readonly now: () => number;
  readonly yieldNow: () => Promise<void>;
  /** Waits ms milliseconds (slow motion); default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Training time between yields (ms). */
  readonly sliceMs?: number;
  /** Images per evaluation chunk. */
  readonly evalChunk?: number;
  /** The test labels: with them the test half of an evaluation also counts the confusion matrix. */
  readonly testLabels?: Uint8Array;
  /**
   * Evaluates a snapshot of the parameters elsewhere (a thread pool) while training goes on; without it, or
   * when the trainer cannot share its parameters, evaluations stop training and run here in chunks.
   */
  readonly evaluator?: BesideEvaluator;
}

/** What the runner asks of a pool: one full evaluation of a parameter snapshot (see workers/pool/poolEvaluator.ts). */
export interface BesideEvaluator {
  readonly threads: number;
  evaluate(request: EvaluationRequest): Promise<PoolEvaluation>;
}

/** The newest evaluation's test-set guesses and the network that made them (for the confusion gallery). */
export interface EvaluatedTest {
  readonly predicted: Uint8Array;
  readonly snapshot: TrainerSnapshot;
}

interface PendingEval {
  readonly iteration: number;
  done: number;
  trainCorrect: number;
  testCorrect: number;
  /** Row = true class, column = predicted, 10×10 (only with testLabels). */
  readonly confusion: Int32Array;
  readonly predicted: Uint8Array;
  /** Time spent evaluating (pauses excluded). */
  ms: number;
}

export class TrainingRunner {
  state: RunState = 'idle';
  divergedAt: number | null = null;
  /** The error that stopped the training loop, or null. */
  failure: string | null = null;
  /** Running time, pauses excluded (ms). */
  elapsedMs = 0;
  readonly evals: EvalPoint[] = [];
  lastTest: EvaluatedTest | null = null;
  readonly perEpoch: number;
  private readonly o: RunnerOptions;
  private readonly rate = new RateMeter();
  private readonly sliceMs: number;
  /** Fraction of full speed (1: as fast as it goes; 0.01: a hundred times slower, to watch epoch by epoch). */
  private speed = 1;
  private readonly evalChunk: number;
  private pendingEval: PendingEval | null = null;
  private evalSeconds: number | null = null;
  private stopAt = 0;
  private stopRequested = false;
  private loop: Promise<void> | null = null;
  /** The evaluation running beside training, if any (one at a time). */
  private beside: Promise<void> | null = null;
  /** The iteration the evaluation beside belongs to. */
  private besideAt = 0;
  /** The iteration whose evaluation waits for the one beside. */
  private dueAt = 0;
  /** Set when the next evaluation is due while one still runs beside: training waits for it. */
  private besideDue = false;
  /** A newer run took this one's place: results still arriving are dropped. */
  private retired = false;

  constructor(options: RunnerOptions) {
    this.o = options;
    if (options.restored) {
      this.restoredAt = options.trainer.iteration;
      this.state = 'paused';
      this.elapsedMs = options.restored.elapsedMs;
    }
    this.perEpoch = iterationsPerEpoch(options.trainer.trainCount, options.trainer.config.batchSize);
    this.sliceMs = options.sliceMs ?? 12;
    this.evalChunk = options.evalChunk ?? 5000;
  }

  /** Where a restored run began. */
  private readonly restoredAt: number = 0;

  /** Iterations completed. */
  get iteration(): number {
    return this.o.trainer.iteration;
  }

  private get iterations(): number {
    return this.o.trainer.config.iterations;
  }

  get running(): boolean {
    return this.loop !== null;
  }

  /** Starts or resumes towards the last iteration; returns at once. */
  start(): void {
    this.launch(this.iterations);
  }

  /** Runs n more iterations (and the evaluations they call for), then pauses. */
  async step(n: number): Promise<void> {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`step: n must be a positive integer, got ${n}`);
    if (this.loop) return;
    this.launch(Math.min(this.iterations, this.iteration + n));
    await this.loop;
  }

  /** Stops after the piece of work in hand (a few ms); resolves once stopped. */
  async pause(): Promise<void> {
    if (!this.loop) return;
    this.stopRequested = true;
    await this.loop;
  }

  /** Slow motion: after each piece of work, wait (1/speed − 1) times as long as it took. Live. */
  setSpeed(speed: number): void {
    if (!(speed > 0 && speed <= 1)) throw new RangeError(`setSpeed: speed must be in (0, 1], got ${speed}`);
    this.speed = speed;
    void this.flush();
  }

  setLearningRate(learningRate: number): void {
    this.o.trainer.setLearningRate(learningRate);
    void this.flush();
  }

  /** The state part of an update. */
  snapshot(): UpdateState {
    const rate = this.rate.perSecond();
    const { trainer } = this.o;
    const left = this.iterations - this.iteration;
    const evalsLeft = evaluationsLeft(this.iteration, this.iterations, this.perEpoch) + (this.pendingEval ? 1 : 0);
    const evalPart = this.o.evaluator ? 0 : evalsLeft * (this.evalSeconds ?? 0);
    return {
      runId: this.o.runId,
      state: this.state,
      iteration: this.iteration,
      config: trainer.config,
      iterations: this.iterations,
      iterPerEpoch: this.perEpoch,
      epoch: epochOf(this.iteration, this.perEpoch),
      itersPerSecond: rate,
      elapsedMs: this.elapsedMs,
      secondsLeft: left === 0 && !this.pendingEval && !this.beside ? 0 : rate > 0 ? (left / rate + evalPart) / this.speed : null,
      speed: this.speed,
      evaluating: this.pendingEval ? { done: this.pendingEval.done, total: trainer.trainCount + trainer.testCount } : null,
      besideEval: this.beside && this.o.evaluator ? { iteration: this.besideAt, threads: this.o.evaluator.threads } : null,
      numerical: trainer.progress(),
      divergedAt: this.divergedAt,
      failure: this.failure,
      restoredAt: this.o.restored ? this.restoredAt : null,
    };
  }

  /** Sends the current state now (after the previous update was taken). */
  flush(): Promise<void> {
    return this.o.batcher.flush(() => this.snapshot());
  }

  /** A newer run replaces this one: an evaluation still running beside reports nothing. */
  retire(): void {
    this.retired = true;
  }

  private launch(stopAt: number): void {
    if (this.loop || this.state === 'finished' || this.state === 'diverged' || this.state === 'failed') return;
    if (this.iteration >= stopAt && !this.pendingEval && !this.beside) return;
    this.stopAt = stopAt;
    this.stopRequested = false;
    this.state = 'running';
    void this.flush();
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    let t = this.o.now();
    const clock = () => {
      const t1 = this.o.now();
      this.elapsedMs += t1 - t;
      t = t1;
    };
    const sleep = this.o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    try {
      while (!this.stopRequested) {
        const t0 = t;
        if (this.beside && (this.besideDue || this.iteration >= this.stopAt)) {
          await this.beside; // the next evaluation is due, or the run is at its end: wait for this one
          clock();
          continue;
        }
        if (this.besideDue) {
          // The parameters are still those of iteration dueAt: its evaluation starts now.
          this.besideDue = false;
          if (!this.evaluateBeside(this.dueAt)) this.pendingEval = this.newPendingEval(this.dueAt);
          continue;
        }
        if (this.pendingEval) this.evaluateChunk();
        else if (this.iteration >= this.stopAt) break;
        else this.trainSlice();
        clock();
        if (this.divergedAt !== null) break;
        this.o.batcher.maybeFlush(() => this.snapshot());
        await this.o.yieldNow();
        // Slow motion: wait in short pieces, so Pause still answers at once; waiting is not running time.
        let owed = this.speed < 1 ? (t - t0) * (1 / this.speed - 1) : 0;
        while (owed > 0 && !this.stopRequested) {
          const piece = Math.min(owed, 50);
          await sleep(piece);
          owed -= piece;
          this.o.batcher.maybeFlush(() => this.snapshot());
        }
        t = this.o.now();
      }
    } catch (e) {
      // A fault inside training (not the learner's input): the run stops and says so; the UI keeps what it has
      // and can go on from the last snapshot.
      this.failure = e instanceof Error ? e.message : String(e);
    } finally {
      clock();
      const done = this.iteration >= this.iterations && !this.pendingEval && !this.beside && !this.besideDue;
      this.state = this.failure !== null ? 'failed' : this.divergedAt !== null ? 'diverged' : done ? 'finished' : 'paused';
      this.loop = null;
      void this.flush();
    }
  }

  private trainSlice(): void {
    const { trainer, batcher, now } = this.o;
    const t0 = now();
    const deadline = t0 + this.sliceMs;
    const before = this.partDone();
    let completed = 0;
    while (this.iteration < this.stopAt) {
      const loss = trainer.work(deadline);
      if (loss === null) break;
      const i = this.iteration - 1;
      completed++;
      batcher.pushLoss(loss);
      if (!Number.isFinite(loss)) {
        this.divergedAt = i;
        break;
      }
      if (evaluatesAfter(i, this.perEpoch)) {
        if (this.beside) {
          this.besideDue = true; // run() waits for the one in hand; this iteration's is taken then
          this.dueAt = i;
          break;
        }
        if (this.evaluateBeside(i)) {
          if (now() >= deadline) break;
          continue;
        }
        this.pendingEval = this.newPendingEval(i);
        break;
      }
      if (now() >= deadline) break;
    }
    this.rate.record(now() - t0, completed + this.partDone() - before);
  }

  private newPendingEval(iteration: number): PendingEval {
    const labelled = this.o.testLabels !== undefined;
    const predicted = new Uint8Array(labelled ? this.o.trainer.testCount : 0);
    return { iteration, done: 0, trainCorrect: 0, testCorrect: 0, confusion: new Int32Array(labelled ? 100 : 0), predicted, ms: 0 };
  }

  /**
   * Starts the evaluation after iteration i on the pool, on a copy of the parameters, and lets training go on;
   * false when there is no pool or the trainer cannot share (then it runs here). Its point arrives in order:
   * one runs at a time, and the run does not finish before it.
   */
  private evaluateBeside(i: number): boolean {
    const { evaluator, trainer, testLabels, now } = this.o;
    const block = evaluator ? (trainer.shareParams?.() ?? null) : null;
    if (!evaluator || !block) return false;
    const snapshot = trainer.snapshot(); // the run as it stands at this evaluation (to go on from after a fault)
    const { trainCount, testCount } = trainer;
    const t0 = now();
    this.besideAt = i;
    const request = { snapshot: block, hiddenSize: trainer.config.hiddenSize, outputSize: 10, trainCount, testCount, predictTest: testLabels !== undefined };
    this.beside = evaluator.evaluate(request).then(
      (r) => {
        if (this.retired) return;
        const e = this.newPendingEval(i);
        e.trainCorrect = r.trainCorrect;
        e.testCorrect = r.testCorrect;
        if (testLabels && r.predicted) {
          e.predicted.set(r.predicted);
          countGuesses(testLabels, r.predicted, 0, e.confusion);
        }
        const samples = r.predicted ? r.predicted.slice(0, this.o.sampleCount) : null;
        this.publish(e, samples, snapshot, this.elapsedMs, (now() - t0) / 1000);
        if (!this.loop) void this.flush(); // paused meanwhile: the point still goes out
      },
      (e: unknown) => {
        if (!this.retired) this.failure ??= `the evaluation on the thread pool failed: ${e instanceof Error ? e.message : String(e)}`;
        this.stopRequested = true;
      },
    ).finally(() => {
      this.beside = null;
    });
    return true;
  }

  /** Fraction of a partly done iteration (numerical gradient), 0 otherwise. */
  private partDone(): number {
    const p = this.o.trainer.progress();
    return p && p.total > 0 ? p.done / p.total : 0;
  }

  private evaluateChunk(): void {
    const e = this.pendingEval;
    if (!e) return;
    const { trainer, now } = this.o;
    const { trainCount, testCount } = trainer;
    const t0 = now();
    if (e.done < trainCount) {
      const end = Math.min(trainCount, e.done + this.evalChunk);
      e.trainCorrect += trainer.evaluate('train', e.done, end);
      e.done = end;
    } else {
      const start = e.done - trainCount;
      const end = Math.min(testCount, start + this.evalChunk);
      e.testCorrect += this.evaluateTest(e, start, end);
      e.done = trainCount + end;
    }
    e.ms += now() - t0;
    if (e.done < trainCount + testCount) return;
    const samples = trainer.predict('test', 0, this.o.sampleCount);
    this.publish(e, samples, trainer.snapshot(), this.elapsedMs + (now() - t0), e.ms / 1000);
    this.pendingEval = null;
  }

  /**
   * An evaluation's point goes out with the sample digits' guesses and the run's snapshot at it: the one
   * ending of both ways of evaluating (here in chunks, or beside training).
   */
  private publish(e: Omit<PendingEval, 'done' | 'ms'>, samples: Uint8Array | null, snapshot: TrainerSnapshot, elapsedMs: number, seconds: number): void {
    const { trainCount, testCount } = this.o.trainer;
    const point: EvalPoint = {
      iteration: e.iteration,
      epoch: epochOf(e.iteration, this.perEpoch),
      trainAccuracy: e.trainCorrect / trainCount,
      testAccuracy: e.testCorrect / testCount,
      elapsedMs,
      ...(this.o.testLabels ? { confusion: e.confusion } : {}),
    };
    this.evals.push(point);
    this.o.batcher.pushEval(point);
    if (samples) this.o.batcher.setPredictions(samples);
    this.o.batcher.setSnapshot({ trainer: snapshot, elapsedMs });
    if (this.o.testLabels) this.lastTest = { predicted: e.predicted, snapshot };
    this.evalSeconds = seconds;
  }

  /** Correct guesses among test images [start, end); with labels, the same guesses also fill the confusion counts. */
  private evaluateTest(e: PendingEval, start: number, end: number): number {
    const labels = this.o.testLabels;
    if (!labels) return this.o.trainer.evaluate('test', start, end);
    const guess = this.o.trainer.predict('test', start, end);
    e.predicted.set(guess, start);
    return countGuesses(labels, guess, start, e.confusion);
  }
}

/** Counts guesses of images start… into the confusion matrix (row = true class); returns how many are right. */
function countGuesses(labels: Uint8Array, guess: Uint8Array, start: number, confusion: Int32Array): number {
  let correct = 0;
  for (let i = 0; i < guess.length; i++) {
    const t = labels[start + i];
    confusion[t * 10 + guess[i]]++;
    if (t === guess[i]) correct++;
  }
  return correct;
}
