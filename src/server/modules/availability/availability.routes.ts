import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BookableRecruitersQuery,
  BookableRecruitersResponse,
  DayAvailabilityInput,
  RecruiterAvailability,
  RecruiterDetailsInput,
  TeamOverviewResponse,
} from '../../../shared/schemas/availability.schemas.js';
import type { AppContext } from '../../context.js';
import { IdParams, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import * as availability from './availability.usecases.js';

const RecruiterParams = IdParams.extend({ recruiterId: z.uuid({ error: 'Not a valid recruiter id.' }) });
const DayParams = RecruiterParams.extend({ dayId: z.uuid({ error: 'Not a valid day id.' }) });

export function availabilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['availability'];

  r.get('/api/events/:id/team', {
    schema: {
      tags,
      summary: "Manage 1-1 Chats: the recruiter's and colleagues' availability and request counts",
      params: IdParams,
      response: { 200: TeamOverviewResponse },
    },
    handler: (request) =>
      availability.teamOverview({ ctx, user: requireUser(request), eventId: request.params.id }),
  });

  r.get('/api/events/:id/recruiters/:recruiterId/availability', {
    schema: {
      tags,
      summary: "A recruiter's (or colleague's) slot grid per day and details",
      params: RecruiterParams,
      response: { 200: RecruiterAvailability },
    },
    handler: (request) =>
      availability.getAvailability({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.params.recruiterId,
      }),
  });

  r.put('/api/events/:id/recruiters/:recruiterId/availability/days/:dayId', {
    schema: {
      tags,
      summary: "Set one day's duration and opened slots",
      params: DayParams,
      body: DayAvailabilityInput,
      response: { 200: RecruiterAvailability },
    },
    handler: (request) =>
      availability.setDayAvailability({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.params.recruiterId,
        dayId: request.params.dayId,
        body: request.body,
      }),
  });

  r.put('/api/events/:id/recruiters/:recruiterId/details', {
    schema: {
      tags,
      summary: 'Set background, levels, languages, topics and the custom question',
      params: RecruiterParams,
      body: RecruiterDetailsInput,
      response: { 200: RecruiterAvailability },
    },
    handler: (request) =>
      availability.setDetails({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.params.recruiterId,
        body: request.body,
      }),
  });

  r.post('/api/events/:id/recruiters/:recruiterId/confirm', {
    schema: {
      tags,
      summary: 'Confirm Availability: talents can request this recruiter from now on',
      params: RecruiterParams,
      response: { 200: RecruiterAvailability },
    },
    handler: (request) =>
      availability.confirmAvailability({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.params.recruiterId,
      }),
  });

  r.get('/api/events/:id/recruiters', {
    schema: {
      tags,
      summary: 'For talents: recruiters with confirmed availability and their free slots per day',
      params: IdParams,
      querystring: BookableRecruitersQuery,
      response: { 200: BookableRecruitersResponse },
    },
    handler: (request) =>
      availability.listBookableRecruiters({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        query: request.query,
      }),
  });
}
