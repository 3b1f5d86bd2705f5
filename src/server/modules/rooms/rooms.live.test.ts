import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildCompany, buildUser } from '../../test/factories.js';
import { type LiveSocket, listenForLive, liveSockets, otherProcesses } from '../../test/live-socket.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-04T08:05:00Z') });
const stage = withChatScene(t);
const { scene } = stage;
const { connect } = liveSockets();
const anotherProcess = otherProcesses(t);
let url = '';
beforeAll(async () => {
  url = await listenForLive(t.app);
});

const offer = { description: { type: 'offer' as const, sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' } };

/** A chat under way (08:00–08:30 UTC) and signed-in clients for its people. */
async function chatUnderWay(colleagues = 1) {
  const { talent, recruiter, chat } = await stage.bookedChat();
  const team: Client[] = [];
  for (let i = 0; i < colleagues; i++) {
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: scene.companyId });
    team.push(await loginAs(t.app, colleague.email));
  }
  return {
    chatId: chat.id,
    talent: { user: talent, client: await loginAs(t.app, talent.email) },
    recruiter: { user: recruiter, client: await loginAs(t.app, recruiter.email) },
    team,
  };
}

/** The next message of the room, past the `chats.changed` of the joiner's own check-in (joining checks in). */
async function nextInRoom(live: LiveSocket) {
  for (;;) {
    const message = await live.next();
    if (message.type !== 'chats.changed') return message;
  }
}

async function join(client: Client, chatId: string, media = { audio: true, video: true }, to = url) {
  const live = await connect(to, client);
  live.send({ type: 'room.join', chatId, ...media });
  return live;
}

describe('room presence and signalling over /live', () => {
  it('introduces a newcomer to those present and relays signals and media between them only', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chatId, talent, recruiter } = await chatUnderWay();
    const talentSocket = await join(talent.client, chatId, { audio: true, video: false });
    const talentJoined = await talentSocket.nextOf('room.joined');
    expect(talentJoined.peers).toEqual([]);

    const recruiterSocket = await join(recruiter.client, chatId);
    const recruiterJoined = await recruiterSocket.nextOf('room.joined');
    expect(recruiterJoined.peers).toEqual([
      expect.objectContaining({ peerId: talentJoined.peerId, userId: talent.user.id, role: 'talent' }),
    ]);
    expect(await talentSocket.nextOf('room.peer_joined')).toEqual({
      type: 'room.peer_joined',
      chatId,
      peer: {
        peerId: recruiterJoined.peerId,
        userId: recruiter.user.id,
        name: recruiter.user.name,
        role: 'recruiter',
        companyName: 'Acme Robotics',
        audio: true,
        video: true,
      },
    });
    // Those already in the room tell the newcomer how their camera and microphone stand.
    expect(await recruiterSocket.nextOf('room.media')).toMatchObject({
      peerId: talentJoined.peerId,
      audio: true,
      video: false,
    });

    recruiterSocket.send({ type: 'room.signal', chatId, to: talentJoined.peerId, signal: offer });
    expect(await talentSocket.nextOf('room.signal')).toEqual({
      type: 'room.signal',
      chatId,
      from: recruiterJoined.peerId,
      signal: offer,
    });

    talentSocket.send({ type: 'room.media', chatId, audio: false, video: true });
    expect(await recruiterSocket.nextOf('room.media')).toMatchObject({
      peerId: talentJoined.peerId,
      audio: false,
      video: true,
    });

    // A lost connection leaves the room: the others are told, and the attendance records the stay.
    recruiterSocket.terminate();
    expect(await talentSocket.nextOf('room.peer_left')).toEqual({
      type: 'room.peer_left',
      chatId,
      peerId: recruiterJoined.peerId,
    });
    // A minute on, within the heartbeat's grace: the talent is still there.
    t.clock.set('2030-03-04T08:06:00Z');
    const { attendance } = (await talent.client.get(`/api/chats/${chatId}/room/attendance`)).json();
    expect(attendance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: talent.user.id, lastLeftAt: null, seconds: 60 }),
        expect.objectContaining({ userId: recruiter.user.id, lastLeftAt: '2030-03-04T08:05:00.000Z' }),
      ]),
    );
  });

  it('connects people whose sockets are served by different app processes, large offers included', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chatId, talent, recruiter } = await chatUnderWay();
    const other = await anotherProcess(url);
    const talentSocket = await join(talent.client, chatId);
    const talentPeer = (await talentSocket.nextOf('room.joined')).peerId;
    const recruiterSocket = await join(
      await loginAs(other.app, recruiter.user.email),
      chatId,
      undefined,
      other.url,
    );
    const recruiterJoined = await recruiterSocket.nextOf('room.joined');
    expect(recruiterJoined.peers.map((peer) => peer.peerId)).toEqual([talentPeer]);
    expect((await talentSocket.nextOf('room.peer_joined')).peer.peerId).toBe(recruiterJoined.peerId);

    // A real offer with video, audio and their codecs runs to several KB: more than a NOTIFY payload holds.
    const bigOffer = {
      description: { type: 'offer' as const, sdp: `v=0\r\n${'a=rtpmap:96 VP8/90000\r\n'.repeat(600)}` },
    };
    const candidate = {
      candidate: { candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host', sdpMid: '0' },
    };
    recruiterSocket.send({ type: 'room.signal', chatId, to: talentPeer, signal: bigOffer });
    recruiterSocket.send({ type: 'room.signal', chatId, to: talentPeer, signal: candidate });
    expect((await talentSocket.nextOf('room.signal')).signal).toEqual(bigOffer);
    expect((await talentSocket.nextOf('room.signal')).signal).toEqual(candidate);
    talentSocket.send({ type: 'room.signal', chatId, to: recruiterJoined.peerId, signal: candidate });
    expect(await recruiterSocket.nextOf('room.signal')).toMatchObject({
      from: talentPeer,
      signal: candidate,
    });
  });

  it('refuses outsiders, who get no signalling either', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chatId, talent } = await chatUnderWay();
    const talentSocket = await join(talent.client, chatId);
    const { peerId } = await talentSocket.nextOf('room.joined');
    const globex = await buildCompany(t.ctx.db, { name: 'Globex' });
    const outsider = await buildUser(t.ctx.db, { role: 'recruiter', companyId: globex.id });
    const outsiderSocket = await join(await loginAs(t.app, outsider.email), chatId);
    expect(await outsiderSocket.next()).toEqual({
      type: 'error',
      code: 'rooms.forbidden',
      message: 'Only the talent and the recruiters of the company can enter this 1-1 chat.',
      chatId,
    });
    outsiderSocket.send({ type: 'room.signal', chatId, to: peerId, signal: offer });
    expect(await outsiderSocket.next()).toMatchObject({ type: 'error', code: 'rooms.not_in_room', chatId });
    // The talent heard nothing of it: the next thing to arrive is a media change of their own room's peer.
    const recruiterSocket = await join(talent.client, chatId);
    await recruiterSocket.nextOf('room.joined');
    expect((await nextInRoom(talentSocket)).type).toBe('room.peer_joined');
  });

  it('opens no media room for an in-person chat, so nothing can be signalled there', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chat, talent } = await stage.bookedChat({ inPerson: true });
    const socket = await join(await loginAs(t.app, talent.email), chat.id);
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'rooms.in_person', chatId: chat.id });
    socket.send({ type: 'room.signal', chatId: chat.id, to: randomUUID(), signal: offer });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'rooms.not_in_room', chatId: chat.id });
  });

  it('is closed before its window and holds five people at most', async () => {
    const { chatId, talent, recruiter, team } = await chatUnderWay(4);
    t.clock.set('2030-03-04T07:49:00Z');
    const early = await join(talent.client, chatId);
    expect(await early.next()).toMatchObject({ type: 'error', code: 'rooms.not_open', chatId });

    t.clock.set('2030-03-04T08:10:00Z');
    for (const client of [talent.client, recruiter.client, ...team.slice(0, 3)]) {
      await (await join(client, chatId)).nextOf('room.joined');
    }
    const sixth = await join(team[3]!, chatId);
    expect(await sixth.next()).toMatchObject({ type: 'error', code: 'rooms.full', chatId });

    t.clock.set('2030-03-04T08:30:00Z');
    const late = await join(talent.client, chatId);
    expect(await late.next()).toMatchObject({ type: 'error', code: 'rooms.ended', chatId });
  });

  it("counts people, not tabs: one person's five tabs leave room for the others", async () => {
    t.clock.set('2030-03-04T08:10:00Z');
    const { chatId, talent, recruiter, team } = await chatUnderWay(4);
    const talentTabs = [];
    for (let tab = 0; tab < 5; tab++)
      talentTabs.push((await join(talent.client, chatId)).nextOf('room.joined'));
    expect(new Set((await Promise.all(talentTabs)).map((joined) => joined.peerId)).size).toBe(5);

    const recruiterJoined = await (await join(recruiter.client, chatId)).nextOf('room.joined');
    expect(recruiterJoined.peers.filter((peer) => peer.userId === talent.user.id)).toHaveLength(5);
    for (const colleague of team.slice(0, 3)) await (await join(colleague, chatId)).nextOf('room.joined');

    const sixthPerson = await join(team[3]!, chatId);
    expect(await sixthPerson.next()).toMatchObject({ type: 'error', code: 'rooms.full', chatId });
    // Someone already in the full room may still open one more tab.
    expect((await (await join(recruiter.client, chatId)).nextOf('room.joined')).peers).toHaveLength(9);
  });

  it('refuses a malformed signal with a clear message', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chatId, talent } = await chatUnderWay();
    const live = await join(talent.client, chatId);
    await live.nextOf('room.joined');
    live.send({ type: 'room.signal', chatId, to: randomUUID(), signal: {} });
    expect(await nextInRoom(live)).toMatchObject({
      type: 'error',
      code: 'live.invalid_message',
      message: 'A signal carries a description or a candidate.',
    });
  });
});
