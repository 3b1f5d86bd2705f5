import { z } from 'zod';
import { BoothQueueResponse, BoothsResponse } from '../schemas/booths.schemas.js';
import { Chat } from '../schemas/chats.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const boothErrorCatalog = errorCatalog('booths', {
  talents_only: { kind: 'forbidden', message: 'Only talents taking part in the event queue at booths.' },
  recruiters_only: {
    kind: 'forbidden',
    message: 'Only recruiters of a company attending this event see its booth queue.',
  },
  not_in_person: {
    kind: 'conflict',
    message: 'Booth queues open on in-person days only, and today is not one at this event.',
  },
  not_under_way: {
    kind: 'conflict',
    message: "Booth queues open while the in-person day is under way: it has not opened yet, or it's over.",
  },
  booth_not_found: { kind: 'not_found', message: 'This company has no booth at this event.' },
  already_queued: { kind: 'conflict', message: "You are already in this booth's queue." },
  queue_empty: { kind: 'conflict', message: 'Nobody is waiting at your booth.' },
  entry_not_found: { kind: 'not_found', message: "This talent is not in your booth's queue." },
  not_called: {
    kind: 'conflict',
    message:
      'This talent is not called any more: a colleague started a chat with them or marked them not here.',
  },
});

const BoothParams = IdParams.extend({ companyId: z.uuid({ error: 'Not a valid company id.' }) });
const EntryParams = IdParams.extend({ entryId: z.uuid({ error: 'Not a valid queue entry id.' }) });

export const boothsApi = defineRoutes('booths', {
  list: {
    method: 'GET',
    path: '/api/events/:id/booths',
    summary: "For talents: the event's booths, whether their queues are open and the talent's place at each",
    params: IdParams,
    responses: { 200: BoothsResponse },
  },
  join: {
    method: 'POST',
    path: '/api/events/:id/booths/:companyId/queue',
    summary: "For talents: join a booth's walk-in queue while an in-person day is under way",
    params: BoothParams,
    responses: { 200: BoothsResponse },
  },
  leave: {
    method: 'DELETE',
    path: '/api/events/:id/booths/:companyId/queue',
    summary: "For talents: leave a booth's queue (idempotent)",
    params: BoothParams,
    responses: { 200: BoothsResponse },
  },
  queue: {
    method: 'GET',
    path: '/api/events/:id/booth-queue',
    summary: "For recruiters: their company's booth queue and whether they are free now",
    params: IdParams,
    responses: { 200: BoothQueueResponse },
  },
  callNext: {
    method: 'POST',
    path: '/api/events/:id/booth-queue/call',
    summary: 'For recruiters: call the first talent waiting at their booth',
    params: IdParams,
    responses: { 200: BoothQueueResponse },
  },
  startChat: {
    method: 'POST',
    path: '/api/events/:id/booth-queue/:entryId/chat',
    summary:
      "For recruiters: start a walk-in chat with a called talent, from now until the end of the recruiter's gap",
    params: EntryParams,
    responses: { 200: Chat },
  },
  notHere: {
    method: 'POST',
    path: '/api/events/:id/booth-queue/:entryId/not-here',
    summary: 'For recruiters: a called talent did not come: their entry ends as no answer',
    params: EntryParams,
    responses: { 200: BoothQueueResponse },
  },
});
