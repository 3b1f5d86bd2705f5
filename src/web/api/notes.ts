import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notesApi } from '../../shared/api/notes.contract';
import type { AssessmentInput } from '../../shared/schemas/notes.schemas';
import { call } from './client';
import { noteKeys } from './noteKeys';

export function useChatNotes(eventId: string, chatId: string) {
  return useQuery({
    queryKey: noteKeys.chat(eventId, chatId),
    queryFn: () => call(notesApi.list, { params: { chatId } }),
  });
}

/** Every change refetches the chat's notes: the answer of one write is only part of what the panel shows. */
function useNotesChange<Input>(eventId: string, chatId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noteKeys.chat(eventId, chatId) }),
  });
}

export const useWriteNote = (eventId: string, chatId: string) =>
  useNotesChange(eventId, chatId, (body: string) =>
    call(notesApi.create, { params: { chatId }, body: { body } }),
  );

export const useChangeNote = (eventId: string, chatId: string) =>
  useNotesChange(eventId, chatId, (input: { noteId: string; body: string }) =>
    call(notesApi.update, { params: { noteId: input.noteId }, body: { body: input.body } }),
  );

export const useDeleteNote = (eventId: string, chatId: string) =>
  useNotesChange(eventId, chatId, (noteId: string) => call(notesApi.remove, { params: { noteId } }));

export const useAssessChat = (eventId: string, chatId: string) =>
  useNotesChange(eventId, chatId, (input: AssessmentInput) =>
    call(notesApi.assess, { params: { chatId }, body: input }),
  );
