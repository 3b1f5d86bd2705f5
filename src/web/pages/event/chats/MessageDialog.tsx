import { Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { LimitedTextarea } from '../../../components/LengthLimited';
import { useT } from '../../../i18n/i18n';

/**
 * A dialog with an optional message to the other side, for a change that cannot be undone from here. Awaited
 * rather than per-call callbacks: the card leaves its tab once the lists refresh, and an unmounted observer skips
 * those callbacks. `children` get the message typed so far, so another way to make the change sends it too.
 */
export function MessageDialog({
  opened,
  onClose,
  title,
  intro,
  submitLabel,
  mutation,
  onDone,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro: string;
  submitLabel: string;
  mutation: { mutateAsync: (message: string) => Promise<unknown>; error: unknown; isPending: boolean };
  onDone: () => void;
  children?: (message: string) => ReactNode;
}) {
  const { t } = useT();
  const [message, setMessage] = useState('');
  // Each opening starts blank: a message belongs to the change it was sent with.
  useEffect(() => {
    if (opened) setMessage('');
  }, [opened]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await mutation.mutateAsync(message);
    } catch {
      return; // shown in the dialog
    }
    onClose();
    onDone();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <Stack component="form" onSubmit={submit}>
        <Text>{intro}</Text>
        <LimitedTextarea
          label={t('event.messageDialog.message')}
          description={t('event.messageDialog.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          data-autofocus
        />
        <ApiErrorAlert error={mutation.error} />
        <DialogActions
          onCancel={onClose}
          cancelLabel={t('event.messageDialog.keep')}
          submitLabel={submitLabel}
          loading={mutation.isPending}
          color="red.8"
        />
        {children?.(message)}
      </Stack>
    </Modal>
  );
}
