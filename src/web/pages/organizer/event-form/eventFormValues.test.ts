import { afterEach, describe, expect, it } from 'vitest';
import { noBookingRules } from '../../../../shared/booking/fair-use';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { speakGermanValidation } from '../../../../shared/schemas/german-validation';
import { speakHumanValidationMessages } from '../../../../shared/schemas/issue-messages';
import { activateLocale, currentLocale } from '../../../i18n/i18n';
import { de } from '../../../i18n/messages/de/index';
import { deLater } from '../../../i18n/messages/de/later';
import { en } from '../../../i18n/messages/en/index';
import { enLater } from '../../../i18n/messages/en/later';
import {
  type EventFormValues,
  newEventValues,
  toEventInput,
  validateEventForm,
  valuesFromEvent,
} from './eventFormValues';

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
  noShowAfterMinutes: 10,
  autoMarkNoShows: true,
  offerHolds: { offerHoldMinutes: 20, offerHoldMinutesOnEventDays: 3 },
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

describe('the offer holds in the event form', () => {
  it("starts at 15 and 5 minutes, carries an event's holds there and back, and says what an emptied one needs", () => {
    expect(newEventValues().offerHolds).toEqual({ offerHoldMinutes: 15, offerHoldMinutesOnEventDays: 5 });
    const values = valuesFromEvent(event);
    expect(toEventInput(values).offerHolds).toEqual(event.offerHolds);
    const emptied = { ...values, offerHolds: { ...values.offerHolds, offerHoldMinutes: '' as const } };
    expect(validateEventForm(emptied)['offerHolds.offerHoldMinutes']).toBe(
      'Offer hold: a whole number of minutes from 1 to 1440.',
    );
  });
});

describe('the booking window in the event form', () => {
  it("shows and takes the window's ends on the event's clock, whatever the browser's", () => {
    const values = valuesFromEvent(event);
    expect(values).toMatchObject({
      bookingMode: 'direct',
      bookingsOpenAt: { date: '2030-03-05', time: '09:00' },
      bookingsCloseAt: { date: '2030-04-05', time: '18:00' },
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
    const empty = { date: '', time: '' };
    const values = { ...valuesFromEvent(event), bookingsOpenAt: empty, bookingsCloseAt: empty };
    expect(toEventInput(values)).toMatchObject({ bookingsOpenAt: null, bookingsCloseAt: null });
    expect(validateEventForm(values).bookingsCloseAt).toBeUndefined();
  });

  it('says on the closing field when bookings would close before they open', () => {
    const values = { ...valuesFromEvent(event), bookingsCloseAt: { date: '2030-03-05', time: '08:59' } };
    expect(validateEventForm(values).bookingsCloseAt).toBe('Bookings must close after they open.');
  });

  it('takes the time on the 24-hour clock and says what half of an end is missing', () => {
    const values = valuesFromEvent(event);
    const withOpen = (date: string, time: string) =>
      validateEventForm({ ...values, bookingsOpenAt: { date, time } });
    expect(withOpen('2030-03-05', '14:30')).toEqual({});
    expect(
      toEventInput({ ...values, bookingsOpenAt: { date: '2030-03-05', time: '14:30' } }).bookingsOpenAt,
    ).toBe('2030-03-05T13:30:00.000Z');
    expect(withOpen('2030-03-05', '2:30 PM')['bookingsOpenAt.time']).toBe(
      'Use a time like 09:00, on the 24-hour clock.',
    );
    expect(withOpen('2030-03-05', '')['bookingsOpenAt.time']).toBe('Choose a time too, or clear the date.');
    expect(withOpen('', '14:30')['bookingsOpenAt.date']).toBe('Choose a date too, or clear the time.');
  });
});

describe('the fair-use rules in the event form', () => {
  const withRules = (rules: Partial<EventFormValues['rules']>): EventFormValues => {
    const values = valuesFromEvent(event);
    return { ...values, rules: { ...values.rules, ...rules } };
  };

  it('shows a rule that is off as an empty field, and gives the rules back as they were', () => {
    const values = valuesFromEvent(event);
    expect(values.rules).toMatchObject({
      maxChatsPerTalent: '',
      maxChatsPerTalentPerDay: 3,
      breakAfterChats: 4,
      breakMinutes: 15,
      maxReschedulesPerChat: '',
    });
    expect(values.recruitersMayRequireApproval).toBe(false);
    expect(toEventInput(values)).toMatchObject({ rules: event.rules, recruitersMayRequireApproval: false });
  });

  it('turns an emptied field into a rule that is off, and keeps 0 reschedules as a rule', () => {
    const input = toEventInput(withRules({ maxChatsPerTalentPerDay: '', maxReschedulesPerChat: 0 }));
    expect(input.rules).toMatchObject({ maxChatsPerTalentPerDay: null, maxReschedulesPerChat: 0 });
    expect(validateEventForm(withRules({ maxReschedulesPerChat: 0 }))).toEqual({});
  });

  it('starts a new event with a cap on open requests and an hour of notice, and nothing else', () => {
    const { rules } = toEventInput(newEventValues());
    expect(rules).toEqual({ ...noBookingRules, maxOpenRequestsPerTalent: 10, minNoticeHours: 1 });
  });

  it.each([
    [
      'too many chats a day',
      { maxChatsPerTalentPerDay: 51 },
      'rules.maxChatsPerTalentPerDay',
      'The chats per talent a day can be at most 50.',
    ],
    [
      'a gap shorter than 5 minutes',
      { minGapMinutes: 2 },
      'rules.minGapMinutes',
      'The minutes between chats must be at least 5.',
    ],
    [
      'no notice at all',
      { minNoticeHours: 0 },
      'rules.minNoticeHours',
      'The hours of notice must be at least 1.',
    ],
    [
      'a break without its length',
      { breakMinutes: '' },
      'rules.breakMinutes',
      'Set both the number of chats before a break and the length of the break, or neither.',
    ],
  ] as const)('says on the field what is wrong with %s', (_label, rules, field, message) => {
    expect(validateEventForm(withRules(rules))).toEqual({ [field]: message });
  });
});

describe('the days in the event form', () => {
  const withDays = (...days: Partial<EventFormValues['days'][number]>[]): EventFormValues => {
    const values = valuesFromEvent(event);
    return { ...values, days: days.map((day, index) => ({ ...values.days[0]!, key: `d${index}`, ...day })) };
  };
  const tooShort = withDays({ opensAt: '10:00', closesAt: '09:00' });
  const twice = withDays({}, { id: undefined });

  afterEach(() => activateLocale('en', { ...en, ...enLater }));

  it('says on the field what is wrong with a day', () => {
    expect(validateEventForm(tooShort)['days.0.closesAt']).toBe('Must be after the opening time.');
    expect(validateEventForm(twice)['days.1.date']).toBe('Another day already has this date.');
    expect(validateEventForm(withDays({ closesAt: '00:00' }))['days.0.closesAt']).toBe(
      'To stay open until midnight, tick “Open until midnight”.',
    );
  });

  it('says it in German to an organizer reading German', () => {
    activateLocale('de', { ...de, ...deLater });
    expect(validateEventForm(tooShort)['days.0.closesAt']).toBe('Muss nach der Öffnungszeit liegen.');
    expect(validateEventForm(twice)['days.1.date']).toBe('Ein anderer Tag hat bereits dieses Datum.');
    expect(validateEventForm(withDays({ closesAt: '00:00' }))['days.0.closesAt']).toBe(
      'Um bis Mitternacht geöffnet zu bleiben, setzen Sie das Häkchen bei „Bis Mitternacht geöffnet“.',
    );
  });

  it('names a repeated date on the day alone, in German too', () => {
    // As the web's entry point does: the schema's sentences in the page's language.
    speakHumanValidationMessages(currentLocale);
    speakGermanValidation();
    activateLocale('de', { ...de, ...deLater });
    const errors = validateEventForm(twice);
    expect(errors['days.1.date']).toBe('Ein anderer Tag hat bereits dieses Datum.');
    expect(errors.days).toBeUndefined();
  });
});
