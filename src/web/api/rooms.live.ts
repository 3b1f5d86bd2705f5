import type { QueryClient } from '@tanstack/react-query';
import type { LiveClientMessage, LiveServerMessage } from '../../shared/schemas/live.schemas';
import { type LiveConnection, type LiveHandlers, liveConnection } from './live';
import { roomKeys } from './rooms';

/**
 * A chat's video room over the live connection. Its queries refresh from live messages (`room.message` its
 * messages, presence changes the room itself); its signalling goes to the room page (`enterRoom`).
 */
export function roomsLive(queryClient: QueryClient): { handlers: LiveHandlers } {
  const refreshRoom = ({ chatId }: { chatId: string }) =>
    void queryClient.invalidateQueries({ queryKey: roomKeys.room(chatId), exact: true });
  return {
    handlers: {
      'room.message': ({ chatId }) =>
        void queryClient.invalidateQueries({ queryKey: roomKeys.messages(chatId) }),
      // Who is present is part of the room's own query.
      'room.joined': refreshRoom,
      'room.peer_joined': refreshRoom,
      'room.peer_left': refreshRoom,
    },
  };
}

/** What the server sends about a room: presence, signalling, camera and microphone states, refusals. */
export type RoomServerMessage = Extract<
  LiveServerMessage,
  { type: 'room.joined' | 'room.peer_joined' | 'room.peer_left' | 'room.signal' | 'room.media' | 'error' }
>;
type RoomClientMessage = Extract<LiveClientMessage, { type: 'room.signal' | 'room.media' }>;

/** The room a tab is in: joined again after every reconnection, as the connection re-sends watches. */
export interface RoomMembership {
  chatId: string;
  /** Camera and microphone as they are now, announced with every join. */
  media(): { audio: boolean; video: boolean };
  /** This room's messages, and refusals that name its chat. */
  onMessage(message: RoomServerMessage): void;
  /** The socket dropped: this peer and its connections are gone on the server; a rejoin follows once it is back. */
  onDisconnected(): void;
}

/** The part of the tab's live connection a room needs. */
export interface RoomConnection {
  enterRoom(membership: RoomMembership): () => void;
  sendToRoom(message: RoomClientMessage): boolean;
}

const roomMessageTypes = [
  'room.joined',
  'room.peer_joined',
  'room.peer_left',
  'room.signal',
  'room.media',
  'error',
] as const satisfies readonly RoomServerMessage['type'][];

/** One room at a time per tab, as on the server: entering a room leaves any other. */
export function roomConnection(live: LiveConnection): RoomConnection {
  let current: { membership: RoomMembership; unregister: () => void } | undefined;
  const join = (membership: RoomMembership) =>
    live.send({ type: 'room.join', chatId: membership.chatId, ...membership.media() });

  return {
    enterRoom(membership) {
      current?.unregister();
      const ours = (message: RoomServerMessage) => {
        if ('chatId' in message && message.chatId === membership.chatId) membership.onMessage(message);
      };
      const entry = {
        membership,
        unregister: live.register({
          handlers: Object.fromEntries(roomMessageTypes.map((type) => [type, ours])),
          opened: () => join(membership),
          dropped: () => membership.onDisconnected(),
        }),
      };
      current = entry;
      join(membership);
      return () => {
        if (current !== entry) return;
        current = undefined;
        entry.unregister();
        live.send({ type: 'room.leave', chatId: membership.chatId });
      };
    },
    sendToRoom(message) {
      return current?.membership.chatId === message.chatId && live.send(message);
    },
  };
}

/** The tab's room link, over its one live connection. */
export const roomLink = roomConnection(liveConnection);
