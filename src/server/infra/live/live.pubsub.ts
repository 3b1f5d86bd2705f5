import { z } from 'zod';
import {
  isLiveTopic,
  LiveServerMessage,
  type LiveTopic,
  topicsCarry,
} from '../../../shared/schemas/live.schemas.js';
import type { Database, Queryable } from '../db/client.js';
import { deleteSpillsBefore, notify, readSpill, spill } from './live.repository.js';

/** A message and the topics it is for, as it travels between the processes that share a database. */
export interface LiveEnvelope {
  topics: LiveTopic[];
  message: LiveServerMessage;
}

/** Another process may run another version of the app: what it sends is checked like any input. */
const LiveEnvelopeSchema = z
  .object({
    topics: z.array(z.string().refine(isLiveTopic)).min(1),
    message: LiveServerMessage,
  })
  .refine(
    (envelope) => topicsCarry(envelope.topics, envelope.message.type),
    'A message its topics do not carry',
  );

/**
 * The pub/sub port: carries an envelope to every hub on the same database, this process's own included, so a hub
 * has one delivery path whichever transport is behind it.
 */
export interface PubSub {
  publish(envelope: LiveEnvelope): Promise<void>;
  /** Sends with the caller's transaction; the returned function runs after its commit. */
  publishWithin(q: Queryable, envelopes: LiveEnvelope[]): Promise<() => void>;
  close(): Promise<void>;
}

type Deliver = (envelope: LiveEnvelope) => void;

/** One lowercase channel for all live messages: PostgreSQL folds unquoted channel names to lowercase. */
const LIVE_CHANNEL = 'parley_live';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: larger envelopes travel through `live_spill`. */
const MAX_NOTIFY_BYTES = 7_999;
/** The largest envelope at all: a WebRTC session description with its topics, well under the socket's frame. */
export const MAX_ENVELOPE_BYTES = 48 * 1024;
/** Spilled envelopes are read within moments by every listener; older ones are only taking space. */
const SPILL_KEEP_MS = 60_000;

const SpillReference = z.object({ spill: z.number().int().positive() });

/** The embedded database serves a single process, so its messages never need to leave it. */
export function inProcessPubSub(deliver: Deliver): PubSub {
  return {
    async publish(envelope) {
      deliver(envelope);
    },
    async publishWithin(_q, envelopes) {
      return () => {
        for (const envelope of envelopes) deliver(envelope);
      };
    },
    async close() {},
  };
}

/** Several app processes on one PostgreSQL server: NOTIFY reaches the listening connection of each of them. */
export async function postgresPubSub(
  database: Database,
  deliver: Deliver,
  onError: (error: unknown) => void,
): Promise<PubSub> {
  const receive = async (payload: string) => {
    let json: unknown = JSON.parse(payload);
    const spilled = SpillReference.safeParse(json);
    if (spilled.success) {
      json = await readSpill(database.db, spilled.data.spill);
      // Gone already: a listener this late has missed more than one message anyway.
      if (json === undefined) return;
    }
    const parsed = LiveEnvelopeSchema.safeParse(json);
    if (!parsed.success) {
      onError(new Error(`Ignored a live message that does not match the protocol: ${parsed.error.message}`));
      return;
    }
    deliver(parsed.data as LiveEnvelope);
  };
  // One after another: a spilled offer must not be overtaken by the small ICE candidates sent after it.
  let received = Promise.resolve();
  const unlisten = await database.listen(LIVE_CHANNEL, (payload) => {
    received = received.then(() => receive(payload)).catch(onError);
  });
  let lastSweep = 0;
  /** The envelope itself, or the id of the row it is parked in when it is too large for a NOTIFY. */
  const payloadOf = async (q: Queryable, envelope: LiveEnvelope) => {
    const payload = JSON.stringify(envelope);
    if (Buffer.byteLength(payload) <= MAX_NOTIFY_BYTES) return payload;
    const now = Date.now();
    if (now - lastSweep > SPILL_KEEP_MS) {
      lastSweep = now;
      await deleteSpillsBefore(q, new Date(now - SPILL_KEEP_MS));
    }
    return JSON.stringify({ spill: await spill(q, envelope) });
  };
  return {
    async publish(envelope) {
      await notify(database.db, LIVE_CHANNEL, [await payloadOf(database.db, envelope)]);
    },
    async publishWithin(q, envelopes) {
      const payloads = [];
      for (const envelope of envelopes) payloads.push(await payloadOf(q, envelope));
      await notify(q, LIVE_CHANNEL, payloads);
      return () => {};
    },
    async close() {
      await unlisten();
      await received;
    },
  };
}
