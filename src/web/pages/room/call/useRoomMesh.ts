import { useEffect, useState, useSyncExternalStore } from 'react';
import { roomLink } from '../../../api/rooms.live';
import type { IceServer } from '../../../../shared/schemas/rooms.schemas';
import type { LocalMedia } from '../media/localMedia';
import { RoomMesh } from './roomMesh';
import { exposeRoomForTests } from './testHook';

/** Joins the room while the calling component is mounted: the mesh of connections to everyone present. */
export function useRoomMesh(chatId: string, iceServers: IceServer[], media: LocalMedia) {
  const [mesh] = useState(() => new RoomMesh(chatId, iceServers, media, roomLink));
  useEffect(() => {
    mesh.start();
    const withdraw = exposeRoomForTests({
      peerConnections: () => mesh.peerConnections(),
      backgroundFrameMs: () => media.backgroundFrameMs(),
    });
    return () => {
      withdraw();
      mesh.stop();
    };
  }, [mesh, media]);
  return useSyncExternalStore(mesh.subscribe, mesh.getSnapshot);
}
