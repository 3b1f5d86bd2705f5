import { describe, expect, it } from 'vitest';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildCompany, buildEvent, buildUser, registerTalent } from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-04T09:00:00Z') });
const stage = withChatScene(t);

/** A chat confirmed for 08:00–08:30 UTC, with its talent, its recruiter and a colleague, each signed in. */
async function teamChat() {
  const { talent, recruiter, chat } = await stage.bookedChat();
  const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: stage.scene.companyId });
  const as = (id: string) => sessionClient(t.app, t.ctx, id);
  return {
    chat,
    people: { talent, recruiter, colleague },
    talent: await as(talent.id),
    recruiter: await as(recruiter.id),
    colleague: await as(colleague.id),
  };
}

const notesOf = (chatId: string) => `/api/chats/${chatId}/notes`;
const assessmentOf = (chatId: string) => `/api/chats/${chatId}/assessment`;

describe('notes on a chat', () => {
  it('are written by the recruiter, read by a colleague, and changed or deleted by their author only', async () => {
    const { chat, people, recruiter, colleague } = await teamChat();
    const written = await recruiter.post(notesOf(chat.id), {
      body: '  Strong in Rust.\nAsk about Berlin.  ',
    });
    expect(written.statusCode).toBe(201);
    const note = written.json();
    expect(note).toMatchObject({
      chatId: chat.id,
      author: { id: people.recruiter.id, name: people.recruiter.name },
      body: 'Strong in Rust.\nAsk about Berlin.',
      createdAt: '2030-03-04T09:00:00.000Z',
    });
    t.clock.set('2030-03-04T09:01:00Z');
    await colleague.post(notesOf(chat.id), { body: 'Agreed, a good fit.' });

    const seen = (await colleague.get(notesOf(chat.id))).json();
    expect(seen.notes.map((n: { body: string; author: { id: string } }) => [n.author.id, n.body])).toEqual([
      [people.recruiter.id, 'Strong in Rust.\nAsk about Berlin.'],
      [people.colleague.id, 'Agreed, a good fit.'],
    ]);

    const byColleague = await colleague.patch(`/api/chat-notes/${note.id}`, { body: 'Mine now' });
    expect(byColleague.statusCode).toBe(403);
    expect(byColleague.json().error.code).toBe('notes.not_author');
    expect((await colleague.delete(`/api/chat-notes/${note.id}`)).statusCode).toBe(403);

    t.clock.set('2030-03-04T09:05:00Z');
    const changed = await recruiter.patch(`/api/chat-notes/${note.id}`, { body: 'Strong in Rust and Go.' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      body: 'Strong in Rust and Go.',
      updatedAt: '2030-03-04T09:05:00.000Z',
    });
    expect((await recruiter.delete(`/api/chat-notes/${note.id}`)).statusCode).toBe(204);
    expect((await recruiter.delete(`/api/chat-notes/${note.id}`)).statusCode).toBe(404);
    const after = (await recruiter.get(notesOf(chat.id))).json();
    expect(after.notes.map((n: { body: string }) => n.body)).toEqual(['Agreed, a good fit.']);
    t.clock.set('2030-03-04T09:00:00Z');
  });

  it("come with the talent's CV, which the colleague may download from the event", async () => {
    const { chat, people, talent, colleague } = await teamChat();
    expect((await colleague.get(notesOf(chat.id))).json()).toMatchObject({
      talentId: people.talent.id,
      talentCv: null,
    });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Title (CV) >> endobj\ntrailer << >>\n%%EOF\n');
    expect((await talent.put('/api/me/cv?fileName=cv.pdf', pdf)).statusCode).toBe(200);
    const { talentCv } = (await colleague.get(notesOf(chat.id))).json();
    expect(talentCv).toMatchObject({ fileName: 'cv.pdf', size: pdf.length });
    const file = await colleague.get(`/api/events/${chat.eventId}/talent-profiles/${people.talent.id}/cv`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload).toEqual(pdf);
  });

  it('refuse an empty note and one longer than 4000 characters, naming the field', async () => {
    const { chat, recruiter } = await teamChat();
    for (const body of ['   ', 'x'.repeat(4001)]) {
      const response = await recruiter.post(notesOf(chat.id), { body });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('body');
    }
    expect((await recruiter.post(notesOf(chat.id), { body: 'x'.repeat(4000) })).statusCode).toBe(201);
  });

  it('are hidden from the talent, other companies and the organizer', async () => {
    const { chat, recruiter, talent } = await teamChat();
    const note = (await recruiter.post(notesOf(chat.id), { body: 'Private' })).json();
    await recruiter.put(assessmentOf(chat.id), { rating: 4 });

    for (const request of [
      () => talent.get(notesOf(chat.id)),
      () => talent.post(notesOf(chat.id), { body: 'Let me see' }),
      () => talent.put(assessmentOf(chat.id), { rating: 5 }),
    ]) {
      const response = await request();
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('notes.recruiters_only');
    }
    expect((await talent.patch(`/api/chat-notes/${note.id}`, { body: 'x' })).statusCode).toBe(404);
    expect((await talent.delete(`/api/chat-notes/${note.id}`)).statusCode).toBe(404);

    const otherCompany = await buildCompany(t.ctx.db, { name: 'Globex' });
    const outsiders = [
      await buildUser(t.ctx.db, { role: 'recruiter', companyId: otherCompany.id }),
      await buildUser(t.ctx.db, { role: 'talent' }),
      { id: stage.scene.event.organizerId },
      await buildUser(t.ctx.db, { role: 'support' }),
    ];
    for (const outsider of outsiders) {
      const client = await sessionClient(t.app, t.ctx, outsider.id);
      const read = await client.get(notesOf(chat.id));
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain('Private');
      expect((await client.post(notesOf(chat.id), { body: 'Sneaky' })).statusCode).toBe(404);
      expect((await client.put(assessmentOf(chat.id), { rating: 1 })).statusCode).toBe(404);
      expect((await client.patch(`/api/chat-notes/${note.id}`, { body: 'x' })).statusCode).toBe(404);
      expect((await client.delete(`/api/chat-notes/${note.id}`)).statusCode).toBe(404);
    }
    const kept = (await recruiter.get(notesOf(chat.id))).json();
    expect(kept.notes.map((n: { body: string }) => n.body)).toEqual(['Private']);
    expect(kept.assessment.rating).toBe(4);
  });

  it('tell the team at the event when one changes', async () => {
    const { chat, recruiter } = await teamChat();
    const heard: unknown[] = [];
    const stop = t.ctx.live.subscribe(liveTopics.companyAtEvent(stage.scene.companyId, chat.eventId), (m) =>
      heard.push(m),
    );
    await recruiter.post(notesOf(chat.id), { body: 'Live' });
    await recruiter.put(assessmentOf(chat.id), { nextStep: 'keep_in_touch' });
    stop();
    await expect.poll(() => heard.length).toBe(2);
    expect(heard).toContainEqual({ type: 'notes.changed', eventId: chat.eventId, chatId: chat.id });
  });
});

describe("the company's notes from its other chats with the talent", () => {
  it('are listed read-only with their author, recruiter and event, and only for the same company', async () => {
    const { chat, people, recruiter, colleague } = await teamChat();
    // The colleague met the same talent at another event.
    const other = await buildEvent(t.ctx.db, {
      name: 'Spring fair',
      days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    await registerTalent(t.ctx.db, other.id, people.talent.id);
    const otherRecruiter = await stage.bookableRecruiter({
      eventId: other.id,
      eventDayId: other.days[0]!.id,
    });
    const earlier = await buildChat(t.ctx.db, {
      eventId: other.id,
      talentId: people.talent.id,
      recruiterId: otherRecruiter.id,
      state: 'requested',
    });
    await (await sessionClient(t.app, t.ctx, otherRecruiter.id)).post(notesOf(earlier.id), {
      body: 'Met at the spring fair',
    });
    // Another company's note on the same talent stays theirs.
    const globex = await buildCompany(t.ctx.db, { name: 'Globex' });
    const globexRecruiter = await stage.bookableRecruiter({ companyId: globex.id });
    const globexChat = await buildChat(t.ctx.db, {
      eventId: chat.eventId,
      talentId: people.talent.id,
      recruiterId: globexRecruiter.id,
      state: 'requested',
    });
    await (await sessionClient(t.app, t.ctx, globexRecruiter.id)).post(notesOf(globexChat.id), {
      body: 'Globex secret',
    });
    await recruiter.post(notesOf(chat.id), { body: 'This chat' });

    const seen = await colleague.get(notesOf(chat.id));
    expect(seen.body).not.toContain('Globex secret');
    expect(seen.json().otherNotes).toEqual([
      expect.objectContaining({
        chatId: earlier.id,
        body: 'Met at the spring fair',
        author: { id: otherRecruiter.id, name: otherRecruiter.name },
        chat: {
          recruiter: { id: otherRecruiter.id, name: otherRecruiter.name },
          event: { id: other.id, name: 'Spring fair' },
        },
      }),
    ]);
    const fromGlobex = (
      await (await sessionClient(t.app, t.ctx, globexRecruiter.id)).get(notesOf(globexChat.id))
    ).json();
    expect(fromGlobex.otherNotes).toEqual([]);
  });
});

describe('the assessment of a chat', () => {
  it('keeps one rating, tags and next step per chat, set by any recruiter, and says who set them', async () => {
    const { chat, people, recruiter, colleague } = await teamChat();
    const empty = (await recruiter.get(notesOf(chat.id))).json().assessment;
    expect(empty).toEqual({
      rating: null,
      ratedBy: null,
      tags: [],
      nextStep: null,
      updatedBy: null,
      updatedAt: null,
    });

    const rated = await recruiter.put(assessmentOf(chat.id), {
      rating: 4,
      tags: ['Rust', ' rust ', 'Remote  first', 'remote first'],
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({
      rating: 4,
      ratedBy: { id: people.recruiter.id },
      tags: ['Rust', 'Remote first'],
      nextStep: null,
    });

    // The colleague sets the next step: the rating stays the recruiter's.
    const stepped = (await colleague.put(assessmentOf(chat.id), { nextStep: 'invite_to_interview' })).json();
    expect(stepped).toMatchObject({
      rating: 4,
      ratedBy: { id: people.recruiter.id, name: people.recruiter.name },
      tags: ['Rust', 'Remote first'],
      nextStep: 'invite_to_interview',
      updatedBy: { id: people.colleague.id },
    });
    const rerated = (await colleague.put(assessmentOf(chat.id), { rating: 5 })).json();
    expect(rerated.ratedBy.id).toBe(people.colleague.id);
    const cleared = (
      await recruiter.put(assessmentOf(chat.id), { rating: null, nextStep: null, tags: [] })
    ).json();
    expect(cleared).toMatchObject({ rating: null, ratedBy: null, tags: [], nextStep: null });
  });

  it('refuses ratings outside 1 to 5, unknown next steps, too many or too long tags, and an empty change', async () => {
    const { chat, recruiter } = await teamChat();
    const refusals: [unknown, string][] = [
      [{ rating: 0 }, 'rating'],
      [{ rating: 6 }, 'rating'],
      [{ rating: 3.5 }, 'rating'],
      [{ nextStep: 'hire_now' }, 'nextStep'],
      [{ tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`) }, 'tags'],
      [{ tags: ['x'.repeat(31)] }, 'tags.0'],
      [{ tags: ['two\nlines'] }, 'tags.0'],
    ];
    for (const [body, field] of refusals) {
      const response = await recruiter.put(assessmentOf(chat.id), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
    const empty = await recruiter.put(assessmentOf(chat.id), {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('Give a rating, tags or a next step.');
    for (const nextStep of ['invite_to_interview', 'keep_in_touch', 'not_a_fit', 'no_show']) {
      expect((await recruiter.put(assessmentOf(chat.id), { nextStep })).json().nextStep).toBe(nextStep);
    }
    const tenTags = Array.from({ length: 10 }, (_, i) => `tag ${i}`);
    expect((await recruiter.put(assessmentOf(chat.id), { rating: 1, tags: tenTags })).json()).toMatchObject({
      rating: 1,
      tags: tenTags,
    });
  });
});
