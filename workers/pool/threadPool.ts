// The owner's side of a pool of threads: requests go to a chosen thread and come back as promises. A thread
// answers one request at a time, in order. Endpoints are browser Workers or Node worker threads (nodeThreads.ts).
import type { PoolMessage, PoolReplies, PoolReply, PoolRequest } from './poolProtocol.ts';

/** What the pool needs of a thread. */
export interface PoolEndpoint {
  postMessage(message: PoolMessage): void;
  /** Calls back with each reply, and with an Error when the thread fails or exits. */
  listen(onReply: (reply: PoolReply) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
}

export class ThreadPool {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(private readonly threads: readonly PoolEndpoint[]) {
    for (const t of threads) {
      t.listen(
        (reply) => {
          const w = this.waiting.get(reply.id);
          if (!w) return;
          this.waiting.delete(reply.id);
          if (reply.ok) w.resolve(reply.value);
          else w.reject(new Error(reply.error));
        },
        (error) => this.fail(error),
      );
    }
  }

  get size(): number {
    return this.threads.length;
  }

  /** Why the pool stopped working (a thread failed or exited, or terminate()), or null while it works. */
  get failed(): Error | null {
    return this.failure;
  }

  /** Sends a request to thread t; its reply. */
  call<K extends PoolRequest['kind']>(t: number, request: Extract<PoolRequest, { kind: K }>): Promise<PoolReplies[K]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<PoolReplies[K]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.threads[t].postMessage({ ...request, id } as PoolMessage);
    });
  }

  /** The same request to every thread. */
  all<K extends PoolRequest['kind']>(request: Extract<PoolRequest, { kind: K }>): Promise<PoolReplies[K][]> {
    return Promise.all(this.threads.map((_, t) => this.call(t, request)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  terminate(): void {
    this.fail(new Error('the thread pool was ended'));
    for (const t of this.threads) t.terminate();
  }
}
