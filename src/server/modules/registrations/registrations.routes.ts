import type { FastifyInstance } from 'fastify';
import { registrationsApi } from '../../../shared/api/registrations.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import { importRegistrations } from './registrations.import.js';
import * as registrations from './registrations.usecases.js';

/** Who attends an event: only its own organizer manages that (others: 404 if they do not see it, else 403). */
export function registrationsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const options = { onRequest: signedIn };

  route(
    app,
    registrationsApi.companies,
    async (request) =>
      registrations.listCompanies({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );

  route(
    app,
    registrationsApi.registerCompany,
    async (request, reply) => {
      const company = await registrations.registerCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        registration: request.body,
      });
      return reply.status(201).send(company);
    },
    options,
  );

  route(
    app,
    registrationsApi.setBooth,
    async (request) =>
      registrations.setBooth({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        booth: request.body.booth,
      }),
    options,
  );

  route(
    app,
    registrationsApi.addRecruiter,
    async (request) =>
      registrations.addRecruiter({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        person: request.body,
      }),
    options,
  );

  route(
    app,
    registrationsApi.unregisterCompany,
    async (request, reply) => {
      await registrations.unregisterCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
      });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    registrationsApi.talents,
    async (request) =>
      registrations.listTalents({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );

  route(
    app,
    registrationsApi.addTalent,
    async (request, reply) => {
      const person = await registrations.addTalent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        person: request.body,
      });
      return reply.status(201).send(person);
    },
    options,
  );

  route(
    app,
    registrationsApi.removeTalent,
    async (request, reply) => {
      await registrations.removeTalent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        talentId: request.params.talentId,
      });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    registrationsApi.import,
    async (request) =>
      importRegistrations({ ctx, user: requireUser(request), eventId: request.params.id, ...request.body }),
    // Room for the largest file the schema accepts, once JSON has escaped its quotes and line breaks.
    { ...options, bodyLimit: 12 * 1024 * 1024 },
  );
}
