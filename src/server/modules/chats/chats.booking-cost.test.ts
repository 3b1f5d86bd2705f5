import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { recordDatabaseWork } from '../../test/database-work.js';
import { buildChat } from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { slot, talentAtEvent, bookableRecruiter, scene } = withChatScene(t);

/** Within one transaction: locks and reads, the write, the view after it, the notices, the live messages. */
const MAX_STATEMENTS = 6;

/** The statements between the request's `begin` and `commit`, and every checkout outside the session lookup. */
function bookingWork(statements: string[], checkouts: number) {
  const begin = statements.indexOf('begin');
  const commit = statements.lastIndexOf('commit');
  const sessionLookups = statements.filter((s) => /from "sessions"/.test(s)).length;
  return {
    transactions: statements.filter((s) => s === 'begin').length,
    inTransaction: statements.slice(begin + 1, commit),
    outside: statements.filter((s, i) => (i < begin || i > commit) && !/from "sessions"/.test(s)),
    checkouts: checkouts - sessionLookups,
  };
}

async function inScheduling() {
  const talent = await talentAtEvent();
  const recruiter = await bookableRecruiter();
  const chat = await buildChat(t.ctx.db, {
    eventId: scene.event.id,
    talentId: talent.id,
    recruiterId: recruiter.id,
    state: 'in_scheduling',
  });
  return { chat, talent, recruiter };
}

// The session lookup is counted apart: it is the auth module's, and cached there.
describe('what one booking asks of the database', () => {
  it(`confirms a slot in one transaction on one connection, with at most ${MAX_STATEMENTS} statements`, async () => {
    const { chat, talent } = await inScheduling();
    const client = await sessionClient(t.app, t.ctx, talent.id);
    let status = 0;
    const recorded = await recordDatabaseWork(async () => {
      status = (await client.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:30').toISOString() }))
        .statusCode;
    });
    expect(status).toBe(200);
    const work = bookingWork(recorded.statements, recorded.checkouts);
    expect(work.transactions).toBe(1);
    expect(work.checkouts).toBe(1);
    expect(work.outside).toEqual([]);
    expect(work.inTransaction.length).toBeGreaterThan(0);
    expect(work.inTransaction.length).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('moves a booked chat to another slot within the same budget', async () => {
    const { chat, recruiter } = await inScheduling();
    const talent = await sessionClient(t.app, t.ctx, chat.talentId);
    expect(
      (await talent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:00').toISOString() }))
        .statusCode,
    ).toBe(200);
    const client = await sessionClient(t.app, t.ctx, recruiter.id);
    let status = 0;
    const recorded = await recordDatabaseWork(async () => {
      status = (await client.post(`/api/chats/${chat.id}/move`, { startsAt: slot('09:00').toISOString() }))
        .statusCode;
    });
    expect(status).toBe(200);
    const work = bookingWork(recorded.statements, recorded.checkouts);
    expect(work.checkouts).toBe(1);
    expect(work.outside).toEqual([]);
    expect(work.inTransaction.length).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
