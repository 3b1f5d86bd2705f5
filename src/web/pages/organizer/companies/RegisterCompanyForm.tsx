import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Email } from '../../../../shared/schemas/auth.schemas';
import { ApiError } from '../../../api/client';
import { useRegisterCompany } from '../../../api/registrations';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { LimitedTextInput } from '../../../components/LengthLimited';

interface RecruiterRow {
  key: string;
  name: string;
  email: string;
}

interface Values {
  name: string;
  booth: string;
  recruiters: RecruiterRow[];
}

const emptyRow = (): RecruiterRow => ({ key: randomId(), name: '', email: '' });
const isBlank = (row: RecruiterRow) => !row.name.trim() && !row.email.trim();

function validate(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter the company name.';
  const emails = new Set<string>();
  values.recruiters.forEach((row, index) => {
    if (isBlank(row)) return;
    if (!row.name.trim()) errors[`recruiters.${index}.name`] = 'Enter a name.';
    const email = Email.safeParse(row.email);
    if (!email.success) errors[`recruiters.${index}.email`] = 'Enter a valid email address.';
    else if (emails.has(email.data))
      errors[`recruiters.${index}.email`] = 'This email is already in the list.';
    else emails.add(email.data);
  });
  return errors;
}

/** Registers a company for the event with its booth and the recruiters to invite; blank rows are ignored. */
export function RegisterCompanyForm({ eventId }: { eventId: string }) {
  const register = useRegisterCompany(eventId);
  const form = useForm<Values>({
    initialValues: { name: '', booth: '', recruiters: [emptyRow()] },
    validate,
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (values) => {
    const recruiters = values.recruiters
      .filter((row) => !isBlank(row))
      .map(({ name, email }) => ({ name, email }));
    try {
      const company = await register.mutateAsync({ name: values.name, booth: values.booth, recruiters });
      notifications.show({
        color: 'green',
        title: `${company.name} registered`,
        message: recruiters.length
          ? `Invitations are on their way to ${recruiters.length} ${recruiters.length === 1 ? 'recruiter' : 'recruiters'}.`
          : 'Add its recruiters from the list of companies when you know them.',
      });
      form.reset();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
    }
  });
  const addRow = () => {
    const row = emptyRow();
    form.insertListItem('recruiters', row);
    requestAnimationFrame(() => document.getElementById(`recruiter-${row.key}-name`)?.focus());
  };
  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <div>
          <Title order={2} fz="h4">
            Register a company
          </Title>
          <Text size="sm" c="dark.6">
            Its recruiters get an email invitation to set their password and join the event.
          </Text>
        </div>
        <LimitedTextInput label="Company name" maxLength={120} {...form.getInputProps('name')} />
        <LimitedTextInput
          label="Booth or table"
          description="Where to find the company on in-person days (optional)."
          maxLength={80}
          {...form.getInputProps('booth')}
        />
        <Stack gap="xs">
          <Text fw={500} size="sm">
            Recruiters
          </Text>
          {form.values.recruiters.map((row, index) => (
            <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
              <LimitedTextInput
                id={`recruiter-${row.key}-name`}
                label="Recruiter name"
                flex={1}
                maxLength={120}
                {...form.getInputProps(`recruiters.${index}.name`)}
              />
              <TextInput
                label="Recruiter email"
                type="email"
                flex={1}
                {...form.getInputProps(`recruiters.${index}.email`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray.8"
                mt={28}
                size="lg"
                aria-label={`Remove recruiter row ${index + 1}`}
                onClick={() => form.removeListItem('recruiters', index)}
                disabled={form.values.recruiters.length === 1}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={addRow}
            w="fit-content"
          >
            Add recruiter
          </Button>
        </Stack>
        <ApiErrorAlert error={register.error} title="The company could not be registered" />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Register company
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
