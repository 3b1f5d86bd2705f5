import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, type ReactNode, useState } from 'react';
import { SUPPORT_MESSAGE_MAX } from '../../shared/schemas/support.schemas';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LimitedTextarea } from '../components/LengthLimited';
import { useT } from '../i18n/i18n';

/**
 * A message box for the support conversation: the asker's and the agent's, each with its own words (the room's
 * text chat on the same page says `Message` and `Send`). Ctrl+Enter or ⌘+Enter sends too; Enter adds a line.
 */
export function SupportMessageForm({
  label,
  submitLabel,
  send,
  error,
  pending,
  extraActions,
}: {
  label: string;
  submitLabel: string;
  send: (body: string) => Promise<unknown>;
  error: unknown;
  pending: boolean;
  /** Further buttons beside the submit one, e.g. closing the conversation. */
  extraActions?: ReactNode;
}) {
  const { t } = useT();
  const [body, setBody] = useState('');
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim() || pending) return;
    try {
      await send(body);
    } catch {
      return; // shown below the box; the text stays for another try
    }
    setBody('');
  };
  const sendOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <LimitedTextarea
        label={label}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={SUPPORT_MESSAGE_MAX}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={sendOnCtrlEnter}
      />
      <ApiErrorAlert error={error} title={t('support.form.notSent')} />
      <Group justify="flex-end">
        {extraActions}
        <Button type="submit" loading={pending} disabled={!body.trim()}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
