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
import { t, useT } from '../../../i18n/i18n';

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
  if (!values.name.trim()) errors.name = t('organizer.registerCompany.enterName');
  const emails = new Set<string>();
  values.recruiters.forEach((row, index) => {
    if (isBlank(row)) return;
    if (!row.name.trim()) errors[`recruiters.${index}.name`] = t('organizer.form.enterName');
    const email = Email.safeParse(row.email);
    if (!email.success) errors[`recruiters.${index}.email`] = t('organizer.form.enterEmail');
    else if (emails.has(email.data))
      errors[`recruiters.${index}.email`] = t('organizer.registerCompany.duplicateEmail');
    else emails.add(email.data);
  });
  return errors;
}

/** Registers a company for the event with its booth and the recruiters to invite; blank rows are ignored. */
export function RegisterCompanyForm({ eventId }: { eventId: string }) {
  const register = useRegisterCompany(eventId);
  const { t } = useT();
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
        title: t('organizer.registerCompany.registered.title', { name: company.name }),
        message: recruiters.length
          ? t('organizer.registerCompany.registered.invited', { count: recruiters.length })
          : t('organizer.registerCompany.registered.noRecruiters'),
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
            {t('organizer.registerCompany.title')}
          </Title>
          <Text size="sm" c="dark.6">
            {t('organizer.registerCompany.intro')}
          </Text>
        </div>
        <LimitedTextInput
          label={t('organizer.registerCompany.companyName')}
          maxLength={120}
          {...form.getInputProps('name')}
        />
        <LimitedTextInput
          label={t('organizer.booth.label')}
          description={t('organizer.registerCompany.boothHint')}
          maxLength={80}
          {...form.getInputProps('booth')}
        />
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('organizer.registerCompany.recruiters')}
          </Text>
          {form.values.recruiters.map((row, index) => (
            <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
              <LimitedTextInput
                id={`recruiter-${row.key}-name`}
                label={t('organizer.registerCompany.recruiterName')}
                flex={1}
                maxLength={120}
                {...form.getInputProps(`recruiters.${index}.name`)}
              />
              <TextInput
                label={t('organizer.registerCompany.recruiterEmail')}
                type="email"
                flex={1}
                {...form.getInputProps(`recruiters.${index}.email`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray.8"
                mt={28}
                size="lg"
                aria-label={t('organizer.registerCompany.removeRow', { number: index + 1 })}
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
            {t('organizer.registerCompany.addRecruiter')}
          </Button>
        </Stack>
        <ApiErrorAlert error={register.error} title={t('organizer.registerCompany.error')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('organizer.registerCompany.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
