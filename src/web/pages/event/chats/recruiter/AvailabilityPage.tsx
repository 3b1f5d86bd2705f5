import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { recruitersChooseApproval } from '../../../../../shared/booking/booking-window';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { useUser } from '../../../../app/session';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { zoneName } from '../../../../time';
import { DayCard } from './DayCard';
import { DetailsForm } from './DetailsForm';
import { recruiterPaths } from './paths';
import { SlotLegend } from './SlotGrid';
import { useDaySaves } from './useDaySaves';

/** Steps 1 and 2 of the recruiter's journey (docs/DOMAIN.md) for one recruiter (oneself or a colleague): slots per day, details, confirmation. */
export function AvailabilityPage({ event, recruiterId }: { event: Event; recruiterId: string }) {
  const { t } = useT();
  const user = useUser();
  const availability = useRecruiterAvailability(event.id, recruiterId);
  const saves = useDaySaves(event.id, recruiterId);
  const isMe = recruiterId === user.id;
  const detailsId = useId();
  const back = (
    <Anchor component={Link} to={recruiterPaths.manage(event.id)} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> {t('recruiter.availability.back')}
      </Group>
    </Anchor>
  );
  if (availability.isPending) return <Loader aria-label={t('recruiter.availability.loading')} />;
  if (!availability.data) {
    return (
      <Stack align="flex-start">
        {back}
        <ApiErrorAlert error={availability.error} title={t('recruiter.availability.couldNotOpen')} />
      </Stack>
    );
  }
  const { recruiter, days } = availability.data;
  return (
    <Stack>
      {back}
      <div>
        <Group gap="sm">
          <Title order={2}>{t('recruiter.availability.title', { name: recruiter.name })}</Title>
          {isMe && <Badge variant="light">{t('recruiter.youBadge')}</Badge>}
        </Group>
        <Text c="dark.6">
          {isMe
            ? t('recruiter.availability.introMine', {
                zone: zoneName(event.timeZone),
                timeZone: event.timeZone,
              })
            : t('recruiter.availability.introOf', {
                name: recruiter.name,
                zone: zoneName(event.timeZone),
                timeZone: event.timeZone,
              })}
        </Text>
      </div>
      <SlotLegend />
      {days.map((day) => (
        <DayCard
          key={day.dayId}
          day={day}
          eventDay={event.days.find((d) => d.id === day.dayId)}
          timeZone={event.timeZone}
          state={saves.state(day.dayId)}
          onChange={(draft) => saves.save(day.dayId, draft)}
          skipTo={detailsId}
        />
      ))}
      <DetailsForm
        id={detailsId}
        eventId={event.id}
        availability={availability.data}
        approvalSwitch={recruitersChooseApproval(event)}
        isMe={isMe}
        slotsSaved={saves.settled}
      />
    </Stack>
  );
}
