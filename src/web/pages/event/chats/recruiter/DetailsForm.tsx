import { Alert, Button, Group, MultiSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type RecruiterAvailability,
  RecruiterDetailsInput,
} from '../../../../../shared/schemas/availability.schemas';
import {
  commonLanguages,
  ExperienceLevel,
  experienceLevelLabel,
  TAG_MAX,
} from '../../../../../shared/schemas/talents.schemas';
import { useConfirmAvailability, useSetRecruiterDetails } from '../../../../api/availability';
import { ApiError } from '../../../../api/client';
import { schemaErrors } from '../../../../api/fieldErrors';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { LimitedTagsInput, LimitedTextarea } from '../../../../components/LengthLimited';

type DetailsValues = Required<Omit<RecruiterDetailsInput, 'customQuestion'>> & { customQuestion: string };

const levelOptions = ExperienceLevel.options.map((level) => ({
  value: level,
  label: experienceLevelLabel[level],
}));
const tagHint = 'Press Enter or type a comma after each one.';
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
  const who = isMe ? 'you' : availability.recruiter.name;
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
        title: 'Availability confirmed',
        message: `Talents can request 1-1 chats with ${who} in the open slots.`,
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
            Details (optional)
          </Title>
          <Text size="sm" c="dark.6">
            Tell talents whom {isMe ? 'you would' : `${availability.recruiter.name} would`} like to speak
            with.
          </Text>
        </div>
        <LimitedTagsInput
          label="Background"
          description={`Fields or degrees, e.g. “Computer Science”. ${tagHint}`}
          {...tagProps('backgrounds')}
        />
        <MultiSelect
          label="Level of experience"
          placeholder="Any level"
          data={levelOptions}
          {...form.getInputProps('levels')}
        />
        <LimitedTagsInput
          label="Languages"
          description={`Languages the chat can be held in. ${tagHint}`}
          data={commonLanguages}
          {...tagProps('languages')}
        />
        <LimitedTagsInput
          label="Topics"
          description={`What ${isMe ? 'you' : 'they'} would like to discuss. ${tagHint}`}
          {...tagProps('topics')}
        />
        <LimitedTextarea
          label="Custom question"
          description="Talents answer it when they send a request. It does not filter anyone out."
          autosize
          minRows={2}
          maxLength={CUSTOM_QUESTION_MAX}
          {...form.getInputProps('customQuestion')}
        />
        {approvalSwitch && (
          <Switch
            label="Require approval"
            // Mantine puts the description inside the label: without this, it would be read as part of the name.
            aria-label="Require approval"
            description={`Talents send ${isMe ? 'you' : 'them'} a request instead of booking a free slot directly`}
            {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
          />
        )}
        {confirmed ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            Confirmed — talents can request {who}. Changes to slots and details are live at once; confirm
            again to save edited details.
          </Alert>
        ) : (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            Not confirmed yet: talents cannot request {who} until the availability is confirmed.
          </Alert>
        )}
        {confirmed && form.isDirty() && (
          <Text size="sm" c="dark.6">
            The details have unsaved changes: <strong>Confirm Availability</strong> saves them.
          </Text>
        )}
        {slotsFailed && (
          <Alert color="red" variant="light" role="alert" title="Could not confirm the availability">
            A change of slots could not be saved (see the day above). Check the slots and confirm again.
          </Alert>
        )}
        <ApiErrorAlert error={error} title="Could not confirm the availability" />
        <Group justify="flex-end">
          <Button type="submit" loading={saveDetails.isPending || confirm.isPending || form.submitting}>
            Confirm Availability
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
