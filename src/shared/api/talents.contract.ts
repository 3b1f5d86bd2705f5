import { z } from 'zod';
import {
  TalentProfile,
  TalentProfileInput,
  TalentSearchQuery,
  TalentSearchResponse,
} from '../schemas/talents.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const talentErrorCatalog = errorCatalog('talents', {
  not_found: { kind: 'not_found', message: 'This talent is not registered for this event.' },
  talents_only: { kind: 'forbidden', message: 'Only talents have a profile to edit.' },
  browse_forbidden: {
    kind: 'forbidden',
    message: "Only the event's recruiters and its organizer can browse talent profiles.",
  },
});

export const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid talent id.' }) });

export const talentsApi = defineRoutes('talents', {
  myProfile: {
    method: 'GET',
    path: '/api/me/profile',
    summary: 'The logged-in talent’s own profile',
    responses: { 200: TalentProfile },
  },
  saveMyProfile: {
    method: 'PUT',
    path: '/api/me/profile',
    summary: 'Replace the logged-in talent’s profile (and name)',
    body: TalentProfileInput,
    responses: { 200: TalentProfile },
  },
  search: {
    method: 'GET',
    path: '/api/events/:id/talent-profiles',
    summary: 'Search the talents registered for an event (its recruiters and organizer)',
    params: IdParams,
    query: TalentSearchQuery,
    responses: { 200: TalentSearchResponse },
  },
  profile: {
    method: 'GET',
    path: '/api/events/:id/talent-profiles/:talentId',
    summary: 'One talent registered for an event (its recruiters and organizer)',
    params: TalentParams,
    responses: { 200: TalentProfile },
  },
});
