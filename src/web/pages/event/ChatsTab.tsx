import type { Event } from '../../../shared/schemas/events.schemas';
import { useUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { TalentChats } from './chats/talent/TalentChats';

export function ChatsTab({ event }: { event: Event }) {
  const user = useUser();
  if (user.role === 'recruiter') {
    return (
      <EmptyState title="1-1 chats are being prepared">
        Here you will manage your availability and your team's, and approve or decline talents' requests for{' '}
        {event.name}.
      </EmptyState>
    );
  }
  return <TalentChats event={event} />;
}
