import { z } from 'zod';
import { LiveServerMessage } from '../../../shared/schemas/live.schemas.js';
import type { Database } from '../../db/client.js';
import { notify } from './live.repository.js';
import { isTopic, type Topic } from './live.topics.js';

/** A message and the topics it is for, as it travels between the processes that share a database. */
export interface LiveEnvelope {
  topics: Topic[];
  message: LiveServerMessage;
}

/** Another process may run another version of the app: what it sends is checked like any input. */
const LiveEnvelopeSchema = z.object({
  topics: z.array(z.string().refine(isTopic)).min(1),
  message: LiveServerMessage,
});

/**
 * The pub/sub port: carries an envelope to every hub on the same database, this process's own included, so a hub
 * has one delivery path whichever transport is behind it.
 */
export interface PubSub {
  publish(envelope: LiveEnvelope): Promise<void>;
  close(): Promise<void>;
}

type Deliver = (envelope: LiveEnvelope) => void;

/** One lowercase channel for all live messages: PostgreSQL folds unquoted channel names to lowercase. */
const LIVE_CHANNEL = 'parley_live';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_ENVELOPE_BYTES = 7_999;

/** The embedded database serves a single process, so its messages never need to leave it. */
export function inProcessPubSub(deliver: Deliver): PubSub {
  return {
    async publish(envelope) {
      deliver(envelope);
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
  const unlisten = await database.listen(LIVE_CHANNEL, (payload) => {
    let parsed: ReturnType<typeof LiveEnvelopeSchema.safeParse>;
    try {
      parsed = LiveEnvelopeSchema.safeParse(JSON.parse(payload));
    } catch (error) {
      onError(error);
      return;
    }
    if (!parsed.success) {
      onError(new Error(`Ignored a live message that does not match the protocol: ${parsed.error.message}`));
      return;
    }
    deliver(parsed.data as LiveEnvelope);
  });
  return {
    async publish(envelope) {
      await notify(database.db, LIVE_CHANNEL, JSON.stringify(envelope));
    },
    close: unlisten,
  };
}
