import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TeamOverviewResponse } from '../../../shared/schemas/availability.schemas.js';
import { ChatListResponse } from '../../../shared/schemas/chats.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { createLiveHub } from '../../infra/live/live.hub.js';
import { buildChat, buildCompany, buildEvent } from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { type Client, loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { withChatScene } from '../../test/chat-scene.js';

/**
 * The team overview and the whole-team chat list are kept in memory per team (`infra/cache/team-cache.ts`): every
 * change of the team's chats, colleagues, slots and event shows at once in the process that made it, and in the
 * others when its message arrives; and a team never sees another's.
 */
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, slot, talentAtEvent, bookableRecruiter } = withChatScene(t);

let alex: Awaited<ReturnType<typeof bookableRecruiter>>;
let asAlex: Client;
let organizer: Client;

beforeAll(async () => {
  await t.ctx.db.execute(
    sql`update companies set owner_id = ${scene.event.organizerId} where id = ${scene.companyId}`,
  );
  alex = await bookableRecruiter();
  asAlex = await loginAs(t.app, alex.email);
  organizer = await sessionClient(t.app, t.ctx, scene.event.organizerId);
});

/**
 * Both routes write their JSON past the serializer: checked here to be, byte for byte, what the serializer would
 * have written (the schema's parse, in its keys' order).
 */
function sentAsSerialized(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  schema: z.ZodType,
) {
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(response.body).toBe(JSON.stringify(schema.parse(JSON.parse(response.body))));
  return JSON.parse(response.body);
}

async function overview(as: Client = asAlex) {
  return sentAsSerialized(await as.get(`/api/events/${scene.event.id}/team`), TeamOverviewResponse);
}
const alexsCounts = async () =>
  (await overview()).members.find((m: { recruiter: { id: string } }) => m.recruiter.id === alex.id).counts;
async function teamList(as: Client = asAlex, query = 'recruiterId=team') {
  return sentAsSerialized(await as.get(`/api/events/${scene.event.id}/chats?${query}`), ChatListResponse);
}

/** A chat written straight to the database, as no app code would: nothing tells the cache. */
async function unannouncedChat(state: 'requested' | 'in_scheduling' = 'requested') {
  const talent = await talentAtEvent();
  return buildChat(t.ctx.db, { eventId: scene.event.id, talentId: talent.id, recruiterId: alex.id, state });
}

const announce = (chatId: string, hub = t.ctx.live) =>
  hub.publish([liveTopics.companyAtEvent(scene.companyId, scene.event.id)], {
    type: 'chats.changed',
    eventId: scene.event.id,
    chatId,
  });

describe('the team overview and the whole-team chat list kept in memory', () => {
  it('are served from memory until a change of the team is announced', async () => {
    const before = await teamList();
    const requested = (await alexsCounts()).requested;
    const chat = await unannouncedChat();
    expect((await alexsCounts()).requested).toBe(requested);
    expect((await teamList()).counts).toEqual(before.counts);
    await announce(chat.id);
    expect((await alexsCounts()).requested).toBe(requested + 1);
    const after = await teamList();
    expect(after.counts.requests).toBe(before.counts.requests + 1);
    expect(after.chats.map((c: { id: string }) => c.id)).toContain(chat.id);
  });

  it("keep what they hold through the team's messages that change none of it, such as a note", async () => {
    const requested = (await alexsCounts()).requested;
    const before = await teamList();
    const chat = await unannouncedChat();
    await t.ctx.live.publish([liveTopics.companyAtEvent(scene.companyId, scene.event.id)], {
      type: 'notes.changed',
      eventId: scene.event.id,
      chatId: chat.id,
    });
    expect((await alexsCounts()).requested).toBe(requested);
    expect((await teamList()).counts).toEqual(before.counts);
    await announce(chat.id);
    expect((await alexsCounts()).requested).toBe(requested + 1);
  });

  it('show a chat changed through the app at once, in the process that changed it', async () => {
    await overview();
    const before = await teamList();
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const requested = await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: alex.id });
    expect(requested.statusCode).toBe(201);
    const after = await teamList();
    expect(after.counts.requests).toBe(before.counts.requests + 1);
    expect(after.chats.map((c: { id: string }) => c.id)).toContain(requested.json().id);

    const approved = await asAlex.post(`/api/chats/${requested.json().id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    const booked = await asTalent.post(`/api/chats/${requested.json().id}/confirm`, {
      startsAt: slot('09:00').toISOString(),
    });
    expect(booked.statusCode).toBe(200);
    const team = await overview();
    const alexs = team.members.find((m: { recruiter: { id: string } }) => m.recruiter.id === alex.id);
    expect(alexs.counts.confirmed).toBe(1);
    expect(alexs.days[0].booked).toBe(1);
    expect((await teamList()).counts.confirmed).toBe(1);
    // Lists that are read each time agree with the kept one.
    const confirmed = await teamList(asAlex, 'recruiterId=team&status=confirmed');
    expect(confirmed.chats.map((c: { id: string }) => c.id)).toEqual([requested.json().id]);
    expect((await teamList(asAlex, 'recruiterId=mine')).counts).toEqual((await teamList()).counts);
    expect((await teamList(asTalent, '')).chats.map((c: { id: string }) => c.id)).toEqual([
      requested.json().id,
    ]);
  });

  it('show a colleague registered at another event of the organizer at once', async () => {
    await overview();
    const other = await buildEvent(t.ctx.db, { organizerId: scene.event.organizerId });
    await t.ctx.db.execute(
      sql`insert into event_companies (event_id, company_id, booth) values (${other.id}, ${scene.companyId}, '')`,
    );
    const added = await organizer.post(`/api/events/${other.id}/companies/${scene.companyId}/recruiters`, {
      name: 'Robin Newcomer',
      email: 'robin.newcomer@acme.test',
    });
    expect(added.statusCode).toBe(200);
    const names = (await overview()).members.map((m: { recruiter: { name: string } }) => m.recruiter.name);
    expect(names).toContain('Robin Newcomer');
  });

  it("show the talent's name and headline and the booth as changed by the talent or the organizer, at once", async () => {
    const imported = (name: string, headline: string) =>
      organizer.post(`/api/events/${scene.event.id}/import`, {
        kind: 'talents',
        csv: `email,name,headline,level,languages,topics,links\nkim@import.test,${name},${headline},,,,`,
      });
    expect((await imported('Kim Before', 'Student')).statusCode).toBe(200);
    const [kim] = (
      (await t.ctx.db.execute(sql`select id from users where email = 'kim@import.test'`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    const chat = await buildChat(t.ctx.db, {
      eventId: scene.event.id,
      talentId: kim!.id,
      recruiterId: alex.id,
      state: 'invited',
    });
    await announce(chat.id);
    const shown = async () => {
      const listed = (await teamList()).chats.find((c: { id: string }) => c.id === chat.id);
      return { ...listed.talent, booth: listed.company.booth };
    };
    expect(await shown()).toMatchObject({ name: 'Kim Before', headline: 'Student' });
    expect((await imported('Kim After', 'Data engineer')).statusCode).toBe(200);
    expect(await shown()).toMatchObject({ name: 'Kim After', headline: 'Data engineer' });
    const asKim = await sessionClient(t.app, t.ctx, kim!.id);
    const saved = await asKim.put('/api/me/profile', { name: 'Kim Herself', headline: 'Engineer' });
    expect(saved.statusCode).toBe(200);
    expect(await shown()).toMatchObject({ name: 'Kim Herself', headline: 'Engineer' });
    const booth = await organizer.patch(`/api/events/${scene.event.id}/companies/${scene.companyId}`, {
      booth: 'Hall C',
    });
    expect(booth.statusCode).toBe(200);
    expect((await shown()).booth).toBe('Hall C');
  });

  it("follow the organizer's edit of the event", async () => {
    const freeOf = async () =>
      (await overview()).members.find((m: { recruiter: { id: string } }) => m.recruiter.id === alex.id)
        .days[0].free;
    const free = await freeOf();
    await t.ctx.db.execute(sql`update availability_days set open_slot_starts = ${`{${slot('08:00').toISOString()}}`}
      where recruiter_id = ${alex.id}`);
    expect(await freeOf()).toBe(free);
    await t.ctx.live.publish([liveTopics.event(scene.event.id)], {
      type: 'event.changed',
      eventId: scene.event.id,
    });
    await expect.poll(freeOf, { timeout: 5000 }).toBe(1);
  });

  it('follow a change announced by another app process', async () => {
    const database = t.database as TestDatabase;
    const failures: unknown[] = [];
    // On PGlite one process owns the database: its own hub is the only one there is.
    const other = database.kind === 'postgres' ? await database.anotherProcess() : null;
    const otherHub = other
      ? await createLiveHub(other, { onError: (error) => failures.push(error) })
      : t.ctx.live;
    try {
      const before = (await teamList()).counts.requests;
      const requested = (await alexsCounts()).requested;
      const chat = await unannouncedChat();
      expect((await teamList()).counts.requests).toBe(before);
      await announce(chat.id, otherHub);
      await expect.poll(async () => (await teamList()).counts.requests, { timeout: 5000 }).toBe(before + 1);
      await expect.poll(async () => (await alexsCounts()).requested, { timeout: 5000 }).toBe(requested + 1);
      expect(failures).toEqual([]);
    } finally {
      if (other) {
        await otherHub.close();
        await other.close();
      }
    }
  });

  it('count a booked chat as completed once it ends, with no change announced', async () => {
    const counts = await alexsCounts();
    const listed = (await teamList()).counts;
    const booked = await t.ctx.db.execute(
      sql`select ends_at from chats where recruiter_id = ${alex.id} and state = 'confirmed'`,
    );
    const endsAt = new Date((booked as unknown as { rows: { ends_at: string }[] }).rows[0]!.ends_at);
    t.clock.set(new Date(endsAt.getTime() - 1));
    expect(await alexsCounts()).toEqual(counts);
    expect((await teamList()).counts).toEqual(listed);
    t.clock.set(endsAt);
    expect((await alexsCounts()).completed).toBe(counts.completed + 1);
    expect((await alexsCounts()).confirmed).toBe(counts.confirmed - 1);
    const after = (await teamList()).counts;
    expect(after.completed).toBe(listed.completed + 1);
    expect(after.confirmed).toBe(listed.confirmed - 1);
    t.clock.set(new Date('2030-03-01T12:00:00Z'));
  });

  it("never show one team another company's chats or counts", async () => {
    const globex = await buildCompany(t.ctx.db, { name: 'Globex' });
    const jordan = await bookableRecruiter({ companyId: globex.id });
    const asJordan = await loginAs(t.app, jordan.email);
    await teamList();
    await overview();
    const theirs = await teamList(asJordan);
    expect(theirs.chats).toEqual([]);
    expect(Object.values(theirs.counts).every((n) => n === 0)).toBe(true);
    const names = (await overview(asJordan)).members.map(
      (m: { recruiter: { id: string } }) => m.recruiter.id,
    );
    expect(names).toEqual([jordan.id]);
  });
});
