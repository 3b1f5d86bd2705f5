import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { Email } from '../../../../shared/schemas/auth.schemas';
import type { RegisteredCompany } from '../../../../shared/schemas/registrations.schemas';
import { ApiError } from '../../../api/client';
import { useAddRecruiter, useRemoveCompany, useUpdateBooth } from '../../../api/registrations';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DialogActions } from '../../../components/DialogActions';
import { LimitedTextInput } from '../../../components/LengthLimited';
import { useT } from '../../../i18n/i18n';

type Props = { eventId: string; company: RegisteredCompany };

function EditBooth({ eventId, company }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const update = useUpdateBooth(eventId);
  const { t } = useT();
  const form = useForm({ initialValues: { booth: company.booth } });
  const submit = form.onSubmit(async ({ booth }) => {
    try {
      await update.mutateAsync({ companyId: company.id, booth });
      notifications.show({
        color: 'green',
        title: t('organizer.companyActions.boothUpdated.title'),
        message: booth
          ? t('organizer.companyActions.boothUpdated.message', { company: company.name, booth })
          : t('organizer.companyActions.boothUpdated.none', { company: company.name }),
      });
      close();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
    }
  });
  return (
    <>
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={t('organizer.companyActions.editBoothLabel', { company: company.name })}
        onClick={() => {
          form.setValues({ booth: company.booth });
          update.reset();
          open();
        }}
      >
        {t('organizer.companyActions.editBooth')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('organizer.companyActions.boothOf', { company: company.name })}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextInput
              label={t('organizer.booth.label')}
              description={t('organizer.companyActions.boothHint')}
              maxLength={80}
              data-autofocus
              {...form.getInputProps('booth')}
            />
            <ApiErrorAlert error={update.error} />
            <DialogActions
              onCancel={close}
              submitLabel={t('organizer.companyActions.saveBooth')}
              loading={update.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function InviteRecruiter({ eventId, company }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const add = useAddRecruiter(eventId);
  const { t } = useT();
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: {
      name: (value) => (value.trim() ? null : t('organizer.form.enterName')),
      email: (value) => (Email.safeParse(value).success ? null : t('organizer.form.enterEmail')),
    },
  });
  const submit = form.onSubmit(async (person) => {
    try {
      await add.mutateAsync({ companyId: company.id, person });
      notifications.show({
        color: 'green',
        title: t('organizer.companyActions.invited.title'),
        message: t('organizer.companyActions.invited.message', {
          name: person.name,
          company: company.name,
          email: person.email,
        }),
      });
      close();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
    }
  });
  return (
    <>
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconUserPlus size={14} aria-hidden />}
        aria-label={t('organizer.companyActions.inviteTitle', { company: company.name })}
        onClick={() => {
          form.reset();
          add.reset();
          open();
        }}
      >
        {t('organizer.companyActions.invite')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('organizer.companyActions.inviteTitle', { company: company.name })}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextInput
              label={t('organizer.form.name')}
              maxLength={120}
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput label={t('organizer.form.email')} type="email" {...form.getInputProps('email')} />
            <ApiErrorAlert error={add.error} />
            <DialogActions
              onCancel={close}
              submitLabel={t('organizer.companyActions.sendInvitation')}
              loading={add.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** What an organizer can do with a registered company: booth, another recruiter, or removal (asked first). */
export function CompanyActions({ eventId, company }: Props) {
  const remove = useRemoveCompany(eventId);
  const { t } = useT();
  return (
    <Group gap="xs" justify="flex-end">
      <EditBooth eventId={eventId} company={company} />
      <InviteRecruiter eventId={eventId} company={company} />
      <ConfirmButton
        buttonProps={{
          variant: 'subtle',
          color: 'red.8',
          size: 'compact-sm',
          leftSection: <IconTrash size={14} aria-hidden />,
        }}
        ariaLabel={t('organizer.companyActions.removeLabel', { company: company.name })}
        title={t('organizer.companyActions.removeTitle', { company: company.name })}
        message={t('organizer.companyActions.removeMessage', { company: company.name })}
        confirmLabel={t('organizer.companyActions.removeConfirm')}
        onConfirm={async () => {
          await remove.mutateAsync(company.id);
          notifications.show({
            color: 'green',
            title: t('organizer.companyActions.removed.title'),
            message: t('organizer.companyActions.removed.message', { company: company.name }),
          });
        }}
      >
        {t('organizer.action.remove')}
      </ConfirmButton>
    </Group>
  );
}
