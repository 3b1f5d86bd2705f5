import type { Event } from '../../../shared/schemas/events.schemas';
import { EmptyState } from '../../components/EmptyState';

export function CompaniesTab({ event }: { event: Event }) {
  return <EmptyState title="Coming in this release">{event.name}</EmptyState>;
}
