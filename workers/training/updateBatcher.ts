// Batches progress into at most one update per interval (~20 a second) and never sends a new one before the UI
// has acknowledged the previous one (backpressure): losses keep accumulating meanwhile, nothing is dropped.
import type { EvalPoint, RunSnapshot, TrainingUpdate } from '../protocol.ts';

/** The fields of an update that describe the current state rather than what happened since the last one. */
export type UpdateState = Omit<TrainingUpdate, 'firstIteration' | 'losses' | 'evals' | 'predictions' | 'snapshot'>;

export type SendUpdate = (update: TrainingUpdate) => void | Promise<void>;

export class UpdateBatcher {
  private losses = new Float64Array(1024);
  private count = 0;
  private first = 0;
  private evals: EvalPoint[] = [];
  private predictions: Uint8Array | null = null;
  private snapshot: RunSnapshot | null = null;
  private inFlight: Promise<void> | null = null;
  private lastSent = -Infinity;

  constructor(
    private readonly send: SendUpdate,
    private readonly now: () => number,
    private readonly intervalMs = 50,
  ) {}

  /** Drops everything pending; the next loss is that of iteration `firstIteration`. */
  reset(firstIteration: number): void {
    this.count = 0;
    this.first = firstIteration;
    this.evals = [];
    this.predictions = null;
    this.snapshot = null;
  }

  pushLoss(loss: number): void {
    if (this.count === this.losses.length) {
      const bigger = new Float64Array(this.losses.length * 2);
      bigger.set(this.losses);
      this.losses = bigger;
    }
    this.losses[this.count++] = loss;
  }

  pushEval(point: EvalPoint): void {
    this.evals.push(point);
  }

  /** The run's state at an epoch boundary, for the UI to keep (a newer one replaces one not yet sent). */
  setSnapshot(snapshot: RunSnapshot): void {
    this.snapshot = snapshot;
  }

  setPredictions(predictions: Uint8Array): void {
    this.predictions = predictions;
  }

  /** True when an update may go now: the interval has passed and the UI has taken the previous one. */
  due(): boolean {
    return this.inFlight === null && this.now() - this.lastSent >= this.intervalMs;
  }

  /** Sends if due; returns at once either way. */
  maybeFlush(state: () => UpdateState): void {
    if (this.due()) void this.sendNow(state());
  }

  /** Waits for the previous update to be taken, then sends everything pending (used on state changes). */
  async flush(state: () => UpdateState): Promise<void> {
    while (this.inFlight) await this.inFlight;
    await this.sendNow(state());
  }

  private sendNow(state: UpdateState): Promise<void> {
    const update: TrainingUpdate = {
      ...state,
      firstIteration: this.first,
      losses: this.losses.slice(0, this.count), // a fresh buffer the message owns and may transfer
      evals: this.evals,
      predictions: this.predictions,
      snapshot: this.snapshot,
    };
    this.first += this.count;
    this.count = 0;
    this.evals = [];
    this.predictions = null;
    this.snapshot = null;
    this.lastSent = this.now();
    const done = Promise.resolve()
      .then(() => this.send(update))
      .catch(() => undefined) // a closed page cannot take updates; training must not fail for it
      .finally(() => {
        if (this.inFlight === done) this.inFlight = null;
      });
    this.inFlight = done;
    return done;
  }
}
