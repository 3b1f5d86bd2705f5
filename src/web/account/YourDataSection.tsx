import { Button, List, Modal, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi } from '../../shared/api/account.contract';
import { ApiError, call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { DialogActions } from '../components/DialogActions';

/** Where the login page says that the account is gone. */
const ACCOUNT_DELETED_LOGIN = '/login?account=deleted';

/**
 * On the Account page: a copy of everything Parley holds about the person, and for talents the deletion of their
 * account (recruiters and organizers are removed by their organisation).
 */
export function YourDataSection({ canDelete }: { canDelete: boolean }) {
  const [deleting, setDeleting] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Your data
        </Title>
        <Text size="sm" c="dimmed">
          A file (JSON) with everything Parley holds about you: your account, profile, events, chats with
          their history, messages, notifications and safety choices. Your CV downloads from your profile.
        </Text>
        <Button component="a" href={accountApi.dataExport.path} download variant="default" w="fit-content">
          Download my data
        </Button>
        {canDelete && (
          <>
            <Button color="red" variant="outline" w="fit-content" onClick={() => setDeleting(true)}>
              Delete account
            </Button>
            <DeleteAccountDialog opened={deleting} onClose={() => setDeleting(false)} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function DeleteAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : 'Enter your password to confirm.') },
  });
  const remove = useMutation({
    mutationFn: (values: typeof form.values) => call(accountApi.deleteAccount, { body: values }),
    // A whole new page: nothing of the person stays in memory, and the server has ended the session already.
    onSuccess: () => window.location.replace(ACCOUNT_DELETED_LOGIN),
  });
  const passwordError = remove.error instanceof ApiError ? remove.error.fields.password : undefined;
  const close = () => {
    form.reset();
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete your account?" centered>
      <form onSubmit={form.onSubmit((values) => remove.mutate(values))} noValidate>
        <Stack>
          <Text size="sm">This cannot be undone. When you delete your account:</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              Your requests and booked chats still to come are cancelled, and the recruiters are told.
            </List.Item>
            <List.Item>
              Your profile, CV, favourites, waitlist places, support conversations and notifications are
              deleted.
            </List.Item>
            <List.Item>
              Past chats stay with the recruiters for their records, shown as “Deleted talent”; what you wrote
              in them is removed.
            </List.Item>
            <List.Item>You are signed out, and nobody can sign in to the account again.</List.Item>
          </List>
          <Text size="sm">Download your data first if you want a copy.</Text>
          {!passwordError && <ApiErrorAlert error={remove.error} />}
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps('password')}
            error={form.errors.password ?? passwordError}
          />
          <DialogActions
            onCancel={close}
            submitLabel="Delete account"
            color="red"
            loading={remove.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
