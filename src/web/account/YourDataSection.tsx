import { AccountSection } from './AccountSection';
import { Button, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi } from '../../shared/api/account.contract';
import { ApiError, call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { DialogActions } from '../components/DialogActions';
import { useT } from '../i18n/i18n';

/** Where the login page says that the account is gone. */
const ACCOUNT_DELETED_LOGIN = '/login?account=deleted';

/**
 * On the Account page: a copy of everything Parley holds about the person, and for talents the deletion of their
 * account (recruiters and organizers are removed by their organisation).
 */
export function YourDataSection({ canDelete }: { canDelete: boolean }) {
  const { t } = useT();
  const [deleting, setDeleting] = useState(false);
  return (
    <AccountSection title={t('account.data.title')} description={t('account.data.description')}>
      <Button component="a" href={accountApi.dataExport.path} download variant="default" w="fit-content">
        {t('account.data.download')}
      </Button>
      {canDelete && (
        <>
          <Button color="red" variant="outline" w="fit-content" onClick={() => setDeleting(true)}>
            {t('account.delete.button')}
          </Button>
          <DeleteAccountDialog opened={deleting} onClose={() => setDeleting(false)} />
        </>
      )}
    </AccountSection>
  );
}

function DeleteAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : t('account.delete.enterPassword')) },
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
    <Modal opened={opened} onClose={close} title={t('account.delete.title')} centered>
      <form onSubmit={form.onSubmit((values) => remove.mutate(values))} noValidate>
        <Stack>
          <Text size="sm">{t('account.delete.intro')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('account.delete.chats')}</List.Item>
            <List.Item>{t('account.delete.deleted')}</List.Item>
            <List.Item>{t('account.delete.pastChats')}</List.Item>
            <List.Item>{t('account.delete.signedOut')}</List.Item>
          </List>
          <Text size="sm">{t('account.delete.downloadFirst')}</Text>
          {!passwordError && <ApiErrorAlert error={remove.error} />}
          <PasswordInput
            label={t('account.delete.password')}
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps('password')}
            error={form.errors.password ?? passwordError}
          />
          <DialogActions
            onCancel={close}
            submitLabel={t('account.delete.submit')}
            color="red"
            loading={remove.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
