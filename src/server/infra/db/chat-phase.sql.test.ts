import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin, chatStates, inStatus, stateAt, timedStates } from '../../../shared/booking/chat-phase.js';
import { ChatStatus } from '../../../shared/schemas/chats.schemas.js';
import { countChatsByState, listChatPage, lockEndedChats } from '../../modules/chats/chats.repository.js';
import { chats } from '../../modules/chats/chats.table.js';
import { buildEvent, buildTalents, buildUser } from '../../test/factories.js';
import { openTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { canJoinSql, stateAtSql } from './chat-phase.sql.js';

const MINUTE = 60_000;
const PAIRS = 6;
const dayStart = new Date('2030-03-31T08:00:00Z');

let database: TestDatabase;
let event: Awaited<ReturnType<typeof buildEvent>>;
let pairs: { talentId: string; recruiterId: string }[];

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  event = await buildEvent(db, { days: [{ date: '2030-03-31' }] });
  const talents = await buildTalents(db, event.id, PAIRS);
  const recruiters = await Promise.all(talents.map(() => buildUser(db, { role: 'recruiter' })));
  // One pair per generated chat: the one-open-chat and no-overlap constraints then never get in the way.
  pairs = talents.map((talent, i) => ({ talentId: talent.id, recruiterId: recruiters[i]!.id }));
});

afterAll(async () => {
  await database?.close();
});

const at = (minute: number) => new Date(dayStart.getTime() + minute * MINUTE);

/** Chats in every state, booked ones with a time around `now`, which is often exactly the end of one of them. */
const scenes = fc
  .array(
    fc.record({
      state: fc.constantFrom(...chatStates),
      start: fc.integer({ min: 0, max: 240 }),
      length: fc.constantFrom(7, 25, 30, 45, 60),
    }),
    { minLength: 1, maxLength: PAIRS },
  )
  .chain((generated) =>
    fc.record({
      chats: fc.constant(generated),
      now: fc.oneof(
        fc.integer({ min: 0, max: 300 }).map(at),
        fc.constantFrom(...generated.map((chat) => at(chat.start + chat.length))),
        // The moment a room opens.
        fc.constantFrom(...generated.map((chat) => at(chat.start - 10))),
      ),
    }),
  );

describe('the SQL chat phases agree with the pure rules', () => {
  it('on state, tab, Join and what the clock completes, for generated chats (chats ending or rooms opening exactly now included)', async () => {
    const { db } = database;
    await fc.assert(
      fc.asyncProperty(scenes, async (scene) => {
        await db.delete(chats).where(eq(chats.eventId, event.id));
        const rows = await db
          .insert(chats)
          .values(
            scene.chats.map((chat, i) => {
              const booked = (timedStates as readonly string[]).includes(chat.state);
              const startsAt = at(chat.start);
              return {
                eventId: event.id,
                ...pairs[i]!,
                initiatedBy: 'talent' as const,
                createdById: pairs[i]!.talentId,
                state: chat.state,
                eventDayId: booked ? event.days[0]!.id : null,
                startsAt: booked ? startsAt : null,
                endsAt: booked ? new Date(startsAt.getTime() + chat.length * MINUTE) : null,
                offerExpiresAt: chat.state === 'offered' ? startsAt : null,
              };
            }),
          )
          .returning();
        const now = scene.now;

        const sqlStates = await db
          .select({ id: chats.id, state: stateAtSql(chats, now), canJoin: canJoinSql(chats, now) })
          .from(chats)
          .where(eq(chats.eventId, event.id));
        const byId = new Map(sqlStates.map((row) => [row.id, row]));
        for (const row of rows) {
          expect(byId.get(row.id)?.state).toBe(stateAt(row, now));
          expect(byId.get(row.id)?.canJoin).toBe(canJoin(row, now));
        }

        for (const status of ChatStatus.options) {
          const listed = await listChatPage(db, {
            scope: { eventId: event.id },
            status: { status, now },
            sort: 'time',
            limit: 100,
          });
          const expected = rows.filter((row) => inStatus(row, status, now));
          expect(listed.views.map((view) => view.chat.id).sort()).toEqual(
            expected.map((row) => row.id).sort(),
          );
        }
        const { counts } = await countChatsByState(db, { eventId: event.id }, now);
        for (const state of chatStates) {
          const expected = rows.filter((row) => stateAt(row, now) === state).length;
          const counted = counts.filter((c) => c.state === state).reduce((sum, c) => sum + c.n, 0);
          expect(counted, state).toBe(expected);
        }

        const due = await db.transaction((tx) => lockEndedChats(tx, now, 100));
        const expectedDue = rows.filter(
          (row) => row.state === 'confirmed' && stateAt(row, now) === 'completed',
        );
        expect(due.map((row) => row.id).sort()).toEqual(expectedDue.map((row) => row.id).sort());
      }),
      { numRuns: 20 },
    );
  });
});
