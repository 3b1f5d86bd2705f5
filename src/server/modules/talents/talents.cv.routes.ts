import type { FastifyInstance } from 'fastify';
import { cvsApi } from '../../../shared/api/cvs.contract.js';
import { CV_MAX_BYTES } from '../../../shared/talents/cv-file.js';
import type { AppContext } from '../../context.js';
import { acceptRawBody, sendAttachment } from '../../infra/http/files.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as cvs from './talents.cv.usecases.js';
import type { TalentCvRecord } from './talents.cv.repository.js';
import { loadEventForTalentBrowsing, requireTalent } from './talents.policy.js';

const attachmentOf = (cv: TalentCvRecord) => ({
  bytes: cv.content,
  mediaType: 'application/pdf',
  fileName: cv.fileName,
});

/**
 * A talent's CV: uploaded as the PDF's raw bytes, downloaded only through these routes, by the talent or by whoever
 * may read their profile at an event (the event's recruiters and organizer).
 */
export function talentCvRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, cvsApi.myCv, async (request, reply) => {
    const cv = await cvs.getOwnCv({ ctx, user: requireTalent(requireUser(request)) });
    return sendAttachment(reply, attachmentOf(cv));
  });

  route(app, cvsApi.deleteMyCv, async (request, reply) => {
    await cvs.deleteOwnCv({ ctx, user: requireTalent(requireUser(request)) });
    return reply.status(204).send(null);
  });

  route(app, cvsApi.cv, async (request, reply) => {
    const { event } = await loadEventForTalentBrowsing(ctx.db, requireUser(request), request.params.id);
    const cv = await cvs.getEventTalentCv({ ctx, eventId: event.id, talentId: request.params.talentId });
    return sendAttachment(reply, attachmentOf(cv));
  });

  // Only the upload reads a PDF body, so only its scope parses one.
  app.register(async (scope) => {
    acceptRawBody(scope, 'application/pdf', { maxBytes: CV_MAX_BYTES, tooLarge: cvs.cvTooLarge });
    route(scope, cvsApi.uploadMyCv, async (request) =>
      cvs.uploadOwnCv({
        ctx,
        user: requireTalent(requireUser(request)),
        bytes: request.body,
        fileName: request.query.fileName,
      }),
    );
  });
}
