import type { Event } from '../../../shared/schemas/events.schemas';
import { useUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';

export function ChatsTab({ event }: { event: Event }) {
  const user = useUser();
  if (user.role === 'recruiter') {
    return (
      <EmptyState title="1-1 chats are being prepared">
        Here you will manage your availability and your team's, and approve or decline talents' requests for{' '}
        {event.name}. Scheduling opens soon.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="1-1 chats are being prepared">
      Here you will find the recruiters of {event.name} who opened time for private 1-1 chats, request a chat,
      and pick a time slot. Scheduling opens soon.
    </EmptyState>
  );
}
