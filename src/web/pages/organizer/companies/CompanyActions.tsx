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

type Props = { eventId: string; company: RegisteredCompany };

function EditBooth({ eventId, company }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const update = useUpdateBooth(eventId);
  const form = useForm({ initialValues: { booth: company.booth } });
  const submit = form.onSubmit(async ({ booth }) => {
    try {
      await update.mutateAsync({ companyId: company.id, booth });
      notifications.show({
        color: 'green',
        title: 'Booth updated',
        message: `${company.name}: ${booth || 'no booth'}`,
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
        aria-label={`Edit booth of ${company.name}`}
        onClick={() => {
          form.setValues({ booth: company.booth });
          update.reset();
          open();
        }}
      >
        Edit booth
      </Button>
      <Modal opened={opened} onClose={close} title={`Booth of ${company.name}`} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextInput
              label="Booth or table"
              description="Shown to talents on in-person days. Leave empty for none."
              maxLength={80}
              data-autofocus
              {...form.getInputProps('booth')}
            />
            <ApiErrorAlert error={update.error} />
            <DialogActions onCancel={close} submitLabel="Save booth" loading={update.isPending} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function InviteRecruiter({ eventId, company }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const add = useAddRecruiter(eventId);
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name.'),
      email: (value) => (Email.safeParse(value).success ? null : 'Enter a valid email address.'),
    },
  });
  const submit = form.onSubmit(async (person) => {
    try {
      await add.mutateAsync({ companyId: company.id, person });
      notifications.show({
        color: 'green',
        title: 'Recruiter invited',
        message: `${person.name} joins ${company.name}; an invitation is on its way to ${person.email}.`,
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
        aria-label={`Invite a recruiter to ${company.name}`}
        onClick={() => {
          form.reset();
          add.reset();
          open();
        }}
      >
        Invite recruiter
      </Button>
      <Modal opened={opened} onClose={close} title={`Invite a recruiter to ${company.name}`} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextInput label="Name" maxLength={120} data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Email" type="email" {...form.getInputProps('email')} />
            <ApiErrorAlert error={add.error} />
            <DialogActions onCancel={close} submitLabel="Send invitation" loading={add.isPending} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** What an organizer can do with a registered company: booth, another recruiter, or removal (asked first). */
export function CompanyActions({ eventId, company }: Props) {
  const remove = useRemoveCompany(eventId);
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
        ariaLabel={`Remove ${company.name}`}
        title={`Remove ${company.name}?`}
        message={`${company.name} and its recruiters will no longer take part in this event. Their accounts stay, and you can register the company again later.`}
        confirmLabel="Remove company"
        onConfirm={async () => {
          await remove.mutateAsync(company.id);
          notifications.show({
            color: 'green',
            title: 'Company removed',
            message: `${company.name} was removed.`,
          });
        }}
      >
        Remove
      </ConfirmButton>
    </Group>
  );
}
