import { bigint, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * Live messages too large for a NOTIFY payload (WebRTC session descriptions): the envelope waits here and NOTIFY
 * carries its id. Rows are read within seconds and removed after a minute.
 */
export const liveSpill = pgTable('live_spill', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  envelope: jsonb('envelope').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
