import type { FastifyInstance } from 'fastify';
import { buildCompany, buildEvent, buildUser, registerCompany, registerTalent } from './factories.js';
import { anonymous, type TestApp, loginAs } from './test-app.js';

/** Mail in the local outbox addressed to `email`. */
export async function mailTo(app: FastifyInstance, email: string) {
  const response = await anonymous(app).get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  return response.json().messages as { subject: string; text: string }[];
}

/** A published event with a registered company, recruiter and talent, and people from outside it. */
export async function eventCast(t: TestApp) {
  const db = t.ctx.db;
  const organizerUser = await buildUser(db, { role: 'organizer', name: 'Olivia Organizer' });
  const event = await buildEvent(db, { organizerId: organizerUser.id, name: 'Spring Fair' });
  const company = await buildCompany(db, { name: `Acme ${event.id.slice(0, 6)}`, ownerId: organizerUser.id });
  await registerCompany(db, event.id, company.id, 'A1');
  const registeredBy = organizerUser.id;
  const recruiterUser = await buildUser(db, { role: 'recruiter', companyId: company.id, registeredBy });
  const talentUser = await buildUser(db, { role: 'talent', registeredBy });
  await registerTalent(db, event.id, talentUser.id);
  const login = async (role: 'organizer' | 'recruiter' | 'talent' | 'support') =>
    loginAs(t.app, (await buildUser(db, { role })).email);
  return {
    event,
    company,
    recruiterUser,
    talentUser,
    organizer: await loginAs(t.app, organizerUser.email),
    recruiter: await loginAs(t.app, recruiterUser.email),
    talent: await loginAs(t.app, talentUser.email),
    support: await login('support'),
    otherOrganizer: await login('organizer'),
    outsideRecruiter: await login('recruiter'),
    outsideTalent: await login('talent'),
    anonymous: anonymous(t.app),
  };
}
