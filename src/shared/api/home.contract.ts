import { HomeResponse } from '../schemas/home.schemas.js';
import { defineRoutes } from './route.js';

export const homeApi = defineRoutes('home', {
  get: {
    method: 'GET',
    path: '/api/home',
    summary: "The viewer's Today home: live and next chats, what waits for an answer, per-event counts",
    responses: { 200: HomeResponse },
  },
});
