import { Loader, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { zoneName } from '../../../../time';
import { DayCard } from '../../chats/recruiter/DayCard';
import { SlotLegend } from '../../chats/recruiter/SlotGrid';
import { useDaySaves } from '../../chats/recruiter/useDaySaves';

/**
 * The chosen recruiter's slots over the whole event, in the set-up editor: the talent will pick among the free
 * ones, so the sender can open more right here before inviting. Changes are saved at once, as in set-up.
 */
export function InviteAvailability({ event, recruiterId }: { event: Event; recruiterId: string }) {
  const { t } = useT();
  const availability = useRecruiterAvailability(event.id, recruiterId);
  const saves = useDaySaves(event.id, recruiterId);
  if (availability.isPending) return <Loader aria-label={t('recruiter.availability.loading')} />;
  if (!availability.data)
    return <ApiErrorAlert error={availability.error} title={t('recruiter.availability.couldNotOpen')} />;
  return (
    <Stack>
      <Title order={3} fz="h4">
        {t('talentProfiles.invite.availabilityTitle', { name: availability.data.recruiter.name })}
      </Title>
      <Text size="sm" c="dark.6">
        {t('talentProfiles.invite.availabilityIntro', {
          zone: zoneName(event.timeZone),
          timeZone: event.timeZone,
        })}
      </Text>
      <SlotLegend />
      {availability.data.days.map((day) => (
        <DayCard
          key={day.dayId}
          day={day}
          eventDay={event.days.find((d) => d.id === day.dayId)}
          timeZone={event.timeZone}
          state={saves.state(day.dayId)}
          onChange={(draft) => saves.save(day.dayId, draft)}
        />
      ))}
    </Stack>
  );
}
