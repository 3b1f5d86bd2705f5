import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { SessionUser } from '../../context.js';
import type { LiveFeature } from '../../infra/live/live.features.js';

/** Agents hear every support conversation change, whichever agent or person caused it. */
export const supportLive: LiveFeature<SessionUser> = {
  follows: (user) => (user.role === 'support' ? [liveTopics.supportAgents()] : []),
};
