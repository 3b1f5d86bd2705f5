import { inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatStates, chatStatuses, statesOfStatus, timedStates } from '../../../shared/booking/chat-phase.js';
import {
  type Chat,
  type ChatListResponse,
  type ChatState,
  type ChatStatus,
  chatListSorts,
} from '../../../shared/schemas/chats.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildCompany, buildTalents } from '../../test/factories.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { chats } from './chats.table.js';

/** Chat lists come a page at a time: every chat once, in a stable order, whatever the ties on the order's keys. */
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, slot, bookableRecruiter } = withChatScene(t);

const states: readonly ChatState[] = chatStates;
const CHATS_EACH = 14;
/** Every chat written, with whose it is and its state. */
const written: { id: string; recruiterId: string; talentId: string; state: ChatState }[] = [];
let recruiterIds: string[];
let asAlex: Client;
let asTalent: Client;
let busyTalentId: string;

beforeAll(async () => {
  const recruiters = [await bookableRecruiter(), await bookableRecruiter(), await bookableRecruiter()];
  recruiterIds = recruiters.map((r) => r.id);
  // Two recruiters and many talents share names: ties on the name orders.
  await t.ctx.db
    .update(users)
    .set({ name: 'Robin Lee' })
    .where(inArray(users.id, recruiterIds.slice(0, 2)));
  const talents = await buildTalents(t.ctx.db, scene.event.id, recruiters.length * CHATS_EACH);
  for (const [i, talent] of talents.entries())
    await t.ctx.db
      .update(users)
      .set({ name: ['Ana', 'Ben', 'Cy'][i % 3]! })
      .where(inArray(users.id, [talent.id]));
  const dayId = scene.event.days[0]!.id;
  // Every recruiter books the same times, and whole groups of chats share one last change (to the microsecond).
  const rows = recruiters.flatMap((recruiter, r) =>
    Array.from({ length: CHATS_EACH }, (_, i) => {
      const state = states[i % states.length]!;
      const booked = (timedStates as readonly ChatState[]).includes(state);
      const startsAt = new Date(slot('08:00').getTime() + i * 30 * 60_000);
      return {
        eventId: scene.event.id,
        talentId: talents[r * CHATS_EACH + i]!.id,
        recruiterId: recruiter.id,
        initiatedBy: 'talent' as const,
        createdById: talents[r * CHATS_EACH + i]!.id,
        state,
        ...(booked && { eventDayId: dayId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) }),
        ...(state === 'offered' && { offerExpiresAt: startsAt }),
        updatedAt: sql`${`2030-03-01T10:0${i % 2}:00.123456Z`}::timestamptz`,
      };
    }),
  );
  // One talent also has a declined chat with every recruiter, all changed at the same instant.
  busyTalentId = talents[0]!.id;
  for (const recruiterId of recruiterIds)
    rows.push({
      eventId: scene.event.id,
      talentId: busyTalentId,
      recruiterId,
      initiatedBy: 'talent',
      createdById: busyTalentId,
      state: 'declined',
      updatedAt: sql`${'2030-03-01T10:00:00.123456Z'}::timestamptz`,
    });
  const inserted = await t.ctx.db.insert(chats).values(rows).returning();
  written.push(...inserted);
  const globex = await buildCompany(t.ctx.db, { name: 'Globex' });
  const stranger = await bookableRecruiter({ companyId: globex.id });
  await t.ctx.db.insert(chats).values({
    eventId: scene.event.id,
    talentId: busyTalentId,
    recruiterId: stranger.id,
    initiatedBy: 'talent',
    createdById: busyTalentId,
    state: 'requested',
  });
  asAlex = await loginAs(t.app, recruiters[0]!.email);
  asTalent = await loginAs(t.app, talents[0]!.email);
});

const url = (query: Record<string, string | undefined>) => {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/api/events/${scene.event.id}/chats?${params}`;
};

async function page(client: Client, query: Record<string, string | undefined>): Promise<ChatListResponse> {
  const response = await client.get(url(query));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Walks the list a few chats at a time to its end. */
async function walk(client: Client, query: Record<string, string | undefined>) {
  const shown: Chat[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const next = await page(client, { ...query, limit: '4', cursor });
    expect(next.chats.length).toBeLessThanOrEqual(4);
    shown.push(...next.chats);
    if (!next.nextCursor) return shown;
    cursor = next.nextCursor;
  }
  throw new Error('the cursor never reached the end');
}

const expectedIds = (scope: (chat: (typeof written)[number]) => boolean, status?: ChatStatus) =>
  written
    .filter((chat) => scope(chat) && (!status || statesOfStatus(status).includes(chat.state)))
    .map((chat) => chat.id)
    .sort();

describe('paging a chat list', () => {
  const scopes = {
    mine: (chat: (typeof written)[number]) => chat.recruiterId === recruiterIds[0],
    team: () => true,
    colleague: (chat: (typeof written)[number]) => chat.recruiterId === recruiterIds[1],
  };

  it('shows every chat exactly once across pages, in the order of one long page, for every scope, status and order', async () => {
    for (const [name, scope] of Object.entries(scopes)) {
      const recruiterId = name === 'colleague' ? recruiterIds[1] : name;
      for (const status of [undefined, ...chatStatuses])
        for (const sort of chatListSorts) {
          const query = { recruiterId, status, sort };
          const walked = await walk(asAlex, query);
          const label = `${name} ${status ?? 'all'} ${sort}`;
          expect(walked.map((chat) => chat.id).sort(), label).toEqual(expectedIds(scope, status));
          const whole = await page(asAlex, { ...query, limit: '100' });
          expect(whole.nextCursor).toBeNull();
          expect(
            walked.map((chat) => chat.id),
            label,
          ).toEqual(whole.chats.map((chat) => chat.id));
        }
    }
  });

  it('orders by time: booked chats by their start, then the others latest change first', async () => {
    const { chats: listed } = await page(asAlex, { recruiterId: 'team', limit: '100' });
    const booked = listed.filter((chat) => chat.startsAt);
    const unbooked = listed.filter((chat) => !chat.startsAt);
    expect(listed.slice(0, booked.length)).toEqual(booked);
    expect(booked.map((chat) => chat.startsAt)).toEqual(booked.map((chat) => chat.startsAt).sort());
    expect(unbooked.map((chat) => chat.updatedAt)).toEqual(
      unbooked
        .map((chat) => chat.updatedAt)
        .sort()
        .reverse(),
    );
  });

  it('walks a talent’s own chats, and a recruiter’s team chats with one talent', async () => {
    const own = await walk(asTalent, {});
    expect(own.map((chat) => chat.id).sort()).toEqual(
      expect.arrayContaining(expectedIds((chat) => chat.talentId === busyTalentId)),
    );
    expect(own).toHaveLength(expectedIds((chat) => chat.talentId === busyTalentId).length + 1);
    const withTalent = await walk(asAlex, { recruiterId: 'team', talentId: busyTalentId });
    expect(withTalent.map((chat) => chat.id).sort()).toEqual(
      expectedIds((chat) => chat.talentId === busyTalentId),
    );
  });

  it('counts the chats of each status over the whole list, whatever the page and status shown', async () => {
    for (const [name, scope] of Object.entries(scopes)) {
      const recruiterId = name === 'colleague' ? recruiterIds[1] : name;
      const first = await page(asAlex, { recruiterId, status: 'confirmed', limit: '1' });
      const later = await page(asAlex, { recruiterId, status: 'confirmed', cursor: first.nextCursor! });
      for (const status of chatStatuses) {
        expect(first.counts[status], `${name} ${status}`).toBe(expectedIds(scope, status).length);
        expect(later.counts[status]).toBe(first.counts[status]);
      }
    }
  });

  it('pages at most the limit asked, 30 by default and 100 at most', async () => {
    expect((await page(asAlex, { recruiterId: 'team' })).chats).toHaveLength(
      Math.min(30, expectedIds(() => true).length),
    );
    const tooMany = await asAlex.get(url({ recruiterId: 'team', limit: '101' }));
    expect(tooMany.statusCode).toBe(400);
  });

  it('refuses a cursor that is not one of this order, beside the field', async () => {
    const first = await page(asAlex, { recruiterId: 'team', sort: 'time', limit: '2' });
    for (const cursor of [
      'not-a-cursor',
      Buffer.from(JSON.stringify(['time', 'yesterday', 'x', 'y'])).toString('base64url'),
    ]) {
      const response = await asAlex.get(url({ recruiterId: 'team', cursor }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'chats.invalid_cursor' });
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    const otherOrder = await asAlex.get(
      url({ recruiterId: 'team', sort: 'talent', cursor: first.nextCursor! }),
    );
    expect(otherOrder.json().error.code).toBe('chats.invalid_cursor');
  });
});
