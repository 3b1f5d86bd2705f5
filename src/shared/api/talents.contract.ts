import { z } from 'zod';
import {
  CvUploadQuery,
  PdfBytes,
  TalentCv,
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
  cv_not_pdf: { kind: 'invalid', message: 'This file is not a PDF. Choose your CV as a PDF file.' },
  cv_truncated: {
    kind: 'invalid',
    message: 'This PDF is incomplete (its end is missing). Save it again and upload the whole file.',
  },
  cv_too_large: { kind: 'too_large', message: 'A CV can be at most 5 MB.' },
  cv_not_found: { kind: 'not_found', message: 'There is no CV to download.' },
});

const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid talent id.' }) });

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
  myCv: {
    method: 'GET',
    path: '/api/me/cv',
    summary: 'Download the logged-in talent’s own CV (a PDF)',
    produces: ['application/pdf'],
    responses: { 200: PdfBytes },
  },
  uploadMyCv: {
    method: 'PUT',
    path: '/api/me/cv',
    summary: 'Upload or replace the logged-in talent’s CV: the PDF’s bytes as the body, at most 5 MB',
    consumes: ['application/pdf'],
    query: CvUploadQuery,
    body: PdfBytes,
    responses: { 200: TalentCv },
  },
  deleteMyCv: {
    method: 'DELETE',
    path: '/api/me/cv',
    summary: 'Delete the logged-in talent’s CV',
    responses: { 204: z.null() },
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
  cv: {
    method: 'GET',
    path: '/api/events/:id/talent-profiles/:talentId/cv',
    summary: 'Download the CV of a talent registered for an event (its recruiters and organizer)',
    params: TalentParams,
    produces: ['application/pdf'],
    responses: { 200: PdfBytes },
  },
});
