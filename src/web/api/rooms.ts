import { type InfiniteData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roomsApi } from '../../shared/api/rooms.contract';
import type { MessagePage } from '../../shared/schemas/paging.schemas';
import type { RoomMessage } from '../../shared/schemas/rooms.schemas';
import { ApiError, call } from './client';
import { usePagedMessages, withSentMessage } from './messages';

/** Keys under `['rooms', chatId]`, so live room messages refresh them (see api/rooms.live.ts). */
export const roomKeys = {
  room: (chatId: string) => ['rooms', chatId] as const,
  messages: (chatId: string) => ['rooms', chatId, 'messages'] as const,
  attendance: (chatId: string) => ['rooms', chatId, 'attendance'] as const,
};

/** A refusal (not a participant, no confirmed time) will not change by asking again. */
const retryUnlessRefused = (failures: number, error: Error) =>
  !(error instanceof ApiError && error.status < 500) && failures < 1;

/** `refetchIntervalMs`: for a page that should notice who enters without being in the room itself. */
export function useRoom(chatId: string, refetchIntervalMs: number | false = false) {
  return useQuery({
    queryKey: roomKeys.room(chatId),
    queryFn: () => call(roomsApi.get, { params: { chatId } }),
    retry: retryUnlessRefused,
    refetchInterval: refetchIntervalMs,
  });
}

export function useRoomMessages(chatId: string) {
  return usePagedMessages(
    roomKeys.messages(chatId),
    (before) => call(roomsApi.messages, { params: { chatId }, query: { before } }),
    { retry: retryUnlessRefused },
  );
}

export function useSendRoomMessage(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => call(roomsApi.postMessage, { params: { chatId }, body: { body } }),
    // The writer sees the message at once; everyone else hears of it through `room.message`.
    onSuccess: (message) => {
      queryClient.setQueryData<InfiniteData<MessagePage<RoomMessage>, string | undefined>>(
        roomKeys.messages(chatId),
        (data) => withSentMessage(data, message),
      );
    },
  });
}

export function useRoomAttendance(chatId: string) {
  return useQuery({
    queryKey: roomKeys.attendance(chatId),
    queryFn: () => call(roomsApi.attendance, { params: { chatId } }).then((r) => r.attendance),
    retry: retryUnlessRefused,
  });
}
