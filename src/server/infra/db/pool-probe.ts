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

/**
 * The method `name` of `target`, bound: the instance's own override when it has one (the bench's capture), else the
 * class's method as it is at each call, so a recorder that wraps the class later (a test's) still sees the calls.
 */
function methodAtCall(target: object, name: string): (...args: unknown[]) => unknown {
  type Method = (...args: unknown[]) => unknown;
  const own = Object.hasOwn(target, name) ? ((target as Record<string, unknown>)[name] as Method) : undefined;
  return (...args) =>
    (own ?? (Object.getPrototypeOf(target) as Record<string, Method>)[name]!).apply(target, args);
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
  const connect = methodAtCall(pool, 'connect') as (
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
  const query = methodAtCall(pglite, 'query');
  pglite.query = ((...args: unknown[]) => track(query(...args) as Promise<unknown>)) as typeof pglite.query;
  const transaction = methodAtCall(pglite, 'transaction');
  pglite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
    const startedAt = performance.now();
    return track(
      transaction((tx: Transaction) => {
        listeners.observe(startedAt);
        return callback(tx);
      }) as Promise<T>,
    );
  }) as typeof pglite.transaction;
  return { waiting: () => Math.max(0, inFlight - 1), onCheckout: listeners.add };
}
