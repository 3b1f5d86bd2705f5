import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildBookableRecruiter,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
} from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T09:00:00Z') });
const stage = withChatScene(t);
const as = (id: string) => sessionClient(t.app, t.ctx, id);

const exportOf = (eventId: string, format: 'csv' | 'json') =>
  `/api/events/${eventId}/handoff/export?format=${format}`;
const readCsv = (body: string) => parse(body, { bom: true, columns: true }) as Record<string, string>[];

/** A talent's request ticking (or not) the consent, approved by the recruiter and booked at `startsAt`. */
async function requestedAndBooked(input: { share?: boolean; startsAt: string }) {
  const recruiter = await stage.bookableRecruiter({
    openSlotStarts: [stage.slot('08:00'), stage.slot('08:30'), stage.slot('09:00')],
  });
  const talent = await stage.talentAtEvent();
  const [asTalent, asRecruiter] = [await as(talent.id), await as(recruiter.id)];
  const requested = await asTalent.post(`/api/events/${stage.scene.event.id}/chats`, {
    recruiterId: recruiter.id,
    ...(input.share !== undefined && { shareWithCompany: input.share }),
  });
  expect(requested.statusCode).toBe(201);
  const chatId = requested.json().id as string;
  expect((await asRecruiter.post(`/api/chats/${chatId}/approve`)).statusCode).toBe(200);
  const booked = await asTalent.post(`/api/chats/${chatId}/confirm`, { startsAt: input.startsAt });
  expect(booked.json().state).toBe('confirmed');
  return { talent, recruiter, chatId, asTalent, asRecruiter };
}

describe('consent to share data with a company', () => {
  it('is given with a request, listed for the talent, and absent when the box was not ticked', async () => {
    const shared = await requestedAndBooked({ share: true, startsAt: '2030-03-04T08:00:00.000Z' });
    const mine = (await shared.asTalent.get('/api/me/data-sharing')).json();
    expect(mine.consents).toEqual([
      {
        company: { id: stage.scene.companyId, name: 'Acme Robotics' },
        givenAt: '2030-03-01T09:00:00.000Z',
        revokedAt: null,
      },
    ]);
    const unticked = await requestedAndBooked({ share: false, startsAt: '2030-03-04T08:30:00.000Z' });
    expect((await unticked.asTalent.get('/api/me/data-sharing')).json().consents).toEqual([]);
  });

  it('is given when the talent confirms a time slot on an invitation', async () => {
    const { talent, chat } = await stage.chatInState('invited');
    const asTalent = await as(talent.id);
    const confirmed = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: '2030-03-04T09:00:00.000Z',
      shareWithCompany: true,
    });
    expect(confirmed.json().state).toBe('confirmed');
    const consents = (await asTalent.get('/api/me/data-sharing')).json().consents;
    expect(consents.map((c: { company: { id: string } }) => c.company.id)).toEqual([stage.scene.companyId]);
  });

  it('is not recorded when the request it came with is refused', async () => {
    const talent = await stage.talentAtEvent();
    const asTalent = await as(talent.id);
    const stranger = await buildUser(t.ctx.db, { role: 'recruiter', companyId: stage.scene.companyId });
    const refused = await asTalent.post(`/api/events/${stage.scene.event.id}/chats`, {
      recruiterId: stranger.id,
      shareWithCompany: true,
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect((await asTalent.get('/api/me/data-sharing')).json().consents).toEqual([]);
  });

  it('may be given only to a company of one of the talent’s events, and only by talents', async () => {
    const talent = await stage.talentAtEvent();
    const asTalent = await as(talent.id);
    const elsewhere = await buildCompany(t.ctx.db, { name: 'Elsewhere Inc' });
    const unknown = await asTalent.put(`/api/me/data-sharing/${elsewhere.id}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('handoff.company_not_found');
    const recruiter = await as((await stage.bookableRecruiter()).id);
    const byRecruiter = await recruiter.put(`/api/me/data-sharing/${stage.scene.companyId}`);
    expect(byRecruiter.statusCode).toBe(403);
    expect(byRecruiter.json().error.code).toBe('handoff.talents_only');
  });
});

describe('the hand-off export', () => {
  it('holds the consenting talents’ chats with notes and assessment, leaves out the others, follows revocation', async () => {
    const event = await buildEventWithCompanies();
    const sharing = await event.booked({ share: true, startsAt: '2030-03-04T08:00:00.000Z' });
    const silent = await event.booked({ share: false, startsAt: '2030-03-04T08:30:00.000Z' });
    await sharing.asRecruiter.post(`/api/chats/${sharing.chatId}/notes`, { body: '=Strong, "SQL"\nHire' });
    await sharing.asRecruiter.put(`/api/chats/${sharing.chatId}/assessment`, {
      rating: 5,
      tags: ['sql'],
      nextStep: 'invite_to_interview',
    });
    const colleague = await as(
      (await buildUser(t.ctx.db, { role: 'recruiter', companyId: event.companyId })).id,
    );

    const summary = (await colleague.get(`/api/events/${event.id}/handoff`)).json();
    expect(summary).toEqual({ exported: 1, leftOut: 1, sharingTalentIds: [sharing.talent.id] });

    const csv = await colleague.get(exportOf(event.id, 'csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="parley-handoff-hand-off-co-.*\.csv"/,
    );
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const rows = readCsv(csv.body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      chat_id: sharing.chatId,
      status: 'confirmed',
      starts_at: '2030-03-04T09:00:00+01:00',
      time_zone: 'Europe/Berlin',
      duration_minutes: '30',
      mode: 'virtual',
      recruiter_email: sharing.recruiter.email,
      talent_email: sharing.talent.email,
      talent_has_cv: 'no',
      rating: '5',
      tags: 'sql',
      next_step: 'invite_to_interview',
    });
    expect(rows[0]!.notes).toContain('=Strong, "SQL"\nHire');
    expect(csv.body).not.toContain(silent.talent.email);

    const json = (await colleague.get(exportOf(event.id, 'json'))).json();
    expect(json).toMatchObject({ format: 'parley-handoff/1', leftOut: 1, event: { id: event.id } });
    expect(json.chats.map((c: { talent: { email: string } }) => c.talent.email)).toEqual([
      sharing.talent.email,
    ]);
    expect(json.chats[0].notes[0]).toMatchObject({ body: '=Strong, "SQL"\nHire' });

    t.clock.set('2030-03-02T09:00:00Z');
    const revoked = await sharing.asTalent.delete(`/api/me/data-sharing/${event.companyId}`);
    expect(revoked.json()).toMatchObject({ revokedAt: '2030-03-02T09:00:00.000Z' });
    expect(readCsv((await colleague.get(exportOf(event.id, 'csv'))).body)).toEqual([]);
    expect((await colleague.get(`/api/events/${event.id}/handoff`)).json()).toEqual({
      exported: 0,
      leftOut: 2,
      sharingTalentIds: [],
    });

    t.clock.set('2030-03-02T10:00:00Z');
    const given = await sharing.asTalent.put(`/api/me/data-sharing/${event.companyId}`);
    expect(given.json()).toMatchObject({ givenAt: '2030-03-02T10:00:00.000Z', revokedAt: null });
    const again = readCsv((await colleague.get(exportOf(event.id, 'csv'))).body);
    expect(again.map((row) => row.talent_email)).toEqual([sharing.talent.email]);
    t.clock.set('2030-03-01T09:00:00Z');
  });

  it('is refused to anyone outside the company, and never shows another company’s chats', async () => {
    const event = await buildEventWithCompanies();
    const sharing = await event.booked({ share: true, startsAt: '2030-03-04T08:00:00.000Z' });
    await sharing.asRecruiter.post(`/api/chats/${sharing.chatId}/notes`, { body: 'Private to the company' });

    // A recruiter of another company at the same event exports their own company's chats only: none.
    const rival = await as(event.rivalRecruiterId);
    const rivalCsv = await rival.get(exportOf(event.id, 'csv'));
    expect(rivalCsv.statusCode).toBe(200);
    expect(readCsv(rivalCsv.body)).toEqual([]);
    expect(rivalCsv.body).not.toContain('Private to the company');
    expect((await rival.get(`/api/events/${event.id}/handoff`)).json()).toEqual({
      exported: 0,
      leftOut: 0,
      sharingTalentIds: [],
    });

    const outsider = await as(
      (await buildUser(t.ctx.db, { role: 'recruiter', companyId: (await buildCompany(t.ctx.db)).id })).id,
    );
    const organizer = await as(event.organizerId);
    const support = await as((await buildUser(t.ctx.db, { role: 'support' })).id);
    for (const [client, status] of [
      [outsider, 404],
      [sharing.asTalent, 403],
      [organizer, 403],
      [support, 403],
    ] as const) {
      for (const path of [exportOf(event.id, 'csv'), `/api/events/${event.id}/handoff`]) {
        const response = await client.get(path);
        expect(response.statusCode).toBe(status);
        expect(response.body).not.toContain(sharing.talent.email);
      }
    }
    const anonymous = await t.app.inject({ method: 'GET', url: exportOf(event.id, 'csv') });
    expect(anonymous.statusCode).toBe(401);
    const badFormat = await sharing.asRecruiter.get(exportOf(event.id, 'xlsx' as 'csv'));
    expect(badFormat.statusCode).toBe(400);
  });
});

/** An event of its own with a company of recruiters who take requests and a rival company, for exports. */
async function buildEventWithCompanies() {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    name: 'Hand-off fair',
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const company = await buildCompany(t.ctx.db, { name: 'Hand-off Co' });
  const rivalCompany = await buildCompany(t.ctx.db, { name: 'Rival Co' });
  await registerCompany(t.ctx.db, event.id, rivalCompany.id);
  const rival = await buildUser(t.ctx.db, { role: 'recruiter', companyId: rivalCompany.id });
  const eventDayId = event.days[0]!.id;
  return {
    id: event.id,
    companyId: company.id,
    organizerId: organizer.id,
    rivalRecruiterId: rival.id,
    async booked(input: { share: boolean; startsAt: string }) {
      const recruiter = await buildBookableRecruiter(t.ctx.db, {
        eventId: event.id,
        eventDayId,
        companyId: company.id,
        durationMinutes: 30,
        openSlotStarts: [new Date(input.startsAt)],
      });
      const talent = await stage.talentAtEvent(event.id);
      const [asTalent, asRecruiter] = [await as(talent.id), await as(recruiter.id)];
      const requested = await asTalent.post(`/api/events/${event.id}/chats`, {
        recruiterId: recruiter.id,
        shareWithCompany: input.share,
      });
      const chatId = requested.json().id as string;
      expect((await asRecruiter.post(`/api/chats/${chatId}/approve`)).statusCode).toBe(200);
      expect(
        (await asTalent.post(`/api/chats/${chatId}/confirm`, { startsAt: input.startsAt })).statusCode,
      ).toBe(200);
      return { talent, recruiter, chatId, asTalent, asRecruiter };
    },
  };
}
