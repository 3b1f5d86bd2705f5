import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { useRoom } from '../../api/rooms';
import { InCall } from './call/InCall';
import { rememberCall, rememberedCall } from './media/preferences';
import { useLocalMedia } from './media/useLocalMedia';
import { PreJoin } from './PreJoin';

/** Before joining, who is in the room is asked for now and then (presence messages reach only those inside). */
const PRESENT_REFRESH_MS = 10_000;

/**
 * A room that is open or about to open: the pre-join screen, then the call. The camera and microphone are opened
 * once for both, so what the person set up before joining is what they send. A reload of the tab during the call
 * goes straight back into it, with the camera and microphone as they were.
 */
export function LiveRoom({ room, onEnded }: { room: RoomInfo; onEnded: () => void }) {
  const chatId = room.chat.id;
  const [remembered] = useState(() => rememberedCall(chatId));
  const { media, state } = useLocalMedia({
    cameraOn: remembered?.cameraOn ?? true,
    micOn: remembered?.micOn ?? true,
  });
  const [joined, setJoined] = useState(remembered !== null);
  const navigate = useNavigate();
  useRoom(chatId, joined ? false : PRESENT_REFRESH_MS);
  const { cameraOn, micOn } = state;
  useEffect(() => {
    if (joined) rememberCall({ chatId, cameraOn, micOn });
  }, [joined, chatId, cameraOn, micOn]);

  if (joined && room.status === 'open')
    return (
      <InCall
        room={room}
        media={media}
        state={state}
        onEnded={onEnded}
        onLeave={() => {
          rememberCall(null);
          navigate(`/events/${room.chat.eventId}`);
        }}
      />
    );
  return <PreJoin room={room} media={media} state={state} onJoin={() => setJoined(true)} />;
}
