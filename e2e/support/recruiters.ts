import { request } from 'playwright-core';
import { inject } from 'vitest';
import type { RegisteredCompany } from '../../src/shared/schemas/registrations.schemas.js';
import { DEMO_PASSWORD } from '../pages/LoginPage.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './accounts.js';
import { ApiSession } from './api.js';
import { findEvent } from './chats-setup.js';
import { Mailbox } from './mail.js';

export interface NewRecruiter {
  name: string;
  email: string;
  company: string;
}

/**
 * A recruiter with no availability yet, in a company of their own at the demo event, who has accepted the
 * invitation with the demo password: the demo recruiters' calendars are changed by other test files.
 */
export async function newDemoRecruiter(): Promise<NewRecruiter> {
  const tag = runTag();
  const recruiter = { name: `Kim Keys ${tag}`, email: `keys-${tag}@e2e.parley.test`, company: `Keys ${tag}` };
  const organizer = await ApiSession.login(ORGANIZER);
  const mailbox = new Mailbox().mark();
  try {
    const event = await findEvent(organizer, DEMO_EVENT);
    await organizer.post<RegisteredCompany>(`/api/events/${event.id}/companies`, {
      name: recruiter.company,
      recruiters: [{ name: recruiter.name, email: recruiter.email }],
    });
  } finally {
    await organizer.dispose();
  }
  const invitation = await mailbox.waitFor(recruiter.email, /^You are invited to /);
  const token = /accept-invitation\?token=([\w-]+)/.exec(invitation.text)?.[1];
  if (!token) throw new Error(`No invitation link in: ${invitation.text}`);
  const http = await request.newContext({ baseURL: inject('baseURL') });
  try {
    const accepted = await http.post('/api/auth/tokens/use', { data: { token, password: DEMO_PASSWORD } });
    if (!accepted.ok()) throw new Error(`Could not accept the invitation: ${await accepted.text()}`);
  } finally {
    await http.dispose();
  }
  return recruiter;
}
