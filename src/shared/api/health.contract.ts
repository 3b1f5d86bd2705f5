import { z } from 'zod';
import { defineRoutes } from './route.js';

export const healthApi = defineRoutes('health', {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Answers once the database answers',
    responses: {
      200: z.object({ status: z.literal('ok') }),
      503: z.object({ status: z.literal('unavailable') }),
    },
  },
});
