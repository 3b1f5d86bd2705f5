import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, currentLocale, t, wholeCatalog } from './i18n';
import { en } from './messages/en/index';
import { enLater } from './messages/en/later';

describe('the catalog in use', () => {
  afterEach(() => activateLocale('en', { ...en, ...enLater }));

  it('formats in the language in use', () => {
    activateLocale('de', { 'time.eventTime': '{time} (Ortszeit {zone})' });
    expect(currentLocale()).toBe('de');
    expect(t('time.eventTime', { time: '09:30', zone: 'Berlin' })).toBe('09:30 (Ortszeit Berlin)');
  });

  it('suspends a message of the part still loading until it is there, then shows it', async () => {
    let arrive = () => {};
    const complete = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    activateLocale('en', { 'language.title': 'Language' }, complete);
    let thrown: unknown;
    try {
      t('time.noDaysYet');
    } catch (error) {
      thrown = error;
    }
    // React suspends a component that throws a promise, and draws it again once the promise settles.
    expect(thrown).toBe(complete);
    expect(t('language.title')).toBe('Language');
    activateLocale('en', { ...en, ...enLater });
    arrive();
    await wholeCatalog();
    expect(t('time.noDaysYet')).toBe('No days yet');
  });
});
