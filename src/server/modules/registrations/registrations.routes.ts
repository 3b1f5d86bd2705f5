import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BoothInput,
  CompanyRegistrationInput,
  ImportReport,
  ImportRequest,
  Person,
  PersonInput,
  RegisteredCompaniesResponse,
  RegisteredCompany,
  RegisteredTalentsResponse,
} from '../../../shared/schemas/registrations.schemas.js';
import type { AppContext } from '../../context.js';
import { IdParams, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import { signedIn } from '../events/events.policy.js';
import { importRegistrations } from './registrations.import.js';
import * as registrations from './registrations.usecases.js';

const CompanyParams = IdParams.extend({ companyId: z.uuid({ error: 'Not a valid id.' }) });
const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid id.' }) });

/** Who attends an event: only its own organizer manages that (others: 404 if they do not see it, else 403). */
export function registrationsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['registrations'];
  const base = '/api/events/:id';

  r.get(`${base}/companies`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Registered companies with their booths and recruiters',
      params: IdParams,
      response: { 200: RegisteredCompaniesResponse },
    },
    handler: async (request) =>
      registrations.listCompanies({ ctx, user: requireUser(request), eventId: request.params.id }),
  });

  r.post(`${base}/companies`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary:
        'Register a company (found by name or created) and invite its new recruiters; merges if registered',
      params: IdParams,
      body: CompanyRegistrationInput,
      response: { 201: RegisteredCompany },
    },
    handler: async (request, reply) => {
      const company = await registrations.registerCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        registration: request.body,
      });
      return reply.status(201).send(company);
    },
  });

  r.patch(`${base}/companies/:companyId`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: "Change a registered company's booth",
      params: CompanyParams,
      body: BoothInput,
      response: { 200: RegisteredCompany },
    },
    handler: async (request) =>
      registrations.setBooth({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        booth: request.body.booth,
      }),
  });

  r.post(`${base}/companies/:companyId/recruiters`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Add a recruiter to a registered company (invited if new)',
      params: CompanyParams,
      body: PersonInput,
      response: { 200: RegisteredCompany },
    },
    handler: async (request) =>
      registrations.addRecruiter({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        person: request.body,
      }),
  });

  r.delete(`${base}/companies/:companyId`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Unregister a company; refused while its recruiters have open chats at the event',
      params: CompanyParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await registrations.unregisterCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
      });
      return reply.status(204).send(null);
    },
  });

  r.get(`${base}/talents`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Registered talents',
      params: IdParams,
      response: { 200: RegisteredTalentsResponse },
    },
    handler: async (request) =>
      registrations.listTalents({ ctx, user: requireUser(request), eventId: request.params.id }),
  });

  r.post(`${base}/talents`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Register a talent (invited if new)',
      params: IdParams,
      body: PersonInput,
      response: { 201: Person },
    },
    handler: async (request, reply) => {
      const person = await registrations.addTalent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        person: request.body,
      });
      return reply.status(201).send(person);
    },
  });

  r.delete(`${base}/talents/:talentId`, {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Unregister a talent; refused while they have open chats at the event',
      params: TalentParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await registrations.removeTalent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        talentId: request.params.talentId,
      });
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/import`, {
    onRequest: signedIn,
    // Room for the largest file the schema accepts, once JSON has escaped its quotes and line breaks.
    bodyLimit: 12 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Import talents or recruiters from CSV; re-imports merge by email',
      params: IdParams,
      body: ImportRequest,
      response: { 200: ImportReport },
    },
    handler: async (request) =>
      importRegistrations({ ctx, user: requireUser(request), eventId: request.params.id, ...request.body }),
  });
}
