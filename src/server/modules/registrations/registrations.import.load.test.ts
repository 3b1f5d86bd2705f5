import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type LiveServerMessage, liveTopics } from '../../../shared/schemas/live.schemas.js';
import { eventCast } from '../../test/registrations-fixtures.js';
import { withTestApp } from '../../test/test-app.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import { eventTalents } from './registrations.table.js';

const t = withTestApp();
const ROWS = 5_000;

const csvOf = (tag: string) =>
  [
    'email,name,headline',
    ...Array.from({ length: ROWS }, (_, i) => `p${i}-${tag}@load.test,P ${i},Role ${i}`),
  ].join('\n');

async function count(query: Promise<{ n: number }[]>) {
  const [row] = await query;
  return Number(row!.n);
}

describe('a 5,000-row import', () => {
  it('lets other requests through while it runs, reports progress, and merges on re-import', async () => {
    const c = await eventCast(t);
    const tag = c.event.id.slice(0, 8);
    const url = `/api/events/${c.event.id}/import`;
    const finished: string[] = [];
    const progress: { done: number; total: number }[] = [];
    let others: Promise<unknown> | undefined;
    const stop = t.ctx.live.subscribe(liveTopics.user(c.event.organizerId), (message: LiveServerMessage) => {
      if (message.type !== 'registrations.import_progress') return;
      progress.push({ done: message.done, total: message.total });
      // Once the import is under way, someone else asks for a page and the app checks its health.
      others ??= Promise.all([
        c.anonymous.get('/health').then((r) => finished.push(`health ${r.statusCode}`)),
        c.organizer
          .get(`/api/events/${c.event.id}/companies`)
          .then((r) => finished.push(`list ${r.statusCode}`)),
      ]);
    });
    try {
      const response = await c.organizer.post(url, { kind: 'talents', csv: csvOf(tag) });
      finished.push('import');
      expect(response.json()).toEqual({ created: ROWS, updated: 0, unchanged: 0, errors: [], notices: [] });
      await others;
      expect(finished.slice(0, 2).sort()).toEqual(['health 200', 'list 200']);
      expect(finished[2]).toBe('import');
      // On PostgreSQL progress travels by NOTIFY, so the last report may land just after the answer.
      await expect.poll(() => progress.at(-1)?.done, { timeout: 5000 }).toBe(ROWS);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.every(({ total }) => total === ROWS)).toBe(true);
      const dones = progress.map(({ done }) => done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(new Set(dones).size).toBe(dones.length);
      expect(dones.at(-1)).toBe(ROWS);
    } finally {
      stop();
    }

    const registered = t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(eventTalents)
      .where(eq(eventTalents.eventId, c.event.id));
    expect(await count(registered)).toBe(ROWS + 1);
    const invitations = t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(and(sql`${mailOutbox.toAddress} like ${`%-${tag}@load.test`}`));
    expect(await count(invitations)).toBe(ROWS);

    const again = await c.organizer.post(url, { kind: 'talents', csv: csvOf(tag) });
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: ROWS, errors: [], notices: [] });
  }, 240_000);
});
