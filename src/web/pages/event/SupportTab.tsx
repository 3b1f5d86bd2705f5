import type { Event } from '../../../shared/schemas/events.schemas';
import { SupportConsole } from '../../support/SupportConsole';

/** Support agents at an event: the console, narrowed to this event's conversations. */
export function SupportTab({ event }: { event: Event }) {
  return <SupportConsole eventId={event.id} />;
}
