import { Alert, Button, Group, MultiSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type RecruiterAvailability,
  RecruiterDetailsInput,
} from '../../../../../shared/schemas/availability.schemas';
import { commonLanguages, ExperienceLevel, TAG_MAX } from '../../../../../shared/schemas/talents.schemas';
import { useConfirmAvailability, useSetRecruiterDetails } from '../../../../api/availability';
import { ApiError } from '../../../../api/client';
import { schemaErrors } from '../../../../api/fieldErrors';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { LimitedTagsInput, LimitedTextarea } from '../../../../components/LengthLimited';
import { useT } from '../../../../i18n/i18n';
import { experienceLevelKeys } from '../../talent-profiles/levelLabels';

type DetailsValues = Required<Omit<RecruiterDetailsInput, 'customQuestion'>> & { customQuestion: string };

const CUSTOM_QUESTION_MAX = 300;

/** What the server would say of one more tag in a list, before the form is sent. */
const tagError = (list: 'backgrounds' | 'languages' | 'topics') => (entry: string) =>
  schemaErrors(RecruiterDetailsInput, { [list]: [entry] })[list];

const valuesOf = ({ details }: RecruiterAvailability): DetailsValues => ({
  backgrounds: details.backgrounds,
  levels: details.levels,
  languages: details.languages,
  topics: details.topics,
  customQuestion: details.customQuestion ?? '',
  requiresApproval: details.requiresApproval,
});

/**
 * Step 2 of the recruiter's journey (docs/DOMAIN.md): who the recruiter would like to meet, then `Confirm Availability`, which publishes them to
 * talents. Slots save on their own; confirming first waits for those saves, then saves these details.
 */
export function DetailsForm({
  id,
  eventId,
  availability,
  approvalSwitch,
  isMe,
  slotsSaved,
}: {
  /** Focused by `Skip to details`. */
  id: string;
  eventId: string;
  availability: RecruiterAvailability;
  /** The event books directly and lets recruiters require approval; elsewhere their choice is kept, not shown. */
  approvalSwitch: boolean;
  isMe: boolean;
  /** Resolves once pending slot saves are done; false if one failed. */
  slotsSaved: () => Promise<boolean>;
}) {
  const { t, rich } = useT();
  const levelOptions = ExperienceLevel.options.map((level) => ({
    value: level,
    label: t(experienceLevelKeys[level]),
  }));
  const recruiterId = availability.recruiter.id;
  const saveDetails = useSetRecruiterDetails(eventId, recruiterId);
  const confirm = useConfirmAvailability(eventId, recruiterId);
  const [error, setError] = useState<unknown>(null);
  const [slotsFailed, setSlotsFailed] = useState(false);
  const form = useForm<DetailsValues>({
    initialValues: valuesOf(availability),
    validate: (values) => schemaErrors(RecruiterDetailsInput, values),
    // A failed confirmation is about what was sent: once the recruiter edits, its alert no longer applies.
    onValuesChange: () => {
      setError(null);
      setSlotsFailed(false);
    },
  });
  const serverValues = JSON.stringify(valuesOf(availability));
  // biome-ignore lint/correctness/useExhaustiveDependencies: only new server values should reset the form
  useEffect(() => {
    // A colleague edited these details meanwhile: show theirs unless this form holds unsaved edits.
    if (!form.isDirty()) {
      const values = JSON.parse(serverValues) as DetailsValues;
      form.setInitialValues(values);
      form.setValues(values);
    }
  }, [serverValues]);

  const confirmed = Boolean(availability.details.confirmedAt);
  // Whom talents would chat with: the viewer (`me`) or a colleague (`name`).
  const who = { who: isMe ? 'me' : 'other', name: availability.recruiter.name };
  const submit = form.onSubmit(async ({ requiresApproval, ...values }) => {
    setError(null);
    setSlotsFailed(false);
    try {
      if (!(await slotsSaved())) {
        setSlotsFailed(true);
        return;
      }
      const saved = await saveDetails.mutateAsync(approvalSwitch ? { ...values, requiresApproval } : values);
      form.setInitialValues(valuesOf(saved));
      form.resetDirty(valuesOf(saved));
      await confirm.mutateAsync();
      notifications.show({
        color: 'green',
        title: t('recruiter.details.confirmedTitle'),
        message: t('recruiter.details.confirmedMessage', who),
      });
    } catch (failure) {
      if (failure instanceof ApiError) form.setErrors(failure.formErrors);
      setError(failure);
    }
  });
  const tagProps = (list: 'backgrounds' | 'languages' | 'topics') => ({
    maxTags: 30,
    maxLength: TAG_MAX,
    entryError: tagError(list),
    ...form.getInputProps(list),
  });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      noValidate
    >
      <Stack>
        <div>
          <Title order={3} fz="h4" id={`${id}-title`}>
            {t('recruiter.details.title')}
          </Title>
          <Text size="sm" c="dark.6">
            {t('recruiter.details.intro', who)}
          </Text>
        </div>
        <LimitedTagsInput
          label={t('recruiter.details.background')}
          description={t('recruiter.details.backgroundHint')}
          {...tagProps('backgrounds')}
        />
        <MultiSelect
          label={t('recruiter.details.level')}
          placeholder={t('recruiter.details.anyLevel')}
          data={levelOptions}
          {...form.getInputProps('levels')}
        />
        <LimitedTagsInput
          label={t('recruiter.details.languages')}
          description={t('recruiter.details.languagesHint')}
          data={commonLanguages}
          {...tagProps('languages')}
        />
        <LimitedTagsInput
          label={t('recruiter.details.topics')}
          description={t('recruiter.details.topicsHint', who)}
          {...tagProps('topics')}
        />
        <LimitedTextarea
          label={t('recruiter.details.customQuestion')}
          description={t('recruiter.details.customQuestionHint')}
          autosize
          minRows={2}
          maxLength={CUSTOM_QUESTION_MAX}
          {...form.getInputProps('customQuestion')}
        />
        {approvalSwitch && (
          <Switch
            label={t('recruiter.details.requireApproval')}
            // Mantine puts the description inside the label: without this, it would be read as part of the name.
            aria-label={t('recruiter.details.requireApproval')}
            description={t('recruiter.details.requireApprovalHint', who)}
            {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
          />
        )}
        {confirmed ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('recruiter.details.confirmed', who)}
          </Alert>
        ) : (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('recruiter.details.notConfirmed', who)}
          </Alert>
        )}
        {confirmed && form.isDirty() && (
          <Text size="sm" c="dark.6">
            {rich('recruiter.details.unsaved', { b: (text) => <strong>{text}</strong> })}
          </Text>
        )}
        {slotsFailed && (
          <Alert color="red" variant="light" role="alert" title={t('recruiter.details.couldNotConfirm')}>
            {t('recruiter.details.slotsFailed')}
          </Alert>
        )}
        <ApiErrorAlert error={error} title={t('recruiter.details.couldNotConfirm')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saveDetails.isPending || confirm.isPending || form.submitting}>
            {t('recruiter.details.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
