import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Chat } from '../../../shared/schemas/chats.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildUser } from '../../test/factories.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { chatHistory, chats } from './chats.table.js';

/** Every message said about a chat is kept on it, oldest first, and both sides read it. */
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { scene, slot, talentAtEvent, bookableRecruiter, mailsTo } = stage;
const at = (hhmm: string) => slot(hhmm).toISOString();

/** A talent's request to a new recruiter of Acme, both signed in. */
async function request(message?: string) {
  const recruiter = await bookableRecruiter();
  const talent = await talentAtEvent();
  const asTalent = await loginAs(t.app, talent.email);
  const asRecruiter = await loginAs(t.app, recruiter.email);
  const created = await asTalent.post(`/api/events/${scene.event.id}/chats`, {
    recruiterId: recruiter.id,
    message,
  });
  expect(created.statusCode).toBe(201);
  return { recruiter, talent, asTalent, asRecruiter, chat: created.json() as Chat };
}

const ok = async (client: Client, path: string, body?: object): Promise<Chat> => {
  const response = await client.post(path, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const historyRows = (chatId: string) =>
  t.ctx.db.select().from(chatHistory).where(eq(chatHistory.chatId, chatId)).orderBy(chatHistory.id);

describe('the history of a chat', () => {
  it('keeps who did what, when, with which message and which time, for every move of a chat’s life', async () => {
    const { recruiter, talent, asTalent, asRecruiter, chat } = await request('Keen to hear about robotics.');
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: scene.companyId });
    const asColleague = await loginAs(t.app, colleague.email);
    const path = (action: string) => `/api/chats/${chat.id}/${action}`;

    await ok(asRecruiter, path('approve'));
    await ok(asTalent, path('confirm'), { startsAt: at('08:00') });
    await ok(asRecruiter, path('reschedule'), { message: 'A meeting came up, sorry.' });
    await ok(asTalent, path('confirm'), { startsAt: at('08:30') });
    await ok(asColleague, path('move'), { startsAt: at('09:00'), message: 'Alex runs late; 10:00 then.' });
    const cancelled = await ok(asTalent, path('cancel'), { message: 'I accepted another offer.' });

    const talentSide = { side: 'talent', actor: { id: talent.id, name: talent.name } };
    const recruiterSide = { side: 'recruiter', actor: { id: recruiter.id, name: recruiter.name } };
    const none = { message: null, fromStartsAt: null, toStartsAt: null };
    expect(cancelled.history).toEqual([
      {
        kind: 'requested',
        ...talentSide,
        ...none,
        message: 'Keen to hear about robotics.',
        at: expect.any(String),
      },
      { kind: 'approved', ...recruiterSide, ...none, at: expect.any(String) },
      { kind: 'booked', ...talentSide, ...none, toStartsAt: at('08:00'), at: expect.any(String) },
      {
        kind: 'rescheduled',
        ...recruiterSide,
        ...none,
        message: 'A meeting came up, sorry.',
        fromStartsAt: at('08:00'),
        at: expect.any(String),
      },
      { kind: 'booked', ...talentSide, ...none, toStartsAt: at('08:30'), at: expect.any(String) },
      {
        kind: 'moved',
        side: 'recruiter',
        actor: { id: colleague.id, name: colleague.name },
        message: 'Alex runs late; 10:00 then.',
        fromStartsAt: at('08:30'),
        toStartsAt: at('09:00'),
        at: expect.any(String),
      },
      {
        kind: 'cancelled',
        ...talentSide,
        ...none,
        message: 'I accepted another offer.',
        fromStartsAt: at('09:00'),
        at: '2030-03-01T12:00:00.000Z',
      },
    ]);
    // Both sides read the same history.
    const seenByRecruiter = await asRecruiter.get(`/api/chats/${chat.id}`);
    expect(seenByRecruiter.json().history).toEqual(cancelled.history);
    // The request message is read from the history, and stored there once.
    expect(cancelled.requestMessage).toBe('Keen to hear about robotics.');
    const stored = (await historyRows(chat.id)).filter(
      (row) => row.message === 'Keen to hear about robotics.',
    );
    expect(stored).toHaveLength(1);
  });

  it('keeps the message of a recruiter who typed one and then moved the chat to a new slot', async () => {
    const { talent, asTalent, asRecruiter, chat } = await request();
    await ok(asRecruiter, `/api/chats/${chat.id}/approve`);
    await ok(asTalent, `/api/chats/${chat.id}/confirm`, { startsAt: at('08:00') });
    const moved = await ok(asRecruiter, `/api/chats/${chat.id}/move`, {
      startsAt: at('09:00'),
      message: 'Could we meet an hour later?',
    });
    expect(moved.history.at(-1)).toMatchObject({
      kind: 'moved',
      message: 'Could we meet an hour later?',
      fromStartsAt: at('08:00'),
      toStartsAt: at('09:00'),
    });
    const mail = (await mailsTo(talent.email))[0]!;
    expect(mail.subject).toMatch(/^Moved: /);
    expect(mail.text).toContain('Could we meet an hour later?');
  });

  it('records the invitation’s message and the talent’s reason for declining it, shown to the recruiter', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const asTalent = await loginAs(t.app, talent.email);
    const invited = await asRecruiter.post(`/api/events/${scene.event.id}/invitations`, {
      talentId: talent.id,
      recruiterId: recruiter.id,
      message: 'Your line follower caught our eye.',
    });
    const chat: Chat = invited.json();
    expect(chat.history).toMatchObject([
      {
        kind: 'invited',
        side: 'recruiter',
        actor: { id: recruiter.id },
        message: 'Your line follower caught our eye.',
      },
    ]);
    await ok(asTalent, `/api/chats/${chat.id}/decline`, { message: 'I already accepted an offer.' });
    const seen: Chat = (await asRecruiter.get(`/api/chats/${chat.id}`)).json();
    expect(seen).toMatchObject({ declineMessage: 'I already accepted an offer.', tab: 'declined' });
    expect(seen.history.at(-1)).toMatchObject({
      kind: 'declined',
      side: 'talent',
      actor: { id: talent.id, name: talent.name },
      message: 'I already accepted an offer.',
    });
  });

  it('records a withdrawn request, listed under Declined', async () => {
    const { talent, asTalent, chat } = await request();
    const withdrawn = await ok(asTalent, `/api/chats/${chat.id}/withdraw`);
    expect(withdrawn).toMatchObject({ state: 'cancelled', tab: 'declined' });
    expect(withdrawn.history.at(-1)).toMatchObject({ kind: 'withdrawn', actor: { id: talent.id } });
  });

  it('writes nothing when the move is refused', async () => {
    const { asTalent, asRecruiter, chat } = await request();
    await ok(asRecruiter, `/api/chats/${chat.id}/approve`);
    const before = await historyRows(chat.id);
    const refused = await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: at('10:30') });
    expect(refused.statusCode).toBe(409);
    const approveAgain = await asRecruiter.post(`/api/chats/${chat.id}/approve`);
    expect(approveAgain.statusCode).toBe(409);
    expect(await historyRows(chat.id)).toEqual(before);
  });

  it('goes with its chat', async () => {
    const { talent, chat } = await stage.chatInState('requested');
    await ok(await loginAs(t.app, talent.email), `/api/chats/${chat.id}/withdraw`);
    expect(await historyRows(chat.id)).toHaveLength(1);
    await t.ctx.db.delete(chats).where(eq(chats.id, chat.id));
    expect(await historyRows(chat.id)).toEqual([]);
  });
});

describe('declining a request', () => {
  it('needs a reason from the recruiter’s side: 422 on the message field, and nothing changes', async () => {
    const { asRecruiter, chat, talent } = await request();
    for (const body of [{}, { message: '' }, { message: '   \n ' }]) {
      const refused = await asRecruiter.post(`/api/chats/${chat.id}/decline`, body);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toMatchObject({
        code: 'chats.decline_reason_required',
        fields: { message: expect.stringContaining('reason') },
      });
    }
    const still: Chat = (await asRecruiter.get(`/api/chats/${chat.id}`)).json();
    expect(still).toMatchObject({ state: 'requested', declineMessage: null });
    expect(still.history.map((entry) => entry.kind)).toEqual(['requested']);
    expect(await mailsTo(talent.email)).toEqual([]);

    const declined = await ok(asRecruiter, `/api/chats/${chat.id}/decline`, {
      message: 'No free slots left',
    });
    expect(declined).toMatchObject({ state: 'declined', declineMessage: 'No free slots left' });
    expect((await mailsTo(talent.email))[0]!.text).toContain('No free slots left');
  });

  it('lets the talent decline an invitation without a message', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const chat = await buildChat(t.ctx.db, {
      eventId: scene.event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'invited',
    });
    const declined = await ok(await loginAs(t.app, talent.email), `/api/chats/${chat.id}/decline`, {});
    expect(declined).toMatchObject({ state: 'declined', declineMessage: null });
    expect(declined.history.at(-1)).toMatchObject({ kind: 'declined', side: 'talent', message: null });
  });
});

describe('cancelled chats', () => {
  it('are listed under Declined for both sides, with who cancelled, when and the message', async () => {
    const { recruiter, asTalent, asRecruiter, chat } = await request();
    await ok(asRecruiter, `/api/chats/${chat.id}/approve`);
    await ok(asRecruiter, `/api/chats/${chat.id}/cancel`, { message: 'The role was filled.' });

    const talentsList: Chat[] = (await asTalent.get(`/api/events/${scene.event.id}/chats`)).json().chats;
    const recruitersDeclined: Chat[] = (
      await asRecruiter.get(`/api/events/${scene.event.id}/chats?status=declined`)
    ).json().chats;
    for (const listed of [talentsList, recruitersDeclined]) {
      const shown = listed.find((c) => c.id === chat.id);
      expect(shown).toMatchObject({ state: 'cancelled', tab: 'declined' });
      expect(shown!.history.at(-1)).toEqual({
        kind: 'cancelled',
        side: 'recruiter',
        actor: { id: recruiter.id, name: recruiter.name },
        message: 'The role was filled.',
        fromStartsAt: null,
        toStartsAt: null,
        at: '2030-03-01T12:00:00.000Z',
      });
    }
    const talentsDeclined: Chat[] = (
      await asTalent.get(`/api/events/${scene.event.id}/chats?status=declined`)
    ).json().chats;
    expect(talentsDeclined.map((c) => c.id)).toContain(chat.id);
  });
});
