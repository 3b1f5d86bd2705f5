import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';

/** What the worker needs to open the database. */
export interface WorkerOptions {
  dataDir: string;
  startParams: string[];
}

type Target = { tx?: number };
export type ThreadRequest = { id: number } & (
  | (Target & {
      op: 'query';
      sql: string;
      params?: unknown[];
      rowMode?: 'array' | 'object';
      textTypes?: number[];
    })
  | (Target & { op: 'exec'; sql: string })
  | { op: 'begin'; tx?: undefined }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen'; channel: string; tx?: undefined }
  | { op: 'snapshot'; tx?: undefined }
  | { op: 'close'; tx?: undefined }
);
export type ThreadReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Record<string, unknown> };
type WorkerMessage = ThreadReply | { ready: true } | { channel: string; payload: string };

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Call = Distribute<ThreadRequest>;

/** The part of PGlite's interface that Drizzle's PGlite driver uses, inside a transaction or outside. */
export interface PgliteQueries {
  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> },
  ): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
}

// The worker runs from the compiled JavaScript; under tsx or Vitest the sources are TypeScript, which tsx loads.
const fromSources = import.meta.url.endsWith('.ts');
const extension = fromSources ? 'ts' : 'js';
const workerUrl = new URL(`./pglite-worker.${extension}`, import.meta.url);
const initdbPath = fileURLToPath(new URL(`./pglite-initdb.${extension}`, import.meta.url));
const newWorker = (workerData: WorkerOptions) =>
  fromSources
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); })`,
        { eval: true, workerData },
      )
    : new Worker(workerUrl, { workerData });

/**
 * PGlite in a worker thread of its own, reached by messages: the main thread keeps serving HTTP while PGlite's
 * WebAssembly runs a query. It offers what Drizzle, LISTEN and the backup snapshot need, with PGlite's semantics
 * (one transaction at a time; every query outside it waits).
 */
export class PgliteThread implements PgliteQueries {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  readonly #handlers = new Map<string, Set<(payload: string) => void>>();
  #nextId = 1;
  #stopped: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (message: WorkerMessage) => {
      if ('channel' in message) {
        for (const handler of this.#handlers.get(message.channel) ?? []) handler(message.payload);
        return;
      }
      if (!('id' in message)) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#settled(message.id);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(Object.assign(new Error(String(message.error.message)), message.error));
    });
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => this.#stop(new Error(`its thread exited with code ${code}`)));
  }

  /** Creates a database in `dataDir` (an empty folder) in a process that ends once it is done, taking its memory. */
  static async create(dataDir: string): Promise<void> {
    await promisify(execFile)(process.execPath, [
      ...(fromSources ? ['--import', 'tsx'] : []),
      initdbPath,
      dataDir,
    ]);
  }

  /** Starts the thread and opens the database in `options.dataDir`. */
  static start(options: WorkerOptions): Promise<PgliteThread> {
    const worker = newWorker(options);
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      const onExit = (code: number) =>
        reject(new Error(`PGlite's thread exited with code ${code} while opening`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', () => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        // An idle thread does not keep the process alive; one answering a request does (see #call).
        worker.unref();
        resolve(new PgliteThread(worker));
      });
    });
  }

  #stop(reason: Error): void {
    if (this.#stopped) return;
    // The message the app already reads as "database unavailable".
    this.#stopped = new Error(`PGlite is closed (${reason.message})`);
    for (const [id, pending] of this.#pending) {
      this.#settled(id);
      pending.reject(this.#stopped);
    }
  }

  #settled(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #call<T>(request: Call): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }

  #queries(tx?: number): PgliteQueries {
    return {
      query: (sql, params, options) =>
        this.#call({
          op: 'query',
          tx,
          sql,
          params,
          rowMode: options?.rowMode,
          textTypes: options?.parsers && Object.keys(options.parsers).map(Number),
        }),
      exec: (sql) => this.#call({ op: 'exec', tx, sql }),
    };
  }

  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> },
  ): Promise<Results<T>> {
    return this.#queries().query(sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.#queries().exec(sql);
  }

  /** Commits when `fn` resolves, rolls back when it throws. */
  async transaction<T>(fn: (tx: PgliteQueries) => Promise<T>): Promise<T> {
    const tx = await this.#call<number>({ op: 'begin' });
    let result: T;
    try {
      result = await fn(this.#queries(tx));
    } catch (error) {
      await this.#call({ op: 'end', tx, commit: false }).catch(() => {});
      throw error;
    }
    await this.#call({ op: 'end', tx, commit: true });
    return result;
  }

  async listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
    let handlers = this.#handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
      await this.#call({ op: 'listen', channel });
    }
    handlers.add(fn);
    return async () => {
      handlers.delete(fn);
    };
  }

  /** A consistent gzipped tarball of the data folder. */
  snapshot(): Promise<Uint8Array> {
    return this.#call({ op: 'snapshot' });
  }

  async close(): Promise<void> {
    if (this.#stopped) return;
    await this.#call({ op: 'close' });
    await this.#worker.terminate();
  }
}
