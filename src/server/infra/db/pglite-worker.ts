// The embedded database's own thread: PGlite's WebAssembly runs here, so a long query no longer stalls the HTTP
// server's event loop. It answers the requests `pglite-thread.ts` posts; see docs/decisions/009-pglite-in-a-worker-thread.md.
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgliteExtensions, snapshotPglite } from './pglite-setup.js';
import { keepStatementsPrepared } from './pglite-statements.js';
import type { ThreadReply, ThreadRequest, WorkerOptions } from './pglite-thread.js';

const port = parentPort!;
const options = workerData as WorkerOptions;

/** An error as plain data: the class does not cross threads, its message and SQLSTATE fields do. */
function plainError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))
      fields[key] = value;
  }
  return fields;
}

// Result parsers are functions and cannot be posted: Drizzle only asks to keep some types as text.
const keepAsText = (oids: number[] | undefined) =>
  oids && Object.fromEntries(oids.map((oid) => [oid, (value: string) => value]));

// V8 recompiles a WebAssembly function with its optimising compiler once the function has run for a budget. With the
// default budget, code that runs only while Postgres starts (catalog loading, migrations, the demo seed) is optimised
// too, and the compilers' freed working memory stays in the C allocator's arenas: about 20 MB of an idle server. Ten
// times the budget optimises only the functions queries keep running (measured: no slower per query once warm).
// The flag is process-wide; PGlite is the process's only WebAssembly.
setFlagsFromString('--wasm-tiering-budget=18000000');
keepStatementsPrepared();

const pglite = await PGlite.create(options.dataDir, {
  extensions: pgliteExtensions,
  startParams: options.startParams,
});

const transactions = new Map<number, { tx: Transaction; end: (commit: boolean) => void }>();
/** Each open transaction's outcome: its commit, or the error that rolled it back. */
const outcomes = new Map<number, Promise<void>>();
const listening = new Set<string>();
let nextTransaction = 1;
/** Thrown inside a transaction to make PGlite roll it back; never leaves this file. */
const rollback = Symbol('rollback');

/** Opens a transaction and answers with its id once it holds PGlite (one transaction at a time, as before). */
function begin(reply: (value: unknown) => void, fail: (error: unknown) => void): void {
  const id = nextTransaction++;
  let started = false;
  const outcome = pglite
    .transaction(async (tx) => {
      const commit = await new Promise<boolean>((end) => {
        transactions.set(id, { tx, end });
        started = true;
        reply(id);
      });
      if (!commit) throw rollback;
    })
    .catch((error) => {
      if (error !== rollback) throw error;
    })
    .finally(() => transactions.delete(id));
  outcomes.set(id, outcome);
  outcome.catch((error) => {
    if (started) return;
    outcomes.delete(id);
    fail(error);
  });
}

async function handle(
  request: ThreadRequest,
  reply: (value: unknown) => void,
  fail: (error: unknown) => void,
): Promise<void> {
  const target = request.tx === undefined ? pglite : transactions.get(request.tx)?.tx;
  if (!target) throw new Error(`Transaction ${request.tx} is not open`);
  switch (request.op) {
    case 'query':
      return reply(
        await target.query(request.sql, request.params, {
          rowMode: request.rowMode,
          parsers: keepAsText(request.textTypes),
        }),
      );
    case 'exec':
      return reply(await target.exec(request.sql));
    case 'begin':
      return begin(reply, fail);
    case 'end': {
      const id = request.tx!;
      const outcome = outcomes.get(id);
      outcomes.delete(id);
      transactions.get(id)!.end(request.commit);
      await outcome;
      return reply(null);
    }
    case 'listen': {
      const channel = request.channel;
      if (!listening.has(channel)) {
        listening.add(channel);
        await pglite.listen(channel, (payload) => port.postMessage({ channel, payload }));
      }
      return reply(null);
    }
    case 'snapshot': {
      const bytes = await snapshotPglite(pglite);
      port.postMessage({ id: request.id, ok: true, value: bytes } satisfies ThreadReply, [
        bytes.buffer as ArrayBuffer,
      ]);
      return;
    }
    case 'close':
      await pglite.close();
      reply(null);
      port.close();
      return;
  }
}

port.on('message', (request: ThreadRequest) => {
  const reply = (value: unknown) =>
    port.postMessage({ id: request.id, ok: true, value } satisfies ThreadReply);
  const fail = (error: unknown) =>
    port.postMessage({ id: request.id, ok: false, error: plainError(error) } satisfies ThreadReply);
  handle(request, reply, fail).catch(fail);
});
port.postMessage({ ready: true });
