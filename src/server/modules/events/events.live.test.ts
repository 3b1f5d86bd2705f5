import { beforeAll, describe, expect, it } from 'vitest';
import { type Event, inputOfEvent } from '../../../shared/schemas/events.schemas.js';
import { buildEvent, buildUser, registerTalent } from '../../test/factories.js';
import { type LiveSocket, listenForLive, liveSockets, otherProcesses } from '../../test/live-socket.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp();
let url = '';
beforeAll(async () => {
  url = await listenForLive(t.app);
});
const anotherProcess = otherProcesses(t);
const { connect } = liveSockets();

/**
 * An event with its organizer logged in to this process, and a registered talent whose page is open on the event in
 * another process (on PostgreSQL its own connections, so it hears only what NOTIFY brings).
 */
async function scene() {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, { organizerId: organizer.id, days: [{ date: '2030-03-04' }] });
  const talent = await buildUser(t.ctx.db, { role: 'talent' });
  await registerTalent(t.ctx.db, event.id, talent.id);
  const other = await anotherProcess(url);
  const live = await connect(other.url, await loginAs(other.app, talent.email));
  live.send({ type: 'watch', eventId: event.id });
  expect(await live.next()).toEqual({ type: 'watching', eventId: event.id });
  return { event, live, organizer: await loginAs(t.app, organizer.email) };
}

const changed = (eventId: string) => ({ type: 'event.changed', eventId });

/** Nothing else reached the socket: the ping's answer comes next. */
async function heardNothingMore(live: LiveSocket) {
  live.send({ type: 'ping' });
  expect(await live.next()).toEqual({ type: 'pong' });
}

async function currentInput(organizer: Client, eventId: string) {
  return inputOfEvent((await organizer.get(`/api/events/${eventId}`)).json() as Event);
}

describe("organizer's edits reach the event's open pages in another process", () => {
  it('the description, the hours of a day, a duration, the booking mode and the request policy', async () => {
    const { event, live, organizer } = await scene();
    const edits: ((input: Awaited<ReturnType<typeof currentInput>>) => void)[] = [
      (input) => {
        input.description = 'Bring your CV.';
      },
      (input) => {
        input.days[0]!.closesAt = '18:00';
      },
      (input) => {
        input.days[0]!.durations = [15, 30, 45];
      },
      (input) => {
        input.bookingMode = 'direct';
      },
      (input) => {
        input.requestPolicy = 'talents';
      },
    ];
    for (const edit of edits) {
      const input = await currentInput(organizer, event.id);
      edit(input);
      expect((await organizer.put(`/api/events/${event.id}`, input)).statusCode).toBe(200);
      expect(await live.next()).toEqual(changed(event.id));
    }
    const refused = await currentInput(organizer, event.id);
    refused.days = [];
    expect((await organizer.put(`/api/events/${event.id}`, refused)).statusCode).toBe(400);
    await heardNothingMore(live);
  });

  it('unpublishing and publishing', async () => {
    const { event, live, organizer } = await scene();
    expect((await organizer.post(`/api/events/${event.id}/unpublish`)).statusCode).toBe(200);
    expect(await live.next()).toEqual(changed(event.id));
    expect((await organizer.post(`/api/events/${event.id}/publish`)).statusCode).toBe(200);
    expect(await live.next()).toEqual(changed(event.id));
  });

  it("registrations: a company, its booth and recruiters, talents, an import, and a company's removal", async () => {
    const { event, live, organizer } = await scene();
    const base = `/api/events/${event.id}`;
    const company = await organizer.post(`${base}/companies`, { name: 'Acme', booth: 'A1', recruiters: [] });
    expect(company.statusCode).toBe(201);
    expect(await live.next()).toEqual(changed(event.id));
    const companyId = company.json().id as string;

    const writes = [
      () => organizer.patch(`${base}/companies/${companyId}`, { booth: 'B2' }),
      () =>
        organizer.post(`${base}/companies/${companyId}/recruiters`, {
          name: 'Rita Recruiter',
          email: `rita-${companyId.slice(0, 8)}@example.test`,
        }),
      () =>
        organizer.post(`${base}/talents`, {
          name: 'Tom Talent',
          email: `tom-${companyId.slice(0, 8)}@example.test`,
        }),
      () =>
        organizer.post(`${base}/import`, {
          kind: 'talents',
          csv: `email,name\nann-${companyId.slice(0, 8)}@example.test,Ann Talent\n`,
        }),
    ];
    for (const write of writes) {
      expect((await write()).statusCode).toBeLessThan(300);
      expect(await live.next()).toEqual(changed(event.id));
    }
    const talents = (await organizer.get(`${base}/talents`)).json().talents as { id: string; name: string }[];
    const tom = talents.find((talent) => talent.name === 'Tom Talent')!;
    expect((await organizer.delete(`${base}/talents/${tom.id}`)).statusCode).toBe(204);
    expect(await live.next()).toEqual(changed(event.id));
    expect((await organizer.delete(`${base}/companies/${companyId}`)).statusCode).toBe(204);
    expect(await live.next()).toEqual(changed(event.id));
    await heardNothingMore(live);
  });
});
