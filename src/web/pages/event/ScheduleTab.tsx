import type { Event } from '../../../shared/schemas/events.schemas';
import { EmptyState } from '../../components/EmptyState';

export function ScheduleTab({ event }: { event: Event }) {
  return (
    <EmptyState title="No confirmed chats yet">
      Your confirmed 1-1 chats at {event.name} will be listed here in time order, with a Join button shortly
      before each one starts.
    </EmptyState>
  );
}
