import { Box, Button, Group, Loader, NativeSelect, Stack, TagsInput, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { MAX_TAG_LENGTH, MAX_TAGS_PER_CHAT } from '../../../../../shared/notes/tags';
import {
  type ChatAssessment,
  type ChatNote,
  MAX_NOTE_LENGTH,
  type NextStep,
  nextStepLabels,
  nextSteps,
  type OtherChatNote,
} from '../../../../../shared/schemas/notes.schemas';
import {
  useAssessChat,
  useChangeNote,
  useChatNotes,
  useDeleteNote,
  useWriteNote,
} from '../../../../api/notes';
import { useWatchEvent } from '../../../../app/watchEvents';
import { useUser } from '../../../../app/session';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { CvDownload } from '../../talent-profiles/CvDownload';

const ratingOptions = [
  { value: '', label: 'Not rated' },
  ...[1, 2, 3, 4, 5].map((stars) => ({ value: String(stars), label: `${stars} of 5` })),
];
const nextStepOptions = [
  { value: '', label: 'Not decided' },
  ...nextSteps.map((step) => ({ value: step, label: nextStepLabels[step] })),
];

const when = (iso: string) => {
  const zone = viewerTimeZone();
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
};

/**
 * What the company's recruiters write down about a chat, during the call (the room's side panel) and afterwards
 * (the chat's page): notes, each its author's to change, one rating, tags and the next step, and the company's notes
 * from its other chats with the same talent. Never shown to the talent.
 */
export function ChatNotesPanel({ eventId, chatId }: { eventId: string; chatId: string }) {
  // A colleague's change arrives on the team's topic of the event.
  useWatchEvent(eventId);
  const notes = useChatNotes(eventId, chatId);
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Notes
      </Title>
      {notes.isPending && <Loader size="sm" aria-label="Loading the notes" />}
      <ApiErrorAlert error={notes.error} title="The notes could not be loaded" />
      {notes.data && (
        <>
          {notes.data.talentCv && (
            <CvDownload eventId={eventId} talentId={notes.data.talentId} cv={notes.data.talentCv} />
          )}
          <Assessment eventId={eventId} chatId={chatId} assessment={notes.data.assessment} />
          <NoteList eventId={eventId} chatId={chatId} notes={notes.data.notes} />
          <NewNote eventId={eventId} chatId={chatId} />
          <OtherNotes notes={notes.data.otherNotes} />
        </>
      )}
    </Stack>
  );
}

function Assessment({
  eventId,
  chatId,
  assessment,
}: {
  eventId: string;
  chatId: string;
  assessment: ChatAssessment;
}) {
  const assess = useAssessChat(eventId, chatId);
  return (
    <Stack gap="xs">
      <NativeSelect
        label="Rating"
        description={assessment.ratedBy ? `Rated by ${assessment.ratedBy.name}` : undefined}
        data={ratingOptions}
        value={assessment.rating === null ? '' : String(assessment.rating)}
        disabled={assess.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          assess.mutate({ rating: value ? Number(value) : null });
        }}
      />
      <NativeSelect
        label="Next step"
        data={nextStepOptions}
        value={assessment.nextStep ?? ''}
        disabled={assess.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          assess.mutate({ nextStep: value ? (value as NextStep) : null });
        }}
      />
      <TagsInput
        label="Tags"
        description={`At most ${MAX_TAGS_PER_CHAT}, each up to ${MAX_TAG_LENGTH} characters; Enter adds one.`}
        value={assessment.tags}
        maxTags={MAX_TAGS_PER_CHAT}
        maxLength={MAX_TAG_LENGTH}
        onChange={(tags) => assess.mutate({ tags })}
      />
      {assessment.updatedBy && assessment.updatedAt && (
        <Text size="xs" c="dimmed">
          Last changed by {assessment.updatedBy.name} on {when(assessment.updatedAt)}
        </Text>
      )}
      <ApiErrorAlert error={assess.error} title="Not saved" />
    </Stack>
  );
}

function NoteList({ eventId, chatId, notes }: { eventId: string; chatId: string; notes: ChatNote[] }) {
  if (notes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No notes on this chat yet.
      </Text>
    );
  return (
    <Stack gap="sm" aria-label="Notes on this chat">
      {notes.map((note) => (
        <NoteItem key={note.id} eventId={eventId} chatId={chatId} note={note} />
      ))}
    </Stack>
  );
}

function NoteHeader({ note, where }: { note: ChatNote; where?: string }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={700}>
        {note.author.name}
      </Text>
      <Text size="xs" c="dimmed" component="time" dateTime={note.createdAt}>
        {when(note.createdAt)}
        {note.updatedAt !== note.createdAt && ' (edited)'}
      </Text>
      {where && (
        <Text size="xs" c="dimmed">
          {where}
        </Text>
      )}
    </Group>
  );
}

const noteBody = (body: string) => (
  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {body}
  </Text>
);

function NoteItem({ eventId, chatId, note }: { eventId: string; chatId: string; note: ChatNote }) {
  const user = useUser();
  const change = useChangeNote(eventId, chatId);
  const remove = useDeleteNote(eventId, chatId);
  const [draft, setDraft] = useState<string | null>(null);
  const own = note.author.id === user.id;
  if (draft !== null)
    return (
      <Box
        component="form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          change.mutate({ noteId: note.id, body: draft }, { onSuccess: () => setDraft(null) });
        }}
      >
        <Stack gap="xs">
          <LimitedTextarea
            label="Your note"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={MAX_NOTE_LENGTH}
          />
          <ApiErrorAlert error={change.error} title="Not saved" />
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={change.isPending} disabled={!draft.trim()}>
              Save note
            </Button>
          </Group>
        </Stack>
      </Box>
    );
  return (
    <Box component="article">
      <NoteHeader note={note} />
      {noteBody(note.body)}
      {own && (
        <Group gap="xs" mt={4}>
          <Button variant="subtle" size="compact-xs" onClick={() => setDraft(note.body)}>
            Edit
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="compact-xs"
            loading={remove.isPending}
            onClick={() => remove.mutate(note.id)}
          >
            Delete
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={remove.error} title="Not deleted" />
    </Box>
  );
}

function NewNote({ eventId, chatId }: { eventId: string; chatId: string }) {
  const write = useWriteNote(eventId, chatId);
  const [draft, setDraft] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim()) write.mutate(draft, { onSuccess: () => setDraft('') });
      }}
    >
      <Stack gap="xs">
        <LimitedTextarea
          label="New note"
          description="Only the recruiters of your company see it."
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={MAX_NOTE_LENGTH}
        />
        <ApiErrorAlert error={write.error} title="The note was not saved" />
        <Button
          type="submit"
          size="xs"
          loading={write.isPending}
          disabled={!draft.trim()}
          style={{ alignSelf: 'flex-end' }}
        >
          Add note
        </Button>
      </Stack>
    </form>
  );
}

function OtherNotes({ notes }: { notes: OtherChatNote[] }) {
  if (notes.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label="Notes from other chats with this talent">
      <Title order={4} size="h5">
        From your company’s other chats with this talent
      </Title>
      {notes.map((note) => (
        <Box component="article" key={note.id}>
          <NoteHeader note={note} where={`${note.chat.recruiter.name}’s chat at ${note.chat.event.name}`} />
          {noteBody(note.body)}
        </Box>
      ))}
    </Stack>
  );
}
