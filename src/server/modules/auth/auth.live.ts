import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { LiveAuthenticator } from '../../infra/live/live.features.js';
import { resolveSession } from './auth.usecases.js';

/** A live socket belongs to the session of its upgrade request's cookie, read again at each heartbeat and watch. */
export function authLive(ctx: AppContext): LiveAuthenticator<SessionUser> {
  return (request) => {
    const session = request.session;
    if (!session) return null;
    return {
      user: session.user,
      topic: liveTopics.session(session.tokenHash),
      refresh: async () => (await resolveSession(ctx, session.token))?.user ?? null,
    };
  };
}
