import { Alert, Button, Group, Paper, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  commonLanguages,
  ExperienceLevel,
  experienceLevelLabel,
  TAG_MAX,
  type TalentProfile,
  TalentProfileInput,
} from '../../../shared/schemas/talents.schemas';
import { ApiError } from '../../api/client';
import { schemaErrors } from '../../api/fieldErrors';
import { useSaveMyProfile } from '../../api/talents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import {
  type ProfileFormValues,
  toProfileInput,
  validateProfileForm,
  valuesFromProfile,
} from './profileFormValues';
import { LimitedTagsInput, LimitedTextarea, LimitedTextInput } from '../../components/LengthLimited';

const levelOptions = ExperienceLevel.options.map((level) => ({
  value: level,
  label: experienceLevelLabel[level],
}));

export function ProfileForm({ profile }: { profile: TalentProfile }) {
  const save = useSaveMyProfile();
  const form = useForm<ProfileFormValues>({
    initialValues: valuesFromProfile(profile),
    validate: validateProfileForm,
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = valuesFromProfile(await save.mutateAsync(toProfileInput(values)));
      form.setInitialValues(saved);
      form.setValues(saved);
      form.resetDirty(saved);
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
    }
  });
  const tagHint = 'Press Enter or type a comma after each one.';
  const tagProps = (list: 'languages' | 'topics') => ({
    maxTags: 30,
    maxLength: TAG_MAX,
    // What the server would say of one more entry, before the form is sent.
    entryError: (entry: string) => schemaErrors(TalentProfileInput, { [list]: [entry] })[list],
    ...form.getInputProps(list),
  });
  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <LimitedTextInput label="Name" autoComplete="name" maxLength={120} {...form.getInputProps('name')} />
        <LimitedTextInput
          label="Headline"
          description="One line about you, e.g. “Data engineer moving into machine learning”."
          maxLength={160}
          {...form.getInputProps('headline')}
        />
        <Group grow align="flex-start">
          <LimitedTextInput
            label="Background"
            description="Your field or degree, e.g. “Computer science”."
            maxLength={160}
            {...form.getInputProps('background')}
          />
          <Select
            label="Level of experience"
            description="How long you have worked in your field."
            placeholder="Not specified"
            data={levelOptions}
            clearable
            allowDeselect={false}
            {...form.getInputProps('level')}
          />
        </Group>
        <LimitedTagsInput
          label="Languages"
          description={`Languages you can hold a conversation in. ${tagHint}`}
          data={commonLanguages}
          {...tagProps('languages')}
        />
        <LimitedTagsInput
          label="Topics"
          description={`What you would like to talk about with recruiters. ${tagHint}`}
          {...tagProps('topics')}
        />
        <LimitedTextarea
          label="Short bio"
          autosize
          minRows={4}
          maxRows={12}
          maxLength={2000}
          {...form.getInputProps('bio')}
        />
        <Textarea
          label="Links"
          description="One per line: your portfolio, LinkedIn, GitHub… (up to 10, starting with https://)"
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('links')}
        />
        {save.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status" variant="light">
            Profile saved
          </Alert>
        )}
        <ApiErrorAlert error={save.error} title="Your profile could not be saved" />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
