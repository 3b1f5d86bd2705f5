import { BestMatchesQuery, BestMatchesResponse } from '../schemas/matches.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const matchErrorCatalog = errorCatalog('matches', {
  participants_only: {
    kind: 'forbidden',
    message: "Best matches are for the event's talents and recruiters.",
  },
});

export const matchesApi = defineRoutes('matches', {
  best: {
    method: 'GET',
    path: '/api/events/:id/matches',
    summary:
      "Best matches for the viewer: recruiters for a talent, talents for a recruiter, ranked by what the recruiter's details share with the talent's profile, with the reasons",
    params: IdParams,
    query: BestMatchesQuery,
    responses: { 200: BestMatchesResponse },
  },
});
