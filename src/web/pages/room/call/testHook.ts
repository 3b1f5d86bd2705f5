import type { RoomPeer } from '../../../../shared/schemas/rooms.schemas';

/** What browser tests read from a room: the peer connections (for their statistics) and the effect's frame time. */
export interface RoomTestHook {
  peerConnections(): { peer: RoomPeer; pc: RTCPeerConnection }[];
  backgroundFrameMs(): number | null;
}

declare global {
  interface Window {
    __parleyRoom?: RoomTestHook;
  }
}

/** Set by a browser test before the page loads (`localStorage`), so the hook never exists for real users. */
const TEST_FLAG = 'parley:room-test-hook';

/** Exposes the room as `window.__parleyRoom` when a test asked for it; returns the way to withdraw it. */
export function exposeRoomForTests(hook: RoomTestHook): () => void {
  if (localStorage.getItem(TEST_FLAG) !== '1') return () => undefined;
  window.__parleyRoom = hook;
  return () => {
    if (window.__parleyRoom === hook) window.__parleyRoom = undefined;
  };
}
