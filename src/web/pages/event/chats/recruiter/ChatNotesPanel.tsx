import { Box, Button, Group, Loader, NativeSelect, Stack, TagsInput, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { MAX_TAG_LENGTH, MAX_TAGS_PER_CHAT } from '../../../../../shared/notes/tags';
import {
  type ChatAssessment,
  type ChatNote,
  MAX_NOTE_LENGTH,
  type NextStep,
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
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { CvDownload } from '../../talent-profiles/CvDownload';

const nextStepKeys: Record<NextStep, MessageKey> = {
  invite_to_interview: 'recruiter.notes.nextStep.inviteToInterview',
  keep_in_touch: 'recruiter.notes.nextStep.keepInTouch',
  not_a_fit: 'recruiter.notes.nextStep.notAFit',
  no_show: 'recruiter.notes.nextStep.noShow',
};

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
  const { t } = useT();
  const notes = useChatNotes(eventId, chatId);
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t('recruiter.notes.title')}
      </Title>
      {notes.isPending && <Loader size="sm" aria-label={t('recruiter.notes.loading')} />}
      <ApiErrorAlert error={notes.error} title={t('recruiter.notes.couldNotLoad')} />
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
  const { t } = useT();
  const assess = useAssessChat(eventId, chatId);
  const ratingOptions = [
    { value: '', label: t('recruiter.notes.notRated') },
    ...[1, 2, 3, 4, 5].map((stars) => ({
      value: String(stars),
      label: t('recruiter.notes.stars', { stars }),
    })),
  ];
  const nextStepOptions = [
    { value: '', label: t('recruiter.notes.notDecided') },
    ...nextSteps.map((step) => ({ value: step, label: t(nextStepKeys[step]) })),
  ];
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('recruiter.notes.rating')}
        description={
          assessment.ratedBy ? t('recruiter.notes.ratedBy', { name: assessment.ratedBy.name }) : undefined
        }
        data={ratingOptions}
        value={assessment.rating === null ? '' : String(assessment.rating)}
        disabled={assess.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          assess.mutate({ rating: value ? Number(value) : null });
        }}
      />
      <NativeSelect
        label={t('recruiter.notes.nextStep')}
        data={nextStepOptions}
        value={assessment.nextStep ?? ''}
        disabled={assess.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          assess.mutate({ nextStep: value ? (value as NextStep) : null });
        }}
      />
      <TagsInput
        label={t('recruiter.notes.tags')}
        description={t('recruiter.notes.tagsHint', { max: MAX_TAGS_PER_CHAT, length: MAX_TAG_LENGTH })}
        value={assessment.tags}
        maxTags={MAX_TAGS_PER_CHAT}
        maxLength={MAX_TAG_LENGTH}
        onChange={(tags) => assess.mutate({ tags })}
      />
      {assessment.updatedBy && assessment.updatedAt && (
        <Text size="xs" c="dimmed">
          {t('recruiter.notes.lastChanged', {
            name: assessment.updatedBy.name,
            when: when(assessment.updatedAt),
          })}
        </Text>
      )}
      <ApiErrorAlert error={assess.error} title={t('recruiter.notes.notSaved')} />
    </Stack>
  );
}

function NoteList({ eventId, chatId, notes }: { eventId: string; chatId: string; notes: ChatNote[] }) {
  const { t } = useT();
  if (notes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('recruiter.notes.none')}
      </Text>
    );
  return (
    <Stack gap="sm" aria-label={t('recruiter.notes.listLabel')}>
      {notes.map((note) => (
        <NoteItem key={note.id} eventId={eventId} chatId={chatId} note={note} />
      ))}
    </Stack>
  );
}

function NoteHeader({ note, where }: { note: ChatNote; where?: string }) {
  const { t } = useT();
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={700}>
        {note.author.name}
      </Text>
      <Text size="xs" c="dimmed" component="time" dateTime={note.createdAt}>
        {note.updatedAt !== note.createdAt
          ? t('recruiter.notes.edited', { when: when(note.createdAt) })
          : when(note.createdAt)}
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
  const { t } = useT();
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
            label={t('recruiter.notes.yourNote')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={MAX_NOTE_LENGTH}
          />
          <ApiErrorAlert error={change.error} title={t('recruiter.notes.notSaved')} />
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setDraft(null)}>
              {t('recruiter.cancel')}
            </Button>
            <Button type="submit" size="xs" loading={change.isPending} disabled={!draft.trim()}>
              {t('recruiter.notes.save')}
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
            {t('recruiter.notes.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="compact-xs"
            loading={remove.isPending}
            onClick={() => remove.mutate(note.id)}
          >
            {t('recruiter.notes.delete')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={remove.error} title={t('recruiter.notes.notDeleted')} />
    </Box>
  );
}

function NewNote({ eventId, chatId }: { eventId: string; chatId: string }) {
  const { t } = useT();
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
          label={t('recruiter.notes.newNote')}
          description={t('recruiter.notes.newNoteHint')}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={MAX_NOTE_LENGTH}
        />
        <ApiErrorAlert error={write.error} title={t('recruiter.notes.noteNotSaved')} />
        <Button
          type="submit"
          size="xs"
          loading={write.isPending}
          disabled={!draft.trim()}
          style={{ alignSelf: 'flex-end' }}
        >
          {t('recruiter.notes.add')}
        </Button>
      </Stack>
    </form>
  );
}

function OtherNotes({ notes }: { notes: OtherChatNote[] }) {
  const { t } = useT();
  if (notes.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label={t('recruiter.notes.otherLabel')}>
      <Title order={4} size="h5">
        {t('recruiter.notes.otherTitle')}
      </Title>
      {notes.map((note) => (
        <Box component="article" key={note.id}>
          <NoteHeader
            note={note}
            where={t('recruiter.notes.otherWhere', {
              recruiter: note.chat.recruiter.name,
              event: note.chat.event.name,
            })}
          />
          {noteBody(note.body)}
        </Box>
      ))}
    </Stack>
  );
}
