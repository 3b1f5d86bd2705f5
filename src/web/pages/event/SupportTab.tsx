import type { Event } from '../../../shared/schemas/events.schemas';
import { EmptyState } from '../../components/EmptyState';

export function SupportTab({ event }: { event: Event }) {
  return (
    <EmptyState title="No open support conversations">
      When someone in a 1-1 chat room at {event.name} asks for technical support, their conversation appears
      here for you to answer.
    </EmptyState>
  );
}
