import { Switch } from '@mantine/core';
import { useEventOptOut, useSetEventOptOut } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

/** A talent's choice, at one event, whether recruiters may invite them; the Account page's switch covers all. */
export function EventInvitationsSwitch({ eventId }: { eventId: string }) {
  const choice = useEventOptOut(eventId);
  const save = useSetEventOptOut(eventId);
  const everywhere = choice.data?.everywhere ?? false;
  return (
    <>
      <ApiErrorAlert error={choice.error ?? save.error} />
      <Switch
        label="Accept invitations from recruiters at this event"
        description={
          everywhere
            ? 'You turned invitations off for every event on your Account page.'
            : 'Off: recruiters cannot invite you here; you can still ask them.'
        }
        checked={choice.data ? !choice.data.here && !everywhere : true}
        disabled={!choice.data || everywhere || save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.checked)}
      />
    </>
  );
}
