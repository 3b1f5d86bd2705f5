import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { eventCast } from '../../test/registrations-fixtures.js';
import { loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp();

const login = (email: string, acceptLanguage?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'not-the-password' },
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });

describe('error messages in the language of the page that asked', () => {
  it('refuse a wrong password in English, or in German for a German page', async () => {
    const user = await buildUser(t.ctx.db);
    const english = await login(user.email, 'en');
    const german = await login(user.email, 'de');
    expect(english.statusCode).toBe(401);
    expect(german.statusCode).toBe(401);
    expect(english.json().error).toEqual({
      code: 'auth.invalid_credentials',
      message: 'That email and password do not match.',
    });
    expect(german.json().error).toEqual({
      code: 'auth.invalid_credentials',
      message: 'E-Mail-Adresse und Passwort passen nicht zusammen.',
    });
  });

  it('follow the first language Parley speaks, English when none or no header', async () => {
    const user = await buildUser(t.ctx.db);
    expect((await login(user.email, 'fr-FR, de-AT;q=0.8, en;q=0.5')).json().error.message).toBe(
      'E-Mail-Adresse und Passwort passen nicht zusammen.',
    );
    expect((await login(user.email, 'fr, es')).json().error.message).toBe(
      'That email and password do not match.',
    );
    expect((await login(user.email)).json().error.message).toBe('That email and password do not match.');
  });

  it('name an unknown route in German', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nowhere?x=1',
      headers: { 'accept-language': 'de' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({
      code: 'request.not_found',
      message: 'Diese Route gibt es nicht: GET /api/nowhere',
    });
  });

  it('give validation sentences in German, the field named by its label, in the message and beside the field', async () => {
    const { organizer } = await eventCast(t);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { cookie: organizer.cookie, 'x-csrf-token': organizer.csrfToken, 'accept-language': 'de' },
      payload: {
        name: 'F'.repeat(121),
        description: '',
        timeZone: 'Europe/Berlin',
        requestPolicy: 'both',
        days: [{ date: '2030-03-04', mode: 'hybrid', opensAt: '09:00', closesAt: '17:00', durations: [30] }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      name: 'Name: höchstens 120 Zeichen.',
      'days.0.mode': 'Tag 1, Format: erlaubt sind: virtual, in_person.',
    });
    expect(response.json().error.message).toBe(
      'Name: höchstens 120 Zeichen. Tag 1, Format: erlaubt sind: virtual, in_person.',
    );
  });

  it('give the sentences a schema chose itself in German', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email', password: '' },
      headers: { 'accept-language': 'de-DE,de;q=0.9' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      email: 'Geben Sie eine gültige E-Mail-Adresse ein.',
      password: 'Geben Sie Ihr Passwort ein.',
    });
  });

  it('translate a refusal beside its field too', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(t.app, user.email);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me/notifications?before=00000000-0000-4000-8000-000000000000',
      headers: { cookie: client.cookie, 'accept-language': 'de' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'notifications.unknown_cursor',
      message: 'Diese Benachrichtigung ist nicht in Ihrer Liste.',
      fields: { before: 'Diese Benachrichtigung ist nicht in Ihrer Liste.' },
    });
  });

  it('word the refusals built at run time in German: past days named by their German date', async () => {
    const { organizer } = await eventCast(t);
    const response = await organizer.inLanguage('de').post('/api/events', {
      name: 'Messe',
      description: '',
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      days: [{ date: '2020-03-04', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [30] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('events.date_in_past');
    expect(response.json().error.message).toMatch(
      /^Ein Tag des Events hat ein vergangenes Datum \(heute ist der \w+, \d+\. \p{L}+ in Europe\/Berlin\)\. Wählen Sie heute oder einen späteren Tag\.$/u,
    );
  });

  it("answer Fastify's own refusals in German: a body that is not JSON", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email":',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'request.invalid',
      message: 'Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist kein gültiges JSON.',
    });
  });
});
