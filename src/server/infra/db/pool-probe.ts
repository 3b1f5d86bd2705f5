import { performance } from 'node:perf_hooks';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/** What the metrics read of the connections a process queues for. */
export interface PoolProbe {
  /** Statements and transactions waiting for a connection right now. */
  waiting(): number;
  /** Calls `listener` with the seconds each checkout of a connection waited; returns a function to stop. */
  onCheckout(listener: (seconds: number) => void): () => void;
}

function checkoutListeners() {
  const listeners = new Set<(seconds: number) => void>();
  return {
    observe(startedAt: number) {
      const seconds = (performance.now() - startedAt) / 1000;
      for (const listener of listeners) listener(seconds);
    },
    add(listener: (seconds: number) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Times the pool's checkouts: pg-pool's `query()` checks out through `this.connect` too, so one wrap sees all. */
export function probePgPool(pool: pg.Pool): PoolProbe {
  const listeners = checkoutListeners();
  // The prototype's method is looked up at each call, so whatever wraps the class later (a test's recorder) still sees it.
  const prototype = Object.getPrototypeOf(pool) as pg.Pool;
  const connect = ((...args: unknown[]) =>
    (prototype.connect as (...a: unknown[]) => unknown).apply(pool, args)) as (
    callback?: (
      error: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((callback?: Parameters<typeof connect>[0]) => {
    const startedAt = performance.now();
    if (callback) {
      return connect((error, client, done) => {
        if (!error) listeners.observe(startedAt);
        callback(error, client, done);
      });
    }
    return connect()?.then((client) => {
      listeners.observe(startedAt);
      return client;
    });
  }) as typeof pool.connect;
  return { waiting: () => pool.waitingCount, onCheckout: listeners.add };
}

/**
 * PGlite has a single connection: everything started while another statement or transaction runs waits for it. A
 * transaction's wait is the time until its callback begins; a lone statement's wait cannot be told from its run,
 * so it only counts as waiting.
 */
export function probePglite(pglite: PGlite): PoolProbe {
  const listeners = checkoutListeners();
  let inFlight = 0;
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight++;
    return work.finally(() => {
      inFlight--;
    });
  };
  // As for the pool: the prototype's methods are looked up at each call.
  const prototype = Object.getPrototypeOf(pglite) as PGlite;
  pglite.query = ((...args: Parameters<PGlite['query']>) =>
    track(prototype.query.apply(pglite, args))) as typeof pglite.query;
  pglite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
    const startedAt = performance.now();
    return track(
      prototype.transaction.call(pglite, (tx: Transaction) => {
        listeners.observe(startedAt);
        return callback(tx);
      }),
    );
  }) as typeof pglite.transaction;
  return { waiting: () => Math.max(0, inFlight - 1), onCheckout: listeners.add };
}
