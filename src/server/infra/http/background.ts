/** Work a request starts but does not wait for, tracked so that shutdown (and a test) can wait until it is done. */
export interface BackgroundWork {
  run(task: () => Promise<unknown>): void;
  /** Resolves once every task started so far has finished. */
  settled(): Promise<void>;
}

export function createBackgroundWork(onError: (error: unknown) => void): BackgroundWork {
  const running = new Set<Promise<unknown>>();
  return {
    run(task) {
      const promise = task()
        .catch(onError)
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async settled() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
