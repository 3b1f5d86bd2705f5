import { translatorFor } from '../../i18n/index.js';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';
import { enqueueMail, listRecentMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';

/** Mails here are written in English, as to a recipient who chose no language. */
const english = translatorFor('en');

const onThisMachine = withTestApp();
const openToAll = withTestApp({ devMailbox: true });
const closed = withTestApp({ devMailbox: false });
const production = withTestApp({ production: true });

const PAGES = ['/api/dev/mailbox', '/dev/mailbox'];

async function aMessage(t: typeof onThisMachine) {
  await enqueueMail(
    t.ctx.db,
    renderMail(english, 'kim@example.test', 'Reset your Parley password', {
      heading: 'Reset',
      paragraphs: ['Hello'],
    }),
  );
  const [newest] = await listRecentMail(t.ctx.db, 1);
  return newest!.id;
}

const get = (
  t: typeof onThisMachine,
  url: string,
  from = '127.0.0.1',
  headers: Record<string, string> = {},
) => t.app.inject({ method: 'GET', url, remoteAddress: from, headers });

describe('the local mailbox pages', () => {
  it('answer an anonymous request made on this machine, over IPv4 and IPv6', async () => {
    const id = await aMessage(onThisMachine);
    for (const url of [...PAGES, `/dev/mailbox/${id}`]) {
      for (const from of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
        expect((await get(onThisMachine, url, from)).statusCode).toBe(200);
    }
  });

  it('answer an unknown route to a request from another machine', async () => {
    const id = await aMessage(onThisMachine);
    for (const url of [...PAGES, `/dev/mailbox/${id}`, `/dev/mailbox/${id}/invite.ics`]) {
      const response = await get(onThisMachine, url, '192.168.1.20');
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('request.not_found');
      expect(response.body).not.toContain('kim@example.test');
    }
    expect((await get(onThisMachine, '/api/dev/mailbox', '::ffff:10.0.0.2')).statusCode).toBe(404);
  });

  it('answer an unknown route to a request relayed by a proxy on this machine', async () => {
    const relayed: Record<string, string>[] = [
      { 'x-forwarded-for': '203.0.113.9' },
      { forwarded: 'for=203.0.113.9' },
      { 'x-real-ip': '203.0.113.9' },
    ];
    for (const headers of relayed) {
      for (const url of PAGES)
        expect((await get(onThisMachine, url, '127.0.0.1', headers)).statusCode).toBe(404);
    }
  });

  it('are closed in production, even on this machine', async () => {
    for (const url of PAGES) expect((await get(production, url)).statusCode).toBe(404);
  });

  it('refuse a signed-in talent, recruiter or support on this machine with a sentence, and answer an organizer', async () => {
    for (const role of ['talent', 'recruiter', 'support'] as const) {
      const user = await buildUser(onThisMachine.ctx.db, { role });
      const client = await sessionClient(onThisMachine.app, onThisMachine.ctx, user.id);
      for (const url of PAGES) {
        const response = await client.get(url);
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toMatchObject({ code: 'mail.operator_only' });
        expect(response.json().error.message).toMatch(/operator.*Log out, or open it in a private window/);
      }
    }
    const organizer = await buildUser(onThisMachine.ctx.db, { role: 'organizer' });
    const client = await sessionClient(onThisMachine.app, onThisMachine.ctx, organizer.id);
    expect((await client.get('/api/dev/mailbox')).statusCode).toBe(200);
  });

  it('with DEV_MAILBOX=true answer another machine, but still not a signed-in talent', async () => {
    const id = await aMessage(openToAll);
    for (const url of [...PAGES, `/dev/mailbox/${id}`])
      expect(
        (await get(openToAll, url, '198.51.100.7', { 'x-forwarded-for': '198.51.100.7' })).statusCode,
      ).toBe(200);
    const talent = await buildUser(openToAll.ctx.db, { role: 'talent' });
    const client = await sessionClient(openToAll.app, openToAll.ctx, talent.id);
    expect((await client.get('/api/dev/mailbox')).statusCode).toBe(403);
  });

  it('with DEV_MAILBOX=false answer an unknown route even on this machine', async () => {
    const id = await aMessage(closed);
    for (const url of [...PAGES, `/dev/mailbox/${id}`]) expect((await get(closed, url)).statusCode).toBe(404);
  });
});
