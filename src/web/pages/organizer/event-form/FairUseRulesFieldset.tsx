import { Fieldset, NumberInput, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { noShowAfterBounds } from '../../../../shared/booking/attendance';
import { type BookingRuleName, bookingRuleBounds } from '../../../../shared/booking/fair-use';
import { offerHoldBounds } from '../../../../shared/booking/limits';
import { BookingRulesInput } from '../../../../shared/schemas/events.schemas';
import { RuleSentences } from '../../../components/RuleSentences';
import { type EventFormValues, rulesOfValues } from './eventFormValues';

interface RuleField {
  name: BookingRuleName;
  /** With the unit, so the number needs no guessing. */
  label: string;
  /** What the rule prevents. */
  description: string;
  placeholder?: string;
}

/** The rules as the organizer thinks of them: whom each one binds. */
const ruleGroups: { legend: string; fields: RuleField[] }[] = [
  {
    legend: 'Talents',
    fields: [
      {
        name: 'maxChatsPerTalent',
        label: 'Max chats per talent',
        description: 'Stops a few talents taking every slot.',
      },
      {
        name: 'maxChatsPerTalentPerDay',
        label: 'Max chats per talent a day',
        description: 'Leaves slots on each day for other talents.',
      },
      {
        name: 'maxOpenRequestsPerTalent',
        label: 'Max open requests per talent',
        description: 'Stops a talent asking every recruiter at once.',
      },
      {
        name: 'minGapMinutes',
        label: 'Minimum gap between chats (minutes)',
        description:
          "Time for a talent to get from one chat to the next; recruiters' invitations keep it too.",
        placeholder: 'No gap',
      },
      {
        name: 'minNoticeHours',
        label: 'Minimum notice (hours)',
        description: 'Stops chats being booked minutes before they start.',
      },
      {
        name: 'requestCutoffHours',
        label: 'Request cut-off (hours before the event)',
        description: 'Leaves recruiters time to answer requests before the first day opens.',
      },
    ],
  },
  {
    legend: 'Recruiters',
    fields: [
      {
        name: 'maxChatsPerRecruiterPerDay',
        label: 'Max chats per recruiter a day',
        description: "Keeps a recruiter's day manageable; talents cannot book past it.",
      },
      {
        name: 'breakAfterChats',
        label: 'Break after chats in a row',
        description: 'After this many chats back to back, talents cannot book the time of the break.',
        placeholder: 'No break',
      },
      {
        name: 'breakMinutes',
        label: 'Break length (minutes)',
        description: 'Set together with the number of chats before a break.',
        placeholder: 'No break',
      },
    ],
  },
  {
    legend: 'No-shows',
    fields: [
      {
        name: 'noShowLimit',
        label: 'No-show limit',
        description: 'After this many no-shows a talent cannot request or book more chats here.',
      },
    ],
  },
  {
    legend: 'Changes by talents',
    fields: [
      {
        name: 'changeCutoffHours',
        label: 'Reschedule and cancel cut-off (hours before a chat)',
        description: 'Stops last-minute drop-outs that leave a slot too late to fill.',
      },
      {
        name: 'maxReschedulesPerChat',
        label: 'Max reschedules per chat',
        description: 'Stops a chat moving again and again; 0 allows none.',
      },
    ],
  },
];

/** When a talent who did not check in counts as a no-show, and whether the clock marks it. */
function NoShowFields({ form }: { form: UseFormReturnType<EventFormValues> }) {
  return (
    <>
      <NumberInput
        label="No-show after (minutes)"
        description="A talent not checked in this long after a chat's start may be marked a no-show."
        min={noShowAfterBounds.min}
        max={noShowAfterBounds.max}
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('noShowAfterMinutes')}
      />
      <Switch
        label="Mark no-shows automatically"
        description="Otherwise the recruiter marks them with Mark no-show."
        {...form.getInputProps('autoMarkNoShows', { type: 'checkbox' })}
      />
    </>
  );
}

/**
 * The event's fair-use rules, one number field each (empty: the rule is off), grouped by whom they bind, and what
 * talents and recruiters will read of them on the `1-1 Chats` tab.
 */
export function FairUseRulesFieldset({ form }: { form: UseFormReturnType<EventFormValues> }) {
  const rules = BookingRulesInput.safeParse(rulesOfValues(form.values.rules));
  return (
    <Stack>
      <div>
        <Title order={3} fz="h5">
          Fair-use rules
        </Title>
        <Text size="sm" c="dark.6">
          Limits that keep booking fair. Leave a field empty for no limit; the server applies them to every
          booking.
        </Text>
      </div>
      {ruleGroups.map((group) => (
        <Fieldset
          key={group.legend}
          legend={group.legend}
          radius="md"
          styles={{ legend: { fontWeight: 700 } }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {group.fields.map((field) => (
              <NumberInput
                key={field.name}
                label={field.label}
                description={field.description}
                placeholder={field.placeholder ?? 'No limit'}
                min={bookingRuleBounds[field.name].min}
                max={bookingRuleBounds[field.name].max}
                // An out-of-range number stays as typed and is explained on the field, rather than changed unseen.
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`rules.${field.name}`)}
              />
            ))}
            {group.legend === 'No-shows' && <NoShowFields form={form} />}
          </SimpleGrid>
        </Fieldset>
      ))}
      <Fieldset legend="Waitlist offers" radius="md" styles={{ legend: { fontWeight: 700 } }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Offer hold (minutes)"
            description="How long a freed time stays held for the first talent on a recruiter's waitlist."
            min={offerHoldBounds.min}
            max={offerHoldBounds.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('offerHolds.offerHoldMinutes')}
          />
          <NumberInput
            label="Offer hold on the event's days (minutes)"
            description="Shorter once the event runs, so a freed time reaches someone before it starts."
            min={offerHoldBounds.min}
            max={offerHoldBounds.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('offerHolds.offerHoldMinutesOnEventDays')}
          />
        </SimpleGrid>
      </Fieldset>
      {rules.success && (
        <RuleSentences rules={rules.data} title="What talents and recruiters read on the 1-1 Chats tab" />
      )}
    </Stack>
  );
}
