import type { DayMode } from '../../../shared/schemas/events.schemas';
import type { MessageKey } from '../../i18n/i18n';

/** Virtual or in-person, as the event's header, filters and badges name a day's mode. */
export const dayModeKey: Record<DayMode, MessageKey> = {
  virtual: 'event.dayMode.virtual',
  in_person: 'event.dayMode.inPerson',
};
