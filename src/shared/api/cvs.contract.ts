import { z } from 'zod';
import { CvUploadQuery, PdfBytes } from '../schemas/cvs.schemas.js';
import { TalentCv } from '../schemas/talents.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';
import { TalentParams } from './talents.contract.js';

// Apart from the rest of the talents' contract, which the home screen loads: only the profile pages need CVs.
export const cvErrorCatalog = errorCatalog('talents', {
  cv_not_pdf: { kind: 'invalid', message: 'This file is not a PDF. Choose your CV as a PDF file.' },
  cv_truncated: {
    kind: 'invalid',
    message: 'This PDF is incomplete (its end is missing). Save it again and upload the whole file.',
  },
  cv_too_large: { kind: 'too_large', message: 'A CV can be at most 5 MB.' },
  cv_not_found: { kind: 'not_found', message: 'There is no CV to download.' },
});

export const cvsApi = defineRoutes('talents', {
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
  cv: {
    method: 'GET',
    path: '/api/events/:id/talent-profiles/:talentId/cv',
    summary: 'Download the CV of a talent registered for an event (its recruiters and organizer)',
    params: TalentParams,
    produces: ['application/pdf'],
    responses: { 200: PdfBytes },
  },
});
