import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';

/**
 * A button for a destructive action that asks first. The dialog stays open and shows the error if the action
 * fails, and closes once it succeeded.
 */
export function ConfirmButton({
  children,
  buttonProps,
  ariaLabel,
  title,
  message,
  confirmLabel,
  onConfirm,
}: {
  children: ReactNode;
  buttonProps?: ButtonProps;
  /** The button's accessible name, when its visible text alone is ambiguous (e.g. "Remove" in a table row). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button {...buttonProps} aria-label={ariaLabel} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text>{message}</Text>
          <ApiErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('shell.cancel')}
            </Button>
            <Button color="red.8" loading={pending} onClick={confirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
