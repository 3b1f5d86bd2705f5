import type { LiveClientMessage, LiveServerMessage } from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { topics } from '../../infra/live/live.topics.js';
import { roomErrors } from './rooms.errors.js';
import { enterRoom, leaveRoom, stayAlive } from './rooms.usecases.js';

export type RoomClientMessage = Extract<LiveClientMessage, { type: `room.${string}` }>;

export function isRoomMessage(message: LiveClientMessage): message is RoomClientMessage {
  return message.type.startsWith('room.');
}

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
export function roomMembership(input: {
  ctx: AppContext;
  user: () => SessionUser;
  send: (message: LiveServerMessage) => void;
}) {
  const { ctx, send } = input;
  let presence: Presence | undefined;

  const mediaOf = (here: Presence): LiveServerMessage => ({
    type: 'room.media',
    chatId: here.chatId,
    peerId: here.peerId,
    audio: here.audio,
    video: here.video,
  });

  const receive = (here: Presence) => (message: LiveServerMessage) => {
    if (presence !== here) return;
    if (message.type === 'room.peer_joined') {
      const { peerId } = message.peer;
      // Our own arrival, or one we already know from the list we got when joining.
      if (peerId === here.peerId || here.peers.has(peerId)) return;
      here.peers.add(peerId);
      send(message);
      // The newcomer learns how our camera and microphone stand.
      void ctx.live.publish([topics.peer(peerId)], mediaOf(here));
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
    for (const unsubscribe of here.unsubscribe) unsubscribe();
    await leaveRoom(ctx, here.chatId, here.peerId);
  };

  const join = async (message: Extract<RoomClientMessage, { type: 'room.join' }>) => {
    await leave();
    const user = input.user();
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
    const handler = receive(here);
    here.unsubscribe.push(
      ctx.live.subscribe(topics.room(here.chatId), handler),
      ctx.live.subscribe(topics.peer(peerId), handler),
    );
    send({ type: 'room.joined', chatId: here.chatId, peerId, peers });
    const companyName = user.role === 'recruiter' ? view.company.name : null;
    await ctx.live.publish([topics.room(here.chatId)], {
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
    async handle(message: RoomClientMessage): Promise<void> {
      switch (message.type) {
        case 'room.join':
          return join(message);
        case 'room.leave':
          if (presence?.chatId === message.chatId) await leave();
          return;
        case 'room.signal': {
          const here = inRoom(message.chatId);
          // Only to peers of this room: a peer id from elsewhere reaches no one.
          if (!here.peers.has(message.to)) return;
          await ctx.live.publish([topics.peer(message.to)], {
            type: 'room.signal',
            chatId: here.chatId,
            from: here.peerId,
            signal: message.signal,
          });
          return;
        }
        case 'room.media': {
          const here = inRoom(message.chatId);
          here.audio = message.audio;
          here.video = message.video;
          await ctx.live.publish([topics.room(here.chatId)], mediaOf(here));
          return;
        }
      }
    },
    async heartbeat(): Promise<void> {
      if (presence) await stayAlive(ctx, presence.peerId);
    },
    close: leave,
  };
}
