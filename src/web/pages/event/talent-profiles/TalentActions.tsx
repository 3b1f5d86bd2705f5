import { Group } from '@mantine/core';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { useContactStatus } from '../../../api/safety';
import { PersonSafetyMenu } from '../../../safety/PersonSafetyMenu';
import { InviteButton, invitationsOpen } from './invite/InviteButton';

/** What a recruiter may do with a talent on their profile: invite them (or read why not), block or report them. */
export function TalentActions({ event, talent }: { event: Event; talent: { id: string; name: string } }) {
  const contact = useContactStatus(event.id, talent.id);
  return (
    <Group align="flex-start" gap="sm">
      {invitationsOpen(event) && (
        <InviteButton event={event} talent={talent} refusal={contact.data?.refusal} />
      )}
      <PersonSafetyMenu eventId={event.id} person={talent} />
    </Group>
  );
}
