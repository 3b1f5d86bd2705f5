import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CV_MAX_BYTES } from '../../../shared/talents/cv-file.js';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, type Client, sessionClient, withTestApp } from '../../test/test-app.js';
import { talentCvs } from './talents.table.js';

const t = withTestApp();

const pdf = (text = 'Ana Lopez, backend engineer') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

let eventId: string;
let ana: { id: string };
let clients: Record<
  'ana' | 'bob' | 'organizer' | 'otherOrganizer' | 'recruiter' | 'outsideRecruiter' | 'support',
  Client
>;

beforeAll(async () => {
  const db = t.ctx.db;
  const organizer = await buildUser(db, { role: 'organizer' });
  const otherOrganizer = await buildUser(db, { role: 'organizer' });
  const event = await buildEvent(db, { organizerId: organizer.id });
  const otherEvent = await buildEvent(db, { organizerId: otherOrganizer.id });
  eventId = event.id;
  const company = await buildCompany(db);
  await registerCompany(db, eventId, company.id);
  // Takes part in an event, just not in one of Ana's.
  const outsideCompany = await buildCompany(db);
  await registerCompany(db, otherEvent.id, outsideCompany.id);
  ana = await buildUser(db, { role: 'talent', name: 'Ana Lopez' });
  await registerTalent(db, eventId, ana.id);
  const bob = await buildUser(db, { role: 'talent', name: 'Bob Meyer' });
  await registerTalent(db, eventId, bob.id);
  const ids = {
    ana: ana.id,
    bob: bob.id,
    organizer: organizer.id,
    otherOrganizer: otherOrganizer.id,
    recruiter: (await buildUser(db, { role: 'recruiter', companyId: company.id })).id,
    outsideRecruiter: (await buildUser(db, { role: 'recruiter', companyId: outsideCompany.id })).id,
    support: (await buildUser(db, { role: 'support' })).id,
  };
  clients = Object.fromEntries(
    await Promise.all(
      Object.entries(ids).map(async ([name, id]) => [name, await sessionClient(t.app, t.ctx, id)]),
    ),
  ) as typeof clients;
});

beforeEach(async () => {
  await t.ctx.db.delete(talentCvs);
});

const storedCv = async () =>
  (await t.ctx.db.select().from(talentCvs).where(eq(talentCvs.talentId, ana.id)))[0];
const upload = (bytes: Buffer, fileName = 'Ana Lopez CV.pdf') =>
  clients.ana.put(`/api/me/cv?fileName=${encodeURIComponent(fileName)}`, bytes);
const profileUrl = () => `/api/events/${eventId}/talent-profiles/${ana.id}`;

describe('uploading a CV', () => {
  it('keeps the PDF with its size, checksum and cleaned name, and the profiles tell it', async () => {
    const bytes = pdf();
    const response = await upload(bytes, 'C:\\fakepath\\Ana "Lopez" CV.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      fileName: 'Ana Lopez CV.pdf',
      size: bytes.length,
      uploadedAt: expect.any(String),
    });
    const row = await storedCv();
    expect(Buffer.compare(row!.content, bytes)).toBe(0);
    expect(row!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await clients.ana.get('/api/me/profile')).json().cv).toMatchObject({ size: bytes.length });
    expect((await clients.recruiter.get(profileUrl())).json().cv).toMatchObject({
      fileName: 'Ana Lopez CV.pdf',
      size: bytes.length,
    });
    const search = (await clients.recruiter.get(`/api/events/${eventId}/talent-profiles`)).json();
    const cvs = Object.fromEntries(search.talents.map((p: { name: string; cv: unknown }) => [p.name, p.cv]));
    expect(cvs).toEqual({ 'Ana Lopez': expect.objectContaining({ size: bytes.length }), 'Bob Meyer': null });
  });

  it('refuses a file that is not a PDF, whatever its name says, on the CV field', async () => {
    const response = await upload(Buffer.from('Hello, this is my CV in plain text.\n%%EOF'), 'cv.pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'talents.cv_not_pdf',
      message: 'This file is not a PDF. Choose your CV as a PDF file.',
      fields: { cv: 'This file is not a PDF. Choose your CV as a PDF file.' },
    });
    expect(await storedCv()).toBeUndefined();
  });

  it('refuses a truncated PDF and keeps the CV there was', async () => {
    await upload(pdf('first'));
    const whole = pdf('x'.repeat(4000));
    const response = await upload(whole.subarray(0, 2000));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('talents.cv_truncated');
    expect(Buffer.compare((await storedCv())!.content, pdf('first'))).toBe(0);
  });

  it('refuses more than 5 MB with 413 and a sentence, storing nothing', async () => {
    const big = Buffer.alloc(CV_MAX_BYTES + 1, 0x20);
    big.write('%PDF-1.4\n');
    big.write('%%EOF', big.length - 5);
    const response = await upload(big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'talents.cv_too_large',
      message: 'A CV can be at most 5 MB.',
      fields: { cv: 'A CV can be at most 5 MB.' },
    });
    expect(await storedCv()).toBeUndefined();
  });

  it('accepts exactly 5 MB', async () => {
    const limit = Buffer.alloc(CV_MAX_BYTES, 0x20);
    limit.write('%PDF-1.4\n');
    limit.write('%%EOF', limit.length - 5);
    expect((await upload(limit)).statusCode).toBe(200);
  });

  it('takes the PDF only as application/pdf, and a CV only from a talent', async () => {
    const asJson = await clients.ana.put('/api/me/cv', { content: pdf().toString('base64') });
    expect(asJson.statusCode).toBe(400);
    expect((await clients.recruiter.put('/api/me/cv', pdf())).statusCode).toBe(403);
    expect((await anonymous(t.app).put('/api/me/cv', pdf())).statusCode).toBe(401);
    expect(await storedCv()).toBeUndefined();
  });

  it('replaces the CV with the next upload', async () => {
    await upload(pdf('first'), 'old.pdf');
    const response = await upload(pdf('second version'), 'new.pdf');
    expect(response.json().fileName).toBe('new.pdf');
    const rows = await t.ctx.db.select().from(talentCvs);
    expect(rows).toHaveLength(1);
    expect(Buffer.compare(rows[0]!.content, pdf('second version'))).toBe(0);
  });

  it('deletes the CV for real: the row is gone and nobody downloads it', async () => {
    await upload(pdf());
    expect((await clients.ana.delete('/api/me/cv')).statusCode).toBe(204);
    expect(await storedCv()).toBeUndefined();
    expect((await clients.ana.get('/api/me/profile')).json().cv).toBeNull();
    expect((await clients.ana.get('/api/me/cv')).statusCode).toBe(404);
    const recruiter = await clients.recruiter.get(`${profileUrl()}/cv`);
    expect(recruiter.statusCode).toBe(404);
    expect(recruiter.json().error.code).toBe('talents.cv_not_found');
  });
});

describe('downloading a CV', () => {
  it('sends the bytes as an attachment nobody caches or sniffs', async () => {
    const bytes = pdf();
    await upload(bytes, 'Ana Lopez CV – 2030.pdf');
    const response = await clients.recruiter.get(`${profileUrl()}/cv`);
    expect(response.statusCode).toBe(200);
    expect(Buffer.compare(response.rawPayload, bytes)).toBe(0);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Ana Lopez CV _ 2030.pdf"; filename*=UTF-8''Ana%20Lopez%20CV%20%E2%80%93%202030.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  it('is for the talent, the recruiters of companies at their event and its organizer; nobody else', async () => {
    const bytes = pdf();
    await upload(bytes);
    const own = await clients.ana.get('/api/me/cv');
    expect(own.statusCode).toBe(200);
    expect(Buffer.compare(own.rawPayload, bytes)).toBe(0);
    const statusOf = async (client: Client) => (await client.get(`${profileUrl()}/cv`)).statusCode;
    expect(await statusOf(clients.recruiter)).toBe(200);
    expect(await statusOf(clients.organizer)).toBe(200);
    expect(await statusOf(clients.outsideRecruiter)).toBe(404);
    expect(await statusOf(clients.otherOrganizer)).toBe(404);
    expect(await statusOf(clients.bob)).toBe(403);
    expect(await statusOf(clients.support)).toBe(403);
    expect(await statusOf(anonymous(t.app))).toBe(401);
    // Another talent has no CV of their own to fetch, and no way to reach Ana's.
    expect((await clients.bob.get('/api/me/cv')).statusCode).toBe(404);
  });

  it('refuses a talent who is not registered for the event', async () => {
    await upload(pdf());
    const stranger = await buildUser(t.ctx.db, { role: 'talent' });
    await t.ctx.db.insert(talentCvs).values({
      talentId: stranger.id,
      content: pdf(),
      size: pdf().length,
      sha256: 'x',
      fileName: 'cv.pdf',
      uploadedAt: new Date(),
    });
    const response = await clients.recruiter.get(`/api/events/${eventId}/talent-profiles/${stranger.id}/cv`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('talents.not_found');
  });
});
