import { z } from 'zod';
import {
  DataSharingConsent,
  DataSharingConsentList,
  HandoffExportQuery,
  HandoffFile,
  HandoffSummary,
} from '../schemas/handoff.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const handoffErrorCatalog = errorCatalog('handoff', {
  talents_only: { kind: 'forbidden', message: 'Only talents share their details with companies.' },
  recruiters_only: {
    kind: 'forbidden',
    message: 'Only the recruiters of a company export its chats for hiring.',
  },
  company_not_found: {
    kind: 'not_found',
    message: 'This company does not take part in any event with you.',
  },
});

const ConsentParams = z.object({ companyId: z.uuid({ error: 'Not a valid company id.' }) });

/**
 * A talent's consent to share their data with a company (given when asking for or accepting a chat, or on the
 * Account page, and revocable), and the export of a company's chats at an event for its hiring team.
 */
export const handoffApi = defineRoutes('handoff', {
  myConsents: {
    method: 'GET',
    path: '/api/me/data-sharing',
    summary:
      'For talents: the companies they share their profile and contact details with, and those revoked',
    responses: { 200: DataSharingConsentList },
  },
  give: {
    method: 'PUT',
    path: '/api/me/data-sharing/:companyId',
    summary:
      'For talents: share their profile and contact details with a company of one of their events (idempotent)',
    params: ConsentParams,
    responses: { 200: DataSharingConsent },
  },
  revoke: {
    method: 'DELETE',
    path: '/api/me/data-sharing/:companyId',
    summary: 'For talents: stop sharing their details with a company; its next export leaves them out',
    params: ConsentParams,
    responses: { 200: DataSharingConsent },
  },
  summary: {
    method: 'GET',
    path: '/api/events/:id/handoff',
    summary:
      "For the event's recruiters: how many of the company's chats the hand-off export holds and leaves out, and which talents share their details with the company",
    params: IdParams,
    responses: { 200: HandoffSummary },
  },
  export: {
    method: 'GET',
    path: '/api/events/:id/handoff/export',
    summary:
      "For the event's recruiters: the company's booked chats there (confirmed, completed, no-show) with notes, rating, next step and contact data, of talents who share their details with the company, as CSV or JSON (docs/HANDOFF.md)",
    params: IdParams,
    query: HandoffExportQuery,
    produces: ['text/csv', 'application/json'],
    responses: { 200: HandoffFile },
  },
});
