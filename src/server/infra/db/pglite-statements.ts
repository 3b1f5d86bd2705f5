import {
  PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';

const { serialize } = protocol;

/** Statements kept prepared at once; the least recently used one is closed past this. */
const KEPT = 100;
/** Statement texts remembered as seen once; a text seen again is prepared under a name. */
const SEEN = 1_000;

/** Postgres refused a kept statement: its tables changed shape, or it no longer exists. */
const STALE_STATEMENT = new Set(['0A000', '26000']);

/** Protocol messages sent in one call, which PGlite runs in order. */
function joined(...messages: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(messages.reduce((length, message) => length + message.length, 0));
  let at = 0;
  for (const message of messages) {
    bytes.set(message, at);
    at += message.length;
  }
  return bytes;
}

interface Kept {
  name: string;
  paramTypes: number[];
}

/** One PGlite instance's kept statements, and its statements run by the extended protocol. */
class Statements {
  readonly #kept = new Map<string, Kept>();
  readonly #seen = new Set<string>();
  #named = 0;

  constructor(private readonly pglite: PGlite) {}

  #send(message: Uint8Array) {
    return this.pglite.execProtocolStream(message, { syncToFs: false });
  }

  /** The kept statement of `text`, prepared now on its second run; null on its first. */
  async #statementOf(text: string): Promise<Kept | null> {
    const kept = this.#kept;
    const found = kept.get(text);
    if (found) {
      kept.delete(text);
      kept.set(text, found);
      return found;
    }
    if (!this.#seen.has(text)) {
      this.#seen.add(text);
      if (this.#seen.size > SEEN) this.#seen.delete(this.#seen.values().next().value!);
      return null;
    }
    const name = `parley_${++this.#named}`;
    const paramTypes = parse.parseDescribeStatementResults(
      await this.#send(joined(serialize.parse({ name, text }), serialize.describe({ type: 'S', name }))),
    );
    const statement = { name, paramTypes };
    kept.set(text, statement);
    this.#seen.delete(text);
    if (kept.size > KEPT) {
      const [oldestText, oldest] = kept.entries().next().value!;
      kept.delete(oldestText);
      await this.#send(serialize.close({ type: 'S', name: oldest.name }));
    }
    return statement;
  }

  /**
   * One statement by the extended protocol, as PGlite's `query` runs it, under a kept name where there is one. The
   * messages that need no answer in between go in one call: each call into PGlite costs about as much as running a
   * primary-key lookup.
   */
  async run<T>(
    text: string,
    params: unknown[] = [],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<Results<T>> {
    let statement: Kept | null = null;
    let synced = false;
    let replies: Awaited<ReturnType<PGlite['execProtocolStream']>>;
    try {
      statement = await this.#statementOf(text);
      const paramTypes =
        statement?.paramTypes ??
        parse.parseDescribeStatementResults(
          await this.#send(joined(serialize.parse({ text }), serialize.describe({ type: 'S' }))),
        );
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = paramTypes[i]!;
        const serializer = options?.serializers?.[type] ?? this.pglite.serializers[type];
        return serializer ? serializer(value) : String(value);
      });
      synced = true;
      replies = await this.#send(
        joined(
          serialize.bind({ statement: statement?.name ?? '', values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ),
      );
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (statement && typeof code === 'string' && STALE_STATEMENT.has(code)) {
        this.#kept.delete(text);
        await this.#send(joined(serialize.close({ type: 'S', name: statement.name }), serialize.sync()));
      }
      throw Object.assign(error as object, { query: text, params, queryOptions: options });
    } finally {
      if (!synced) await this.#send(serialize.sync());
    }
    if (!inTransaction) await this.pglite.syncToFs();
    return parse.parseResults(replies, this.pglite.parsers, options)[0] as Results<T>;
  }
}

const statementsOf = new WeakMap<PGlite, Statements>();
function statements(pglite: PGlite): Statements {
  let found = statementsOf.get(pglite);
  if (!found) {
    found = new Statements(pglite);
    statementsOf.set(pglite, found);
  }
  return found;
}

/** A blob to read or write, or parameter types given by the caller: left to PGlite's own `query`. */
const unusual = (options?: QueryOptions) => options?.blob !== undefined || options?.paramTypes !== undefined;

let installed = false;

/**
 * Makes PGlite keep the statements an app runs again and again prepared under a name, as node-postgres does with
 * Drizzle's named statements on a server. PGlite's own `query` parses, analyses and plans every statement anew
 * (Drizzle's PGlite driver drops the statement names): for the few-row lookups of a booking that was most of their
 * cost, 3–8 ms each for a chat's view with its dozen subqueries against well under 1 ms to run it. A named
 * statement is parsed once and, after five runs, Postgres keeps its generic plan when that costs no more than the
 * ones planned for the values.
 *
 * A text is prepared on its second run, so statements run once (migrations, a seed) are not kept. It replaces
 * `query` of every PGlite in the process and of its transactions, with PGlite's locking (a query outside a
 * transaction waits for it) and result parsing. On the prototype, so tools that wrap PGlite's methods to record
 * statements still see every one.
 */
export function keepStatementsPrepared(): void {
  if (installed) return;
  installed = true;
  const proto = PGlite.prototype;
  const query = proto.query;
  proto.query = async function <T>(
    this: PGlite,
    text: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    if (unusual(options)) return query.call(this, text, params, options) as Promise<Results<T>>;
    await this._checkReady();
    return this._runExclusiveTransaction(() =>
      this._runExclusiveQuery(() => statements(this).run<T>(text, params, options, false)),
    );
  };
  const transaction = proto.transaction;
  proto.transaction = function <T>(this: PGlite, fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return transaction.call(this, (tx) => {
      const own = tx.query.bind(tx);
      tx.query = (async <R>(text: string, params?: unknown[], options?: QueryOptions) => {
        if (tx.closed || unusual(options)) return own<R>(text, params, options);
        return this._runExclusiveQuery(() => statements(this).run<R>(text, params, options, true));
      }) as Transaction['query'];
      return fn(tx);
    }) as Promise<T>;
  };
}
