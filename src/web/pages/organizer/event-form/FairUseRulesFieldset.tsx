import { Fieldset, NumberInput, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { noShowAfterBounds } from '../../../../shared/booking/attendance';
import { type BookingRuleName, bookingRuleBounds } from '../../../../shared/booking/fair-use';
import { offerHoldBounds } from '../../../../shared/booking/limits';
import { BookingRulesInput } from '../../../../shared/schemas/events.schemas';
import { RuleSentences } from '../../../components/RuleSentences';
import { type MessageKey, useT } from '../../../i18n/i18n';
import { type EventFormValues, rulesOfValues } from './eventFormValues';

interface RuleField {
  name: BookingRuleName;
  /** With the unit, so the number needs no guessing. */
  label: MessageKey;
  /** What the rule prevents. */
  description: MessageKey;
  placeholder?: MessageKey;
}

/** The rules as the organizer thinks of them: whom each one binds. */
const ruleGroups: {
  id: 'talents' | 'recruiters' | 'noShows' | 'changes';
  legend: MessageKey;
  fields: RuleField[];
}[] = [
  {
    id: 'talents',
    legend: 'organizer.rules.group.talents',
    fields: [
      {
        name: 'maxChatsPerTalent',
        label: 'organizer.rules.maxChatsPerTalent.label',
        description: 'organizer.rules.maxChatsPerTalent.description',
      },
      {
        name: 'maxChatsPerTalentPerDay',
        label: 'organizer.rules.maxChatsPerTalentPerDay.label',
        description: 'organizer.rules.maxChatsPerTalentPerDay.description',
      },
      {
        name: 'maxOpenRequestsPerTalent',
        label: 'organizer.rules.maxOpenRequestsPerTalent.label',
        description: 'organizer.rules.maxOpenRequestsPerTalent.description',
      },
      {
        name: 'minGapMinutes',
        label: 'organizer.rules.minGapMinutes.label',
        description: 'organizer.rules.minGapMinutes.description',
        placeholder: 'organizer.rules.minGapMinutes.placeholder',
      },
      {
        name: 'minNoticeHours',
        label: 'organizer.rules.minNoticeHours.label',
        description: 'organizer.rules.minNoticeHours.description',
      },
      {
        name: 'requestCutoffHours',
        label: 'organizer.rules.requestCutoffHours.label',
        description: 'organizer.rules.requestCutoffHours.description',
      },
    ],
  },
  {
    id: 'recruiters',
    legend: 'organizer.rules.group.recruiters',
    fields: [
      {
        name: 'maxChatsPerRecruiterPerDay',
        label: 'organizer.rules.maxChatsPerRecruiterPerDay.label',
        description: 'organizer.rules.maxChatsPerRecruiterPerDay.description',
      },
      {
        name: 'breakAfterChats',
        label: 'organizer.rules.breakAfterChats.label',
        description: 'organizer.rules.breakAfterChats.description',
        placeholder: 'organizer.rules.noBreak',
      },
      {
        name: 'breakMinutes',
        label: 'organizer.rules.breakMinutes.label',
        description: 'organizer.rules.breakMinutes.description',
        placeholder: 'organizer.rules.noBreak',
      },
    ],
  },
  {
    id: 'noShows',
    legend: 'organizer.rules.group.noShows',
    fields: [
      {
        name: 'noShowLimit',
        label: 'organizer.rules.noShowLimit.label',
        description: 'organizer.rules.noShowLimit.description',
      },
    ],
  },
  {
    id: 'changes',
    legend: 'organizer.rules.group.changes',
    fields: [
      {
        name: 'changeCutoffHours',
        label: 'organizer.rules.changeCutoffHours.label',
        description: 'organizer.rules.changeCutoffHours.description',
      },
      {
        name: 'maxReschedulesPerChat',
        label: 'organizer.rules.maxReschedulesPerChat.label',
        description: 'organizer.rules.maxReschedulesPerChat.description',
      },
    ],
  },
];

/** When a talent who did not check in counts as a no-show, and whether the clock marks it. */
function NoShowFields({ form }: { form: UseFormReturnType<EventFormValues> }) {
  const { t } = useT();
  return (
    <>
      <NumberInput
        label={t('organizer.rules.noShowAfter.label')}
        description={t('organizer.rules.noShowAfter.description')}
        min={noShowAfterBounds.min}
        max={noShowAfterBounds.max}
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('noShowAfterMinutes')}
      />
      <Switch
        label={t('organizer.rules.autoMark.label')}
        description={t('organizer.rules.autoMark.description')}
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
  const { t } = useT();
  const rules = BookingRulesInput.safeParse(rulesOfValues(form.values.rules));
  return (
    <Stack>
      <div>
        <Title order={3} fz="h5">
          {t('organizer.rules.title')}
        </Title>
        <Text size="sm" c="dark.6">
          {t('organizer.rules.intro')}
        </Text>
      </div>
      {ruleGroups.map((group) => (
        <Fieldset
          key={group.id}
          legend={t(group.legend)}
          radius="md"
          styles={{ legend: { fontWeight: 700 } }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {group.fields.map((field) => (
              <NumberInput
                key={field.name}
                label={t(field.label)}
                description={t(field.description)}
                placeholder={t(field.placeholder ?? 'organizer.rules.noLimit')}
                min={bookingRuleBounds[field.name].min}
                max={bookingRuleBounds[field.name].max}
                // An out-of-range number stays as typed and is explained on the field, rather than changed unseen.
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`rules.${field.name}`)}
              />
            ))}
            {group.id === 'noShows' && <NoShowFields form={form} />}
          </SimpleGrid>
        </Fieldset>
      ))}
      <Fieldset
        legend={t('organizer.rules.offers.legend')}
        radius="md"
        styles={{ legend: { fontWeight: 700 } }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('organizer.rules.offers.hold.label')}
            description={t('organizer.rules.offers.hold.description')}
            min={offerHoldBounds.min}
            max={offerHoldBounds.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('offerHolds.offerHoldMinutes')}
          />
          <NumberInput
            label={t('organizer.rules.offers.holdOnEventDays.label')}
            description={t('organizer.rules.offers.holdOnEventDays.description')}
            min={offerHoldBounds.min}
            max={offerHoldBounds.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('offerHolds.offerHoldMinutesOnEventDays')}
          />
        </SimpleGrid>
      </Fieldset>
      {rules.success && <RuleSentences rules={rules.data} title={t('organizer.rules.readTitle')} />}
    </Stack>
  );
}
