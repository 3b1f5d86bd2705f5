import { describe, expect, it } from 'vitest';
import {
  type BookingCheck,
  bookingRefusal,
  changeRefusal,
  earliestBookableStart,
  type HeldChat,
  noBookingRules,
  requestRefusal,
} from './fair-use.js';

const at = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);
const chat = (id: string, from: string, to: string, eventDayId = 'monday'): HeldChat => ({
  chatId: id,
  eventDayId,
  startsAt: at(from),
  endsAt: at(to),
});
const check = (overrides: Partial<BookingCheck>): BookingCheck => ({
  rules: noBookingRules,
  slot: { startsAt: at('10:00'), endsAt: at('10:30'), eventDayId: 'monday', dayName: 'Monday 4 March' },
  bookedBy: 'talent',
  talentChats: [],
  recruiterChats: [],
  recruiterName: 'Alex Morgan',
  noShows: 0,
  now: at('06:00'),
  clockOf: (instant) => instant.toISOString().slice(11, 16),
  ...overrides,
});
const ruleOf = (c: BookingCheck) => bookingRefusal(c)?.rule ?? null;

describe('the fair-use rules of a booking', () => {
  it("stops a talent's bookings at the event's limit of no-shows, never the recruiter's side", () => {
    const rules = { ...noBookingRules, noShowLimit: 1 };
    expect(ruleOf(check({ rules, noShows: 0 }))).toBeNull();
    expect(ruleOf(check({ rules, noShows: 1 }))).toBe('noShowLimit');
    expect(ruleOf(check({ rules, noShows: 1, bookedBy: 'recruiter' }))).toBeNull();
  });

  it('lets everything through when no rule is set', () => {
    const busy = [chat('a', '09:30', '10:00'), chat('b', '10:30', '11:00')];
    expect(bookingRefusal(check({ talentChats: busy, recruiterChats: busy }))).toBeNull();
  });

  it('takes the minimum notice up to the exact instant', () => {
    const rules = { ...noBookingRules, minNoticeHours: 4 };
    expect(ruleOf(check({ rules, now: at('06:00') }))).toBeNull();
    expect(ruleOf(check({ rules, now: at('06:01') }))).toBe('minNoticeHours');
    expect(earliestBookableStart(rules, at('06:00'))).toEqual(at('10:00'));
    expect(earliestBookableStart(noBookingRules, at('06:00'))).toEqual(at('06:00'));
  });

  it('asks no notice for the rest of a slot under way, but keeps every other rule', () => {
    const rules = { ...noBookingRules, minNoticeHours: 4, maxChatsPerTalent: 1 };
    const underWay = { now: at('10:05'), onTheSpot: true };
    expect(ruleOf(check({ rules, ...underWay }))).toBeNull();
    expect(ruleOf(check({ rules, ...underWay, talentChats: [chat('a', '12:00', '12:30')] }))).toBe(
      'maxChatsPerTalent',
    );
  });

  it('keeps the gap on both sides of another chat, and a gap of exactly the rule passes', () => {
    const rules = { ...noBookingRules, minGapMinutes: 15 };
    expect(ruleOf(check({ rules, talentChats: [chat('a', '09:15', '09:45')] }))).toBeNull();
    expect(ruleOf(check({ rules, talentChats: [chat('a', '09:16', '09:46')] }))).toBe('minGapMinutes');
    expect(ruleOf(check({ rules, talentChats: [chat('a', '10:45', '11:15')] }))).toBeNull();
    expect(ruleOf(check({ rules, talentChats: [chat('a', '10:44', '11:14')] }))).toBe('minGapMinutes');
    // The chat being moved does not stand in its own way.
    expect(ruleOf(check({ rules, chatId: 'a', talentChats: [chat('a', '09:30', '10:00')] }))).toBeNull();
  });

  it("binds the recruiter's side only by the talent's gap", () => {
    const rules = {
      ...noBookingRules,
      minNoticeHours: 100,
      maxChatsPerTalent: 1,
      maxChatsPerRecruiterPerDay: 1,
    };
    const held = [chat('a', '08:00', '08:30')];
    expect(
      ruleOf(check({ rules, bookedBy: 'recruiter', talentChats: held, recruiterChats: held })),
    ).toBeNull();
    const gap = { ...rules, minGapMinutes: 120 };
    expect(ruleOf(check({ rules: gap, bookedBy: 'recruiter', talentChats: held }))).toBe('minGapMinutes');
  });

  it('counts chats per day by their event day, and per event over all days', () => {
    const rules = { ...noBookingRules, maxChatsPerTalentPerDay: 1 };
    expect(ruleOf(check({ rules, talentChats: [chat('a', '08:00', '08:30', 'tuesday')] }))).toBeNull();
    expect(ruleOf(check({ rules, talentChats: [chat('a', '08:00', '08:30')] }))).toBe(
      'maxChatsPerTalentPerDay',
    );
    const perEvent = { ...noBookingRules, maxChatsPerTalent: 2 };
    const twoDays = [chat('a', '08:00', '08:30', 'tuesday'), chat('b', '08:00', '08:30')];
    expect(bookingRefusal(check({ rules: perEvent, talentChats: twoDays }))?.message).toEqual({
      key: 'errors.fairUse.talentChats',
      values: { count: 2 },
    });
  });

  it('gives a recruiter a break after N chats in a row, counting the run on both sides of the slot', () => {
    const rules = { ...noBookingRules, breakAfterChats: 2, breakMinutes: 20 };
    const before = chat('a', '09:30', '10:00');
    const after = chat('b', '10:30', '11:00');
    expect(ruleOf(check({ rules, recruiterChats: [before] }))).toBeNull();
    expect(ruleOf(check({ rules, recruiterChats: [before, after] }))).toBe('breakAfterChats');
    // 20 minutes between one's end and the next one's start is a break: the runs are apart.
    const apart = chat('c', '10:50', '11:20');
    expect(ruleOf(check({ rules, recruiterChats: [before, apart] }))).toBeNull();
  });

  it('names the recruiter and the day in the limit of a recruiter’s day', () => {
    const rules = { ...noBookingRules, maxChatsPerRecruiterPerDay: 1 };
    expect(bookingRefusal(check({ rules, recruiterChats: [chat('a', '08:00', '08:30')] }))?.message).toEqual({
      key: 'errors.fairUse.recruiterDay',
      values: { recruiter: 'Alex Morgan', count: 1, day: 'Monday 4 March' },
    });
  });
});

describe('a new request', () => {
  const base = {
    rules: noBookingRules,
    openRequests: 0,
    heldChats: 0,
    noShows: 0,
    eventStartsAt: at('08:00'),
    now: at('06:00'),
    instantName: (instant: Date) => instant.toISOString(),
  };
  it('is cut off the given hours before the event starts, from that instant on', () => {
    const rules = { ...noBookingRules, requestCutoffHours: 2 };
    expect(requestRefusal({ ...base, rules, now: at('05:59') })).toBeNull();
    expect(requestRefusal({ ...base, rules })?.rule).toBe('requestCutoffHours');
    expect(requestRefusal({ ...base, rules, eventStartsAt: null })).toBeNull();
  });
  it('is refused at the limit of open requests or of chats', () => {
    expect(
      requestRefusal({ ...base, rules: { ...noBookingRules, maxOpenRequestsPerTalent: 3 }, openRequests: 3 })
        ?.rule,
    ).toBe('maxOpenRequestsPerTalent');
    expect(
      requestRefusal({ ...base, rules: { ...noBookingRules, maxOpenRequestsPerTalent: 3 }, openRequests: 2 }),
    ).toBeNull();
    expect(
      requestRefusal({ ...base, rules: { ...noBookingRules, maxChatsPerTalent: 1 }, heldChats: 1 })?.rule,
    ).toBe('maxChatsPerTalent');
  });
  it("is refused at the event's limit of no-shows, first of all", () => {
    const rules = { ...noBookingRules, noShowLimit: 2, requestCutoffHours: 2 };
    expect(requestRefusal({ ...base, rules, now: at('05:00'), noShows: 1 })).toBeNull();
    expect(requestRefusal({ ...base, rules, noShows: 2 })?.rule).toBe('noShowLimit');
    expect(requestRefusal({ ...base, rules: noBookingRules, noShows: 9 })).toBeNull();
  });
});

describe("a talent's change of a booked chat", () => {
  const base = { rules: noBookingRules, startsAt: at('10:00'), reschedules: 0, now: at('06:00') };
  it('is cut off the given hours before the chat', () => {
    const rules = { ...noBookingRules, changeCutoffHours: 4 };
    expect(changeRefusal({ ...base, rules, action: 'cancel' })).toBeNull();
    expect(changeRefusal({ ...base, rules, action: 'cancel', now: at('06:01') })?.rule).toBe(
      'changeCutoffHours',
    );
  });
  it('counts reschedules against the limit, and never limits a cancellation by it', () => {
    const rules = { ...noBookingRules, maxReschedulesPerChat: 2 };
    expect(changeRefusal({ ...base, rules, action: 'reschedule', reschedules: 1 })).toBeNull();
    expect(changeRefusal({ ...base, rules, action: 'reschedule', reschedules: 2 })?.rule).toBe(
      'maxReschedulesPerChat',
    );
    expect(changeRefusal({ ...base, rules, action: 'cancel', reschedules: 5 })).toBeNull();
  });
});
