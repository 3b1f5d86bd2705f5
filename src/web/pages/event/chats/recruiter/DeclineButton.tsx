import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { useChatAction } from '../../../../api/chats';
import { ApiError } from '../../../../api/client';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { type MessageKey, useT } from '../../../../i18n/i18n';

/** Reasons a recruiter gives often: one click fills the message, which can then be edited. */
const readyReasons: MessageKey[] = [
  'recruiter.decline.reason.noSlots',
  'recruiter.decline.reason.noMatch',
  'recruiter.decline.reason.colleague',
];

/**
 * `Decline` opens a dialog for a short message (required: the talent is owed a reason) and, optionally, a colleague
 * to suggest instead: one of the same company with confirmed availability, other than the chat's recruiter.
 */
export function DeclineButton({
  chat,
  decline,
  colleagues,
}: {
  chat: Chat;
  decline: ReturnType<typeof useChatAction>['decline'];
  colleagues: readonly TeamMember[];
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const [suggested, setSuggested] = useState<string | null>(null);
  const [missingReason, setMissingReason] = useState(false);
  const reasonsId = useId();
  const options = colleagues
    .filter((member) => member.confirmed && member.recruiter.id !== chat.recruiter.id)
    .map((member) => ({
      value: member.recruiter.id,
      label: member.isMe ? t('recruiter.you', { name: member.recruiter.name }) : member.recruiter.name,
    }));
  // Awaited rather than per-call callbacks: the card leaves the Requests tab once the lists refresh, and an
  // unmounted observer skips those callbacks.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setMissingReason(true);
      return;
    }
    try {
      await decline.mutateAsync({ chatId: chat.id, message, suggestedRecruiterId: suggested });
    } catch {
      return; // shown in the dialog
    }
    close();
    notifications.show({
      color: 'green',
      title: t('recruiter.decline.done'),
      message: t('recruiter.decline.doneMessage', { talent: chat.talent.name }),
    });
  };
  const start = () => {
    decline.reset();
    setMissingReason(false);
    open();
  };
  const write = (text: string) => {
    setMessage(text);
    setMissingReason(false);
  };
  const serverFields = decline.error instanceof ApiError ? decline.error.fields : {};
  const messageError = missingReason ? t('recruiter.decline.reasonRequired') : serverFields.message;
  return (
    <>
      <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={start}>
        {t('recruiter.decline.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('recruiter.decline.title', { talent: chat.talent.name })}
        centered
      >
        <Stack component="form" onSubmit={submit}>
          <Stack gap={6}>
            <Text size="sm" fw={500} id={reasonsId}>
              {t('recruiter.decline.readyReasons')}
            </Text>
            <Group gap={6} role="group" aria-labelledby={reasonsId}>
              {readyReasons.map((key) => {
                const reason = t(key);
                return (
                  <Button
                    key={key}
                    size="compact-sm"
                    variant={message === reason ? 'filled' : 'light'}
                    color="dark"
                    aria-pressed={message === reason}
                    onClick={() => write(reason)}
                    // A reason is a sentence, longer in some languages than the dialog is wide: it wraps.
                    h="auto"
                    py={4}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
                  >
                    {reason}
                  </Button>
                );
              })}
            </Group>
          </Stack>
          <LimitedTextarea
            label={t('recruiter.decline.message')}
            description={t('recruiter.decline.messageHint', { talent: chat.talent.name })}
            withAsterisk
            aria-required
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => write(event.currentTarget.value)}
            error={messageError}
            data-autofocus
          />
          <Select
            label={t('recruiter.decline.suggest')}
            description={
              options.length > 0 ? t('recruiter.decline.suggestHint') : t('recruiter.decline.noColleague')
            }
            placeholder={t('recruiter.decline.noSuggestion')}
            data={options}
            value={suggested}
            onChange={setSuggested}
            disabled={options.length === 0}
            clearable
          />
          {!serverFields.message && (
            <ApiErrorAlert error={decline.error} title={t('recruiter.decline.couldNotDecline')} />
          )}
          <DialogActions
            onCancel={close}
            cancelLabel={t('recruiter.cancel')}
            submitLabel={t('recruiter.decline.button')}
            loading={decline.isPending}
            color="red.8"
          />
        </Stack>
      </Modal>
    </>
  );
}
