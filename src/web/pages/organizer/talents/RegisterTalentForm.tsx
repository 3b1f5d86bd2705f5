import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Email } from '../../../../shared/schemas/auth.schemas';
import { ApiError } from '../../../api/client';
import { useRegisterTalent } from '../../../api/registrations';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { LimitedTextInput } from '../../../components/LengthLimited';

export function RegisterTalentForm({ eventId }: { eventId: string }) {
  const register = useRegisterTalent(eventId);
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name.'),
      email: (value) => (Email.safeParse(value).success ? null : 'Enter a valid email address.'),
    },
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (person) => {
    try {
      await register.mutateAsync(person);
      notifications.show({
        color: 'green',
        title: 'Talent registered',
        message: `${person.name} can now take part; new accounts get an invitation by email.`,
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
            Register a talent
          </Title>
          <Text size="sm" c="dark.6">
            Someone new gets an email invitation to set a password and fill in their profile.
          </Text>
        </div>
        <LimitedTextInput label="Name" maxLength={120} {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
        <ApiErrorAlert error={register.error} title="The talent could not be registered" />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Register talent
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
