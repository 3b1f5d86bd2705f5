import {
  type LiveClientMessage,
  type LiveMessageOn,
  liveTopics,
} from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { LiveFeature, LiveFeatureConnection, LivePeer } from '../../infra/live/live.features.js';
import { roomErrors } from './rooms.errors.js';
import { enterRoom, leaveRoom, stayAlive } from './rooms.usecases.js';

type RoomClientMessage<T extends `room.${string}`> = Extract<LiveClientMessage, { type: T }>;
type RoomTopicMessage = LiveMessageOn<ReturnType<typeof liveTopics.room | typeof liveTopics.peer>>;

interface Presence {
  chatId: string;
  peerId: string;
  /** The other peers this one may signal: those present when it joined and those who joined since. */
  peers: Set<string>;
  audio: boolean;
  video: boolean;
  unsubscribe: (() => void)[];
}

/**
 * A socket's part in one room at a time: presence, camera and microphone state, and the relay of WebRTC signals
 * to the other peers (never to anyone outside the room). Messages are handled in order by the socket.
 */
function roomMembership(
  ctx: AppContext,
  peer: LivePeer<SessionUser>,
  present: PresentHere,
): LiveFeatureConnection {
  const { send } = peer;
  let presence: Presence | undefined;

  const mediaOf = (here: Presence) => ({
    type: 'room.media' as const,
    chatId: here.chatId,
    peerId: here.peerId,
    audio: here.audio,
    video: here.video,
  });

  const receive = (here: Presence) => (message: RoomTopicMessage) => {
    if (presence !== here) return;
    if (message.type === 'room.peer_joined') {
      const { peerId } = message.peer;
      // Our own arrival, or one we already know from the list we got when joining.
      if (peerId === here.peerId || here.peers.has(peerId)) return;
      here.peers.add(peerId);
      send(message);
      // The newcomer learns how our camera and microphone stand.
      void ctx.live.publish([liveTopics.peer(peerId)], mediaOf(here));
      return;
    }
    if (message.type === 'room.peer_left') {
      if (message.peerId === here.peerId || !here.peers.delete(message.peerId)) return;
    }
    if (message.type === 'room.media' && message.peerId === here.peerId) return;
    send(message);
  };

  const leave = async () => {
    const here = presence;
    if (!here) return;
    presence = undefined;
    present.left(here.chatId);
    for (const unsubscribe of here.unsubscribe) unsubscribe();
    await leaveRoom(ctx, here.chatId, here.peerId);
  };

  const join = async (message: RoomClientMessage<'room.join'>) => {
    await leave();
    const user = peer.user();
    const { peerId, peers, view } = await enterRoom({ ctx, user, chatId: message.chatId });
    const here: Presence = {
      chatId: message.chatId,
      peerId,
      peers: new Set(peers.map((peer) => peer.peerId)),
      audio: message.audio,
      video: message.video,
      unsubscribe: [],
    };
    presence = here;
    present.entered(here.chatId);
    const handler = receive(here);
    here.unsubscribe.push(
      ctx.live.subscribe(liveTopics.room(here.chatId), handler),
      ctx.live.subscribe(liveTopics.peer(peerId), handler),
    );
    send({ type: 'room.joined', chatId: here.chatId, peerId, peers });
    const companyName = user.role === 'recruiter' ? view.company.name : null;
    await ctx.live.publish([liveTopics.room(here.chatId)], {
      type: 'room.peer_joined',
      chatId: here.chatId,
      peer: {
        peerId,
        userId: user.id,
        name: user.name,
        role: user.role === 'talent' ? 'talent' : 'recruiter',
        companyName,
        audio: here.audio,
        video: here.video,
      },
    });
  };

  const inRoom = (chatId: string): Presence => {
    if (!presence || presence.chatId !== chatId) throw roomErrors.not_in_room();
    return presence;
  };

  return {
    handlers: {
      'room.join': join,
      async 'room.leave'(message) {
        if (presence?.chatId === message.chatId) await leave();
      },
      async 'room.signal'(message) {
        const here = inRoom(message.chatId);
        // Only to peers of this room: a peer id from elsewhere reaches no one.
        if (!here.peers.has(message.to)) return;
        await ctx.live.publish([liveTopics.peer(message.to)], {
          type: 'room.signal',
          chatId: here.chatId,
          from: here.peerId,
          signal: message.signal,
        });
      },
      async 'room.media'(message) {
        const here = inRoom(message.chatId);
        here.audio = message.audio;
        here.video = message.video;
        await ctx.live.publish([liveTopics.room(here.chatId)], mediaOf(here));
      },
    },
    async heartbeat() {
      if (presence) await stayAlive(ctx, presence.peerId);
    },
    close: leave,
  };
}

/** The peers this process holds, per room. */
function presentHere() {
  const peersByRoom = new Map<string, number>();
  return {
    entered(chatId: string) {
      peersByRoom.set(chatId, (peersByRoom.get(chatId) ?? 0) + 1);
    },
    left(chatId: string) {
      const peers = (peersByRoom.get(chatId) ?? 1) - 1;
      if (peers > 0) peersByRoom.set(chatId, peers);
      else peersByRoom.delete(chatId);
    },
    rooms: () => peersByRoom.size,
  };
}
type PresentHere = ReturnType<typeof presentHere>;

/**
 * Rooms over the live socket: each socket may be in one room, as one peer. `openRooms` counts the rooms someone is
 * in through this process, for the metrics.
 */
export function roomsLive(ctx: AppContext): LiveFeature<SessionUser> & { openRooms(): number } {
  const present = presentHere();
  return { open: (peer) => roomMembership(ctx, peer, present), openRooms: present.rooms };
}
