import { Switch } from '@mantine/core';
import { useEventOptOut, useSetEventOptOut } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';

/** A talent's choice, at one event, whether recruiters may invite them; the Account page's switch covers all. */
export function EventInvitationsSwitch({ eventId }: { eventId: string }) {
  const { t } = useT();
  const choice = useEventOptOut(eventId);
  const save = useSetEventOptOut(eventId);
  const everywhere = choice.data?.everywhere ?? false;
  return (
    <>
      <ApiErrorAlert error={choice.error ?? save.error} />
      <Switch
        label={t('talentProfiles.invitationsSwitch.label')}
        description={
          everywhere
            ? t('talentProfiles.invitationsSwitch.offEverywhere')
            : t('talentProfiles.invitationsSwitch.hint')
        }
        checked={choice.data ? !choice.data.here && !everywhere : true}
        disabled={!choice.data || everywhere || save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.checked)}
      />
    </>
  );
}
