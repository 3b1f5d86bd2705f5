import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  TalentProfile,
  TalentProfileInput,
  TalentSearchQuery,
  TalentSearchResponse,
} from '../../../shared/schemas/talents.schemas.js';
import type { AppContext } from '../../context.js';
import { IdParams, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import { loadEventForTalentBrowsing, requireTalent } from './talents.policy.js';
import * as talents from './talents.usecases.js';

const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid talent id.' }) });

export function talentsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['talents'];

  r.get('/api/me/profile', {
    schema: { tags, summary: 'The logged-in talent’s own profile', response: { 200: TalentProfile } },
    handler: async (request) => talents.getOwnProfile({ ctx, user: requireTalent(requireUser(request)) }),
  });

  r.put('/api/me/profile', {
    schema: {
      tags,
      summary: 'Replace the logged-in talent’s profile (and name)',
      body: TalentProfileInput,
      response: { 200: TalentProfile },
    },
    handler: async (request) =>
      talents.updateOwnProfile({ ctx, user: requireTalent(requireUser(request)), profile: request.body }),
  });

  r.get('/api/events/:id/talent-profiles', {
    schema: {
      tags,
      summary: 'Search the talents registered for an event (its recruiters and organizer)',
      params: IdParams,
      querystring: TalentSearchQuery,
      response: { 200: TalentSearchResponse },
    },
    handler: async (request) => {
      const { event, showEmails } = await loadEventForTalentBrowsing(
        ctx.db,
        requireUser(request),
        request.params.id,
      );
      return talents.searchEventTalents({ ctx, eventId: event.id, query: request.query, showEmails });
    },
  });

  r.get('/api/events/:id/talent-profiles/:talentId', {
    schema: {
      tags,
      summary: 'One talent registered for an event (its recruiters and organizer)',
      params: TalentParams,
      response: { 200: TalentProfile },
    },
    handler: async (request) => {
      const { event, showEmails } = await loadEventForTalentBrowsing(
        ctx.db,
        requireUser(request),
        request.params.id,
      );
      return talents.getEventTalentProfile({
        ctx,
        eventId: event.id,
        talentId: request.params.talentId,
        showEmail: showEmails,
      });
    },
  });
}
