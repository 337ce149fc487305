// A second run beside 4.5's, in the same worker: 4.1.2's overfitting lab. Its own trainer over the shared
// backend (one copy of MNIST; the trainer takes the wasm network over when it works), its own runner and its
// own update stream, so neither run disturbs the other.
import { createTrainer, type TrainingBackend, type TrainingConfig } from '../../src-core/index.ts';
import { TrainingRunner } from './runner.ts';
import { UpdateBatcher, type SendUpdate } from './updateBatcher.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

export class RunSlot {
  private runner: TrainingRunner | null = null;
  private runId = 0;
  private readonly batcher: UpdateBatcher;
  private readonly now: () => number;

  constructor(send: SendUpdate, now: () => number, intervalMs: number) {
    this.now = now;
    this.batcher = new UpdateBatcher(send, now, intervalMs);
  }

  /** A fresh run (seeded weights, iteration 0), not running; the previous one is paused and dropped. */
  async configure(backend: TrainingBackend, config: TrainingConfig): Promise<void> {
    await this.runner?.pause();
    const trainer = createTrainer(backend, config, this.now);
    this.batcher.reset(0);
    this.batcher.setPredictions(new Uint8Array(0));
    this.runner = new TrainingRunner({
      runId: ++this.runId, trainer, sampleCount: 0, batcher: this.batcher, now: this.now, yieldNow: yieldToEventLoop,
      testLabels: backend.data.labels('test', 0, trainer.testCount),
    });
    await this.runner.flush();
  }

  start(): void {
    if (!this.runner) throw new Error('overfitStart: no run is configured yet (overfitConfigure comes first)');
    this.runner.start();
  }

  async pause(): Promise<void> {
    await this.runner?.pause();
  }
}
