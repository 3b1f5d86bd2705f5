import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Email } from '../../../../shared/schemas/auth.schemas';
import { ApiError } from '../../../api/client';
import { useRegisterTalent } from '../../../api/registrations';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { LimitedTextInput } from '../../../components/LengthLimited';
import { useT } from '../../../i18n/i18n';

export function RegisterTalentForm({ eventId }: { eventId: string }) {
  const register = useRegisterTalent(eventId);
  const { t } = useT();
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: {
      name: (value) => (value.trim() ? null : t('organizer.form.enterName')),
      email: (value) => (Email.safeParse(value).success ? null : t('organizer.form.enterEmail')),
    },
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (person) => {
    try {
      await register.mutateAsync(person);
      notifications.show({
        color: 'green',
        title: t('organizer.registerTalent.registered.title'),
        message: t('organizer.registerTalent.registered.message', { name: person.name }),
      });
      form.reset();
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
    }
  });
  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <div>
          <Title order={2} fz="h4">
            {t('organizer.registerTalent.title')}
          </Title>
          <Text size="sm" c="dark.6">
            {t('organizer.registerTalent.intro')}
          </Text>
        </div>
        <LimitedTextInput label={t('organizer.form.name')} maxLength={120} {...form.getInputProps('name')} />
        <TextInput label={t('organizer.form.email')} type="email" {...form.getInputProps('email')} />
        <ApiErrorAlert error={register.error} title={t('organizer.registerTalent.error')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('organizer.registerTalent.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
