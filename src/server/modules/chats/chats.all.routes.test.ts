import { beforeAll, describe, expect, it } from 'vitest';
import type { Chat, ChatStatus } from '../../../shared/schemas/chats.schemas.js';
import { chatStatusOf } from '../../../shared/schemas/chats.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildCompany } from '../../test/factories.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { completeEndedChats } from './chats.clock.js';

/** `All 1-1 Chats`: every chat of the company at the event, by status and by recruiter, and nobody else's. */
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, slot, talentAtEvent, bookableRecruiter } = withChatScene(t);

let alex: Awaited<ReturnType<typeof bookableRecruiter>>;
let sam: Awaited<ReturnType<typeof bookableRecruiter>>;
let jordan: Awaited<ReturnType<typeof bookableRecruiter>>;
let asAlex: Client;
let asJordan: Client;
/** Chat ids by their narrowest status (`chatStatusOf`); Declined lists the cancelled ones too. */
const expected: Record<ChatStatus, string[]> = {
  requests: [],
  in_scheduling: [],
  confirmed: [],
  declined: [],
  completed: [],
  cancelled: [],
};
let globexChatId: string;

async function chatWith(
  recruiter: { id: string },
  state: 'requested' | 'invited' | 'in_scheduling',
): Promise<{ id: string; asTalent: Client }> {
  const talent = await talentAtEvent();
  const chat = await buildChat(t.ctx.db, {
    eventId: scene.event.id,
    talentId: talent.id,
    recruiterId: recruiter.id,
    state,
  });
  return { id: chat.id, asTalent: await loginAs(t.app, talent.email) };
}

async function book(recruiter: { id: string }, hhmm: string) {
  const chat = await chatWith(recruiter, 'in_scheduling');
  const booked = await chat.asTalent.post(`/api/chats/${chat.id}/confirm`, {
    startsAt: slot(hhmm).toISOString(),
  });
  expect(booked.json().state).toBe('confirmed');
  return chat;
}

beforeAll(async () => {
  alex = await bookableRecruiter();
  sam = await bookableRecruiter();
  const globex = await buildCompany(t.ctx.db, { name: 'Globex' });
  jordan = await bookableRecruiter({ companyId: globex.id });
  asAlex = await loginAs(t.app, alex.email);
  asJordan = await loginAs(t.app, jordan.email);

  expected.requests.push((await chatWith(alex, 'requested')).id, (await chatWith(sam, 'invited')).id);
  expected.in_scheduling.push((await chatWith(sam, 'in_scheduling')).id);
  const declined = await chatWith(alex, 'requested');
  await asAlex.post(`/api/chats/${declined.id}/decline`, { message: 'Not this time.' });
  expected.declined.push(declined.id);
  const cancelled = await chatWith(sam, 'in_scheduling');
  await cancelled.asTalent.post(`/api/chats/${cancelled.id}/cancel`);
  expected.cancelled.push(cancelled.id);
  // By 08:45 UTC the 08:00 chat has ended (completed), the 09:00 one is still ahead (confirmed).
  expected.completed.push((await book(sam, '08:00')).id);
  expected.confirmed.push((await book(sam, '09:00')).id, (await book(alex, '09:00')).id);
  globexChatId = (await chatWith(jordan, 'requested')).id;
  t.clock.set('2030-03-04T08:45:00Z');
});

const list = async (client: Client, query: string): Promise<Chat[]> => {
  const response = await client.get(`/api/events/${scene.event.id}/chats?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().chats;
};
const ids = (chats: Chat[]) => chats.map((chat) => chat.id).sort();

describe('All 1-1 Chats', () => {
  it('lists every chat of the company at the event by status, as the request-list tabs count them', async () => {
    const all = await list(asAlex, 'recruiterId=team');
    expect(ids(all)).toEqual(Object.values(expected).flat().sort());
    for (const status of Object.keys(expected) as ChatStatus[]) {
      const shown = await list(asAlex, `recruiterId=team&status=${status}`);
      const listed = status === 'declined' ? [...expected.declined, ...expected.cancelled] : expected[status];
      expect(ids(shown), status).toEqual(listed.slice().sort());
      expect(shown.every((chat) => chat.tab === status || chatStatusOf(chat) === status)).toBe(true);
    }
  });

  it('shows a cancelled chat under Declined, and Cancelled narrows to the chats called off', async () => {
    const declined = await list(asAlex, 'recruiterId=team&status=declined');
    const cancelled = declined.find((chat) => chat.id === expected.cancelled[0]);
    expect(cancelled).toMatchObject({ state: 'cancelled', tab: 'declined' });
    expect(chatStatusOf(cancelled!)).toBe('cancelled');
    expect(cancelled!.history.at(-1)).toMatchObject({ kind: 'cancelled', side: 'talent' });
    const onlyCancelled = await list(asAlex, 'recruiterId=team&status=cancelled');
    expect(ids(onlyCancelled)).toEqual(expected.cancelled);
  });

  it('narrows to one colleague, and to one colleague’s chats of a status', async () => {
    const samsChats = await list(asAlex, `recruiterId=${sam.id}`);
    expect(samsChats.length).toBeGreaterThan(0);
    expect(samsChats.every((chat) => chat.recruiter.id === sam.id)).toBe(true);
    const samsConfirmed = await list(asAlex, `recruiterId=${sam.id}&status=confirmed`);
    expect(samsConfirmed.map((chat) => [chat.recruiter.id, chat.tab])).toEqual([[sam.id, 'confirmed']]);
  });

  it('counts a swept chat as completed too', async () => {
    await completeEndedChats({ ctx: t.ctx });
    const completed = await list(asAlex, 'recruiterId=team&status=completed');
    expect(completed.map((chat) => [chat.id, chat.state])).toEqual([[expected.completed[0], 'completed']]);
  });

  it('lets any colleague open and act on a chat of another recruiter of the team', async () => {
    const opened = await asAlex.get(`/api/chats/${expected.in_scheduling[0]}`);
    expect(opened.json().recruiter.id).toBe(sam.id);
    const samsConfirmed = expected.confirmed[0]!;
    const rescheduled = await asAlex.post(`/api/chats/${samsConfirmed}/reschedule`);
    expect(rescheduled.json()).toMatchObject({ state: 'in_scheduling', recruiter: { id: sam.id } });
  });

  it('never shows another company’s chats, whatever is asked', async () => {
    const jordansTeam = await list(asJordan, 'recruiterId=team');
    expect(ids(jordansTeam)).toEqual([globexChatId]);
    // A recruiter of another company named by id is not a colleague: nothing, rather than their chats.
    expect(await list(asJordan, `recruiterId=${sam.id}`)).toEqual([]);
    expect(await list(asJordan, `recruiterId=${sam.id}&status=confirmed`)).toEqual([]);
    expect(await list(asAlex, `recruiterId=${jordan.id}&status=requests`)).toEqual([]);
    const opened = await asJordan.get(`/api/chats/${expected.confirmed[1]}`);
    expect(opened.statusCode).toBe(404);
    expect(opened.json().error.code).toBe('chats.not_found');
  });

  it('explains an unknown status', async () => {
    const response = await asAlex.get(`/api/events/${scene.event.id}/chats?recruiterId=team&status=lost`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.invalid');
  });
});
