import { describe, expect, it } from 'vitest';
import { zoneOffsetName } from './zoneOffset';

describe("a zone's offset", () => {
  const winter = new Date('2030-01-15T12:00:00Z');
  const summer = new Date('2030-07-15T12:00:00Z');

  it('reads as Intl writes it in the language, on the day asked', () => {
    expect(zoneOffsetName('Europe/Berlin', winter, 'en')).toBe('GMT+01:00');
    expect(zoneOffsetName('Europe/Berlin', summer, 'de')).toBe('GMT+02:00');
    expect(zoneOffsetName('Asia/Kathmandu', winter, 'de')).toBe('GMT+05:45');
    expect(zoneOffsetName('America/New_York', winter, 'en')).toBe('GMT-05:00');
  });

  it('is null for a zone Intl does not know', () => {
    expect(zoneOffsetName('Mars/Olympus_Mons', winter, 'en')).toBeNull();
  });
});
