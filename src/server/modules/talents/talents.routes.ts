import type { FastifyInstance } from 'fastify';
import { talentsApi } from '../../../shared/api/talents.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { loadEventForTalentBrowsing, requireTalent } from './talents.policy.js';
import * as talents from './talents.usecases.js';

export function talentsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, talentsApi.myProfile, async (request) =>
    talents.getOwnProfile({ ctx, user: requireTalent(requireUser(request)) }),
  );

  route(app, talentsApi.saveMyProfile, async (request) =>
    talents.updateOwnProfile({ ctx, user: requireTalent(requireUser(request)), profile: request.body }),
  );

  route(app, talentsApi.search, async (request) => {
    const { event, showEmails } = await loadEventForTalentBrowsing(
      ctx.db,
      requireUser(request),
      request.params.id,
    );
    return talents.searchEventTalents({ ctx, eventId: event.id, query: request.query, showEmails });
  });

  route(app, talentsApi.profile, async (request) => {
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
  });
}
