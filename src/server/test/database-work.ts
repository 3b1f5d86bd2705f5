import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a piece of work asked of the database: each statement sent, and how many connections it took from the pool. */
export interface DatabaseWork {
  statements: string[];
  /** Pool checkouts on PostgreSQL; on PGlite, which runs one thing at a time, a transaction or a lone statement. */
  checkouts: number;
}

type Query = (this: unknown, ...args: unknown[]) => Promise<unknown>;

const textOf = (query: unknown) =>
  (typeof query === 'string' ? query : ((query as { text?: string })?.text ?? String(query))).trim();

/**
 * Records every statement and checkout made while `work` runs, on either driver, by wrapping the drivers' own entry
 * points. Whatever else runs meanwhile is recorded too: call it with nothing else in flight.
 */
export async function recordDatabaseWork(work: () => Promise<unknown>): Promise<DatabaseWork> {
  const recorded: DatabaseWork = { statements: [], checkouts: 0 };
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(target: T, name: keyof T & string, before: (args: unknown[]) => void) => {
    const original = target[name] as Query;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      before(args);
      return original.apply(this, args);
    };
    restore.push(() => {
      (target as Record<string, unknown>)[name] = original;
    });
  };

  // PostgreSQL: every checkout goes through Pool#connect (Pool#query too), every statement through Client#query.
  wrap(pg.Pool.prototype, 'connect', () => recorded.checkouts++);
  wrap(pg.Client.prototype, 'query', ([query]) => recorded.statements.push(textOf(query)));

  // PGlite: a lone statement is one turn on the database; a transaction is one turn for all its statements.
  const pglite = PGlite.prototype as unknown as Record<string, Query>;
  for (const name of ['query', 'exec'] as const) {
    wrap(pglite, name, ([query]) => {
      recorded.checkouts++;
      recorded.statements.push(textOf(query));
    });
  }
  const transaction = pglite.transaction!;
  pglite.transaction = function (this: unknown, ...args: unknown[]) {
    const callback = args[0] as (tx: Record<string, Query>) => Promise<unknown>;
    recorded.checkouts++;
    recorded.statements.push('begin');
    return transaction.call(this, async (tx: Record<string, Query>) => {
      const counted = Object.create(tx) as Record<string, Query>;
      for (const name of ['query', 'exec'] as const) {
        counted[name] = (query: unknown, ...rest: unknown[]) => {
          recorded.statements.push(textOf(query));
          return tx[name]!(query, ...rest);
        };
      }
      const result = await callback(counted);
      recorded.statements.push('commit');
      return result;
    });
  };
  restore.push(() => {
    pglite.transaction = transaction;
  });

  try {
    await work();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return recorded;
}
