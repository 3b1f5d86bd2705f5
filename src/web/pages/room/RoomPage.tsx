import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { ApiError } from '../../api/client';
import { useRoom } from '../../api/rooms';
import { msUntilNext } from '../../components/clock';
import { useT } from '../../i18n/i18n';
import { EndedRoom } from './EndedRoom';
import { LiveRoom } from './LiveRoom';
import { rememberCall } from './media/preferences';
import { RoomRefused } from './RoomRefused';

/** Asks the server again when the room opens or ends, so the page changes by itself at that moment. */
function useRecheckAtBoundary(room: RoomInfo | undefined, recheck: () => void): void {
  const boundary = room?.status === 'waiting' ? room.opensAt : room?.status === 'open' ? room.closesAt : null;
  useEffect(() => {
    if (!boundary) return;
    const timer = setTimeout(recheck, msUntilNext([Date.parse(boundary)], Date.now()) ?? 0);
    return () => clearTimeout(timer);
  }, [boundary, recheck]);
}

/** `/room/:chatId`: the chat's video room, full screen. Before joining a pre-join screen; after the end the record. */
export function RoomPage() {
  const { t } = useT();
  const { chatId = '' } = useParams();
  const room = useRoom(chatId);
  useRecheckAtBoundary(room.data, room.refetch);
  const ended = room.data?.status === 'ended';
  useEffect(() => {
    // Nothing to go back into after a reload.
    if (ended) rememberCall(null);
  }, [ended]);
  if (room.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('room.page.loading')} />
      </Center>
    );
  }
  // An in-person chat has no room: its address leads to where to meet, and no camera is asked for.
  if (room.error instanceof ApiError && room.error.code === 'rooms.in_person')
    return <Navigate to={`/meet/${chatId}`} replace />;
  if (!room.data) return <RoomRefused error={room.error} />;
  if (room.data.status === 'ended') return <EndedRoom room={room.data} />;
  return <LiveRoom room={room.data} onEnded={room.refetch} />;
}
