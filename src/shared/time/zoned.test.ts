import { describe, expect, it } from 'vitest';
import {
  addDays,
  isoInZone,
  utcToZoned,
  zonedTimeExists,
  zonedTimeToUtc,
  zoneOffsetMinutes,
} from './zoned.js';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

describe('zonedTimeToUtc', () => {
  it.each([
    ['a winter morning in Berlin', BERLIN, '2030-01-15', '09:00', '2030-01-15T08:00:00.000Z'],
    ['a summer morning in Berlin', BERLIN, '2030-07-15', '09:00', '2030-07-15T07:00:00.000Z'],
    [
      'the last minute before Berlin springs forward',
      BERLIN,
      '2030-03-31',
      '01:59',
      '2030-03-31T00:59:00.000Z',
    ],
    [
      'the first minute after Berlin springs forward',
      BERLIN,
      '2030-03-31',
      '03:00',
      '2030-03-31T01:00:00.000Z',
    ],
    ['the hour after Berlin falls back', BERLIN, '2030-10-27', '03:00', '2030-10-27T02:00:00.000Z'],
    ['midnight closing a day in Berlin (24:00)', BERLIN, '2030-03-31', '24:00', '2030-03-31T22:00:00.000Z'],
    ['a winter morning in New York', NEW_YORK, '2030-01-15', '09:00', '2030-01-15T14:00:00.000Z'],
    [
      'the first minute after New York springs forward',
      NEW_YORK,
      '2030-03-10',
      '03:00',
      '2030-03-10T07:00:00.000Z',
    ],
    ['the hour after New York falls back', NEW_YORK, '2030-11-03', '02:00', '2030-11-03T07:00:00.000Z'],
    ['a zone with a 45-minute offset', 'Asia/Kathmandu', '2030-06-01', '00:00', '2030-05-31T18:15:00.000Z'],
  ])('converts %s', (_label, zone, date, time, expected) => {
    expect(zonedTimeToUtc(date, at(time), zone).toISOString()).toBe(expected);
  });

  it.each([
    [BERLIN, '2030-03-31', '02:30', '2030-03-31T01:30:00.000Z'],
    [NEW_YORK, '2030-03-10', '02:30', '2030-03-10T07:30:00.000Z'],
  ])('moves a time inside the spring-forward gap of %s forward by the gap', (zone, date, time, expected) => {
    expect(zonedTimeToUtc(date, at(time), zone).toISOString()).toBe(expected);
    expect(zonedTimeExists(date, at(time), zone)).toBe(false);
  });

  it.each([
    [BERLIN, '2030-10-27', '02:30', '2030-10-27T00:30:00.000Z'],
    [NEW_YORK, '2030-11-03', '01:30', '2030-11-03T05:30:00.000Z'],
  ])('takes the first occurrence of a time repeated when %s falls back', (zone, date, time, expected) => {
    expect(zonedTimeToUtc(date, at(time), zone).toISOString()).toBe(expected);
    expect(zonedTimeExists(date, at(time), zone)).toBe(true);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => zonedTimeToUtc('2030-02-30', 0, BERLIN)).toThrow(RangeError);
    expect(() => zonedTimeToUtc('30.1.2030', 0, BERLIN)).toThrow(RangeError);
  });
});

describe('utcToZoned', () => {
  it.each([
    [
      'late evening UTC is already the next day in Berlin',
      '2030-03-30T23:30:00Z',
      BERLIN,
      '2030-03-31',
      '00:30',
    ],
    ['the first hour of summer time in Berlin', '2030-03-31T01:00:00Z', BERLIN, '2030-03-31', '03:00'],
    ['the repeated hour in Berlin, second time round', '2030-10-27T01:30:00Z', BERLIN, '2030-10-27', '02:30'],
    [
      'early morning UTC is still the day before in New York',
      '2030-11-03T03:00:00Z',
      NEW_YORK,
      '2030-11-02',
      '23:00',
    ],
    [
      'the repeated hour in New York, second time round',
      '2030-11-03T06:30:00Z',
      NEW_YORK,
      '2030-11-03',
      '01:30',
    ],
  ])('reads %s', (_label, instant, zone, date, time) => {
    expect(utcToZoned(new Date(instant), zone)).toEqual({ date, minute: at(time) });
  });

  it('round-trips every half hour across both DST changes of the year', () => {
    for (const zone of [BERLIN, NEW_YORK]) {
      for (const date of ['2030-03-10', '2030-03-31', '2030-10-27', '2030-11-03']) {
        for (let minute = 0; minute < 1440; minute += 30) {
          if (!zonedTimeExists(date, minute, zone)) continue;
          expect(utcToZoned(zonedTimeToUtc(date, minute, zone), zone)).toEqual({ date, minute });
        }
      }
    }
  });
});

describe('zoneOffsetMinutes and addDays', () => {
  it('gives the offset in force at an instant', () => {
    expect(zoneOffsetMinutes(new Date('2030-03-31T00:59:00Z'), BERLIN)).toBe(60);
    expect(zoneOffsetMinutes(new Date('2030-03-31T01:00:00Z'), BERLIN)).toBe(120);
    expect(zoneOffsetMinutes(new Date('2030-07-01T12:00:00Z'), NEW_YORK)).toBe(-240);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2030-03-31', 1)).toBe('2030-04-01');
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addDays('2032-02-28', 1)).toBe('2032-02-29');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
  });
});

describe('isoInZone', () => {
  it.each([
    ['Berlin in winter', '2030-01-15T08:00:00.000Z', BERLIN, '2030-01-15T09:00:00+01:00'],
    ['Berlin in summer', '2030-07-15T07:00:00.000Z', BERLIN, '2030-07-15T09:00:00+02:00'],
    ['New York, a day behind UTC', '2030-07-01T02:30:00.000Z', NEW_YORK, '2030-06-30T22:30:00-04:00'],
    ['UTC', '2030-07-01T02:30:45.900Z', 'UTC', '2030-07-01T02:30:45+00:00'],
    ['Kolkata, half an hour off', '2030-07-01T00:00:00.000Z', 'Asia/Kolkata', '2030-07-01T05:30:00+05:30'],
  ])('%s', (_, instant, zone, expected) => {
    expect(isoInZone(new Date(instant), zone)).toBe(expected);
    expect(new Date(expected).getTime()).toBe(Math.floor(new Date(instant).getTime() / 1000) * 1000);
  });
});
