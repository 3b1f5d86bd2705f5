import { Alert, Button, Group, Paper, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  commonLanguages,
  ExperienceLevel,
  TAG_MAX,
  type TalentProfile,
  TalentProfileInput,
} from '../../../shared/schemas/talents.schemas';
import { ApiError } from '../../api/client';
import { schemaErrors } from '../../api/fieldErrors';
import { useSaveMyProfile } from '../../api/talents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/i18n';
import { experienceLevelKey } from '../experienceLevelKey';
import {
  type ProfileFormValues,
  toProfileInput,
  validateProfileForm,
  valuesFromProfile,
} from './profileFormValues';
import { LimitedTagsInput, LimitedTextarea, LimitedTextInput } from '../../components/LengthLimited';

export function ProfileForm({ profile }: { profile: TalentProfile }) {
  const { t } = useT();
  const levelOptions = ExperienceLevel.options.map((level) => ({
    value: level,
    label: t(experienceLevelKey[level]),
  }));
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
        <LimitedTextInput
          label={t('talent.profile.name')}
          autoComplete="name"
          maxLength={120}
          {...form.getInputProps('name')}
        />
        <LimitedTextInput
          label={t('talent.profile.headline')}
          description={t('talent.profile.headlineDescription')}
          maxLength={160}
          {...form.getInputProps('headline')}
        />
        <Group grow align="flex-start">
          <LimitedTextInput
            label={t('talent.profile.background')}
            description={t('talent.profile.backgroundDescription')}
            maxLength={160}
            {...form.getInputProps('background')}
          />
          <Select
            label={t('talent.profile.level')}
            description={t('talent.profile.levelDescription')}
            placeholder={t('talent.profile.levelNotSpecified')}
            data={levelOptions}
            clearable
            allowDeselect={false}
            {...form.getInputProps('level')}
          />
        </Group>
        <LimitedTagsInput
          label={t('talent.profile.languages')}
          description={t('talent.profile.languagesDescription')}
          data={commonLanguages}
          {...tagProps('languages')}
        />
        <LimitedTagsInput
          label={t('talent.profile.topics')}
          description={t('talent.profile.topicsDescription')}
          {...tagProps('topics')}
        />
        <LimitedTextarea
          label={t('talent.profile.bio')}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={2000}
          {...form.getInputProps('bio')}
        />
        <Textarea
          label={t('talent.profile.links')}
          description={t('talent.profile.linksDescription')}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('links')}
        />
        {save.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status" variant="light">
            {t('talent.profile.saved')}
          </Alert>
        )}
        <ApiErrorAlert error={save.error} title={t('talent.profile.notSaved')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('talent.profile.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
