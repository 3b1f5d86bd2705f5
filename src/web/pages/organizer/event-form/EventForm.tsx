import { Button, Divider, Group, Paper, Radio, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import {
  BookingMode,
  EVENT_DESCRIPTION_MAX,
  type Event,
  type EventInput,
  RequestPolicy,
} from '../../../../shared/schemas/events.schemas';
import { ApiError } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { DateField, TimeField } from '../../../components/DateTimeFields';
import { DayFieldset } from './DayFieldset';
import { FairUseRulesFieldset } from './FairUseRulesFieldset';
import {
  type EventFormValues,
  nextDay,
  toEventInput,
  validateEventForm,
  valuesFromEvent,
} from './eventFormValues';
import { TimeZoneSelect } from './TimeZoneSelect';
import { LimitedTextarea, LimitedTextInput } from '../../../components/LengthLimited';
import { type MessageKey, useT } from '../../../i18n/i18n';

const bookingModeLabel: Record<BookingMode, MessageKey> = {
  approval: 'organizer.eventForm.mode.approval',
  direct: 'organizer.eventForm.mode.direct',
};

const bookingModeHint: Record<BookingMode, MessageKey> = {
  approval: 'organizer.eventForm.modeHint.approval',
  direct: 'organizer.eventForm.modeHint.direct',
};

const requestPolicyLabel: Record<RequestPolicy, MessageKey> = {
  talents: 'organizer.eventForm.policy.talents',
  recruiters: 'organizer.eventForm.policy.recruiters',
  both: 'organizer.eventForm.policy.both',
};

/** The booking window's two ends: each a date and a 24-hour time, as the event's days take them. */
const bookingBounds = [
  {
    name: 'bookingsOpenAt',
    label: 'organizer.eventForm.bookingsOpen',
    timeLabel: 'organizer.eventForm.bookingsOpenAt',
  },
  {
    name: 'bookingsCloseAt',
    label: 'organizer.eventForm.bookingsClose',
    timeLabel: 'organizer.eventForm.bookingsCloseAt',
  },
] as const satisfies readonly { name: string; label: MessageKey; timeLabel: MessageKey }[];

/**
 * The event's name, zone, request policy, booking mode, window and fair-use rules, and days; used to create an event
 * and to change it. Checks the shared schema's rules as the organizer types, and puts the server's field errors under
 * the fields they concern.
 */
export function EventForm({
  initialValues,
  submitLabel,
  onSubmit,
}: {
  /**
   * The event as saved. The form follows what the organizer types; a new value (a save from another tab or
   * process, heard live) shows while the form is untouched, and never overwrites what is being typed.
   */
  initialValues: EventFormValues;
  submitLabel: string;
  /** Saves the event and resolves with it as saved (new days then have their ids). */
  onSubmit: (input: EventInput) => Promise<Event>;
}) {
  const { t } = useT();
  const formRef = useRef<HTMLFormElement>(null);
  // Once a submit has failed, every change re-checks the whole form, so cross-field messages stay current.
  const attempted = useRef(false);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<EventFormValues>({
    initialValues,
    validate: validateEventForm,
    validateInputOnBlur: true,
    onValuesChange: (values) => {
      if (attempted.current) form.setErrors(validateEventForm(values));
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for a new saved event only, not for each keystroke.
  useEffect(() => {
    if (form.isDirty()) return;
    form.setInitialValues(initialValues);
    form.setValues(initialValues);
    form.resetDirty(initialValues);
  }, [initialValues]);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const saved = valuesFromEvent(await onSubmit(toEventInput(values)));
        attempted.current = false;
        form.setInitialValues(saved);
        form.setValues(saved);
        form.resetDirty(saved);
      } catch (failure) {
        setError(failure);
        if (failure instanceof ApiError) {
          form.setErrors(failure.formErrors);
          focusFirstError();
        }
      }
    },
    () => {
      attempted.current = true;
      focusFirstError();
    },
  );

  const addDay = () => {
    const day = nextDay(form.values.days.at(-1), form.values.timeZone);
    form.insertListItem('days', day);
    requestAnimationFrame(() => document.getElementById(`day-${day.key}-date`)?.focus());
  };

  const days = form.values.days;
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} fz="h4">
              {t('organizer.eventForm.about')}
            </Title>
            <LimitedTextInput
              label={t('organizer.eventForm.name')}
              maxLength={120}
              {...form.getInputProps('name')}
            />
            <LimitedTextarea
              label={t('organizer.eventForm.description')}
              description={t('organizer.eventForm.descriptionHint')}
              maxLength={EVENT_DESCRIPTION_MAX}
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('description')}
            />
            <TimeZoneSelect
              value={form.values.timeZone}
              onChange={(zone) => form.setFieldValue('timeZone', zone)}
              error={form.errors.timeZone}
            />
            <Radio.Group
              label={t('organizer.eventForm.policy')}
              description={t('organizer.eventForm.policyHint')}
              {...form.getInputProps('requestPolicy')}
            >
              <Stack gap="xs" mt="xs">
                {RequestPolicy.options.map((policy) => (
                  <Radio key={policy} value={policy} label={t(requestPolicyLabel[policy])} />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack>
            <div>
              <Title order={2} fz="h4">
                {t('organizer.eventForm.booking')}
              </Title>
              <Text size="sm" c="dark.6">
                {t('organizer.eventForm.bookingHint')}
              </Text>
            </div>
            <Radio.Group label={t('organizer.eventForm.bookingMode')} {...form.getInputProps('bookingMode')}>
              <Stack gap="xs" mt="xs">
                {BookingMode.options.map((mode) => (
                  <Radio
                    key={mode}
                    value={mode}
                    label={t(bookingModeLabel[mode])}
                    description={t(bookingModeHint[mode])}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {form.values.bookingMode === 'direct' && (
              <Switch
                label={t('organizer.eventForm.mayRequireApproval')}
                description={t('organizer.eventForm.mayRequireApprovalHint')}
                {...form.getInputProps('recruitersMayRequireApproval', { type: 'checkbox' })}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {bookingBounds.map(({ name, label, timeLabel }) => (
                <Group key={name} align="flex-start" gap="sm" wrap="wrap">
                  <DateField
                    label={t(label)}
                    hint={t('organizer.eventForm.bookingBoundHint', { zone: form.values.timeZone })}
                    {...form.getInputProps(`${name}.date`)}
                    // The schema's message on the whole end ("Bookings must close after they open.") shows here.
                    error={form.errors[`${name}.date`] ?? form.errors[name]}
                  />
                  <TimeField
                    label={t(timeLabel)}
                    description={t('organizer.eventForm.eventTimeIn', { zone: form.values.timeZone })}
                    {...form.getInputProps(`${name}.time`)}
                  />
                </Group>
              ))}
            </SimpleGrid>
            <Divider />
            <FairUseRulesFieldset form={form} />
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack>
            <div>
              <Title order={2} fz="h4">
                {t('organizer.eventForm.days')}
              </Title>
              <Text size="sm" c="dark.6">
                {t('organizer.eventForm.daysHint', { zone: form.values.timeZone })}
              </Text>
            </div>
            {days.map((day, index) => (
              <DayFieldset
                key={day.key}
                form={form}
                index={index}
                onRemove={days.length > 1 ? () => form.removeListItem('days', index) : undefined}
              />
            ))}
            {form.errors.days && (
              <Text c="red.8" size="sm">
                {form.errors.days}
              </Text>
            )}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={addDay}
              w="fit-content"
              disabled={days.length >= 31}
            >
              {t('organizer.eventForm.addDay')}
            </Button>
          </Stack>
        </Paper>

        <ApiErrorAlert error={error} title={t('organizer.eventForm.saveError')} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
