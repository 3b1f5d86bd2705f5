import { describe, expect, it } from 'vitest';
import { noBookingRules } from '../../../../shared/booking/fair-use';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { toEventInput, validateEventForm, valuesFromEvent } from './eventFormValues';

const event: Event = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Spring Fair',
  description: '',
  timeZone: 'Europe/Berlin',
  requestPolicy: 'both',
  bookingMode: 'direct',
  // 09:00 in Berlin (UTC+1 in March) and 18:00 in summer time (UTC+2).
  bookingsOpenAt: '2030-03-05T08:00:00.000Z',
  bookingsCloseAt: '2030-04-05T16:00:00.000Z',
  recruitersMayRequireApproval: false,
  rules: { ...noBookingRules, maxChatsPerTalentPerDay: 3, breakAfterChats: 4, breakMinutes: 15 },
  published: true,
  organizer: { id: '00000000-0000-4000-8000-000000000002', name: 'Olivia' },
  days: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      date: '2030-06-04',
      mode: 'virtual',
      opensAt: '09:00',
      closesAt: '17:00',
      durations: [30],
    },
  ],
  viewerRole: 'organizer',
};

describe('the booking window in the event form', () => {
  it("shows and takes the window's ends on the event's clock, whatever the browser's", () => {
    const values = valuesFromEvent(event);
    expect(values).toMatchObject({
      bookingMode: 'direct',
      bookingsOpenAt: '2030-03-05T09:00',
      bookingsCloseAt: '2030-04-05T18:00',
    });
    expect(toEventInput(values)).toMatchObject({
      bookingMode: 'direct',
      bookingsOpenAt: event.bookingsOpenAt,
      bookingsCloseAt: event.bookingsCloseAt,
    });
    // The same wall clock in another zone is another instant.
    expect(toEventInput({ ...values, timeZone: 'Asia/Tokyo' }).bookingsOpenAt).toBe(
      '2030-03-05T00:00:00.000Z',
    );
  });

  it('leaves an empty end open', () => {
    const values = { ...valuesFromEvent(event), bookingsOpenAt: '', bookingsCloseAt: '' };
    expect(toEventInput(values)).toMatchObject({ bookingsOpenAt: null, bookingsCloseAt: null });
    expect(validateEventForm(values).bookingsCloseAt).toBeUndefined();
  });

  it('says on the closing field when bookings would close before they open', () => {
    const values = { ...valuesFromEvent(event), bookingsCloseAt: '2030-03-05T08:59' };
    expect(validateEventForm(values).bookingsCloseAt).toBe('Bookings must close after they open.');
  });
});
