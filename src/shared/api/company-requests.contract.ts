import { Chat } from '../schemas/chats.schemas.js';
import {
  CompanyBookingInput,
  CompanyNextSlot,
  CompanyRequest,
  CompanyRequestAcceptInput,
  CompanyRequestDeclineInput,
  CompanyRequestInput,
  CompanyRequestList,
} from '../schemas/company-requests.schemas.js';
import { errorCatalog } from './errors.js';
import { CompanyParams, CompanyRequestParams, IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const companyQueueErrorCatalog = errorCatalog('companyQueue', {
  not_found: { kind: 'not_found', message: 'This company request does not exist or is not yours.' },
  company_unavailable: {
    kind: 'conflict',
    message: 'No recruiter of this company takes requests at this event yet.',
  },
  book_instead: {
    kind: 'conflict',
    message:
      "This company's recruiters take direct bookings: Request any recruiter books their next free time slot.",
  },
  request_instead: {
    kind: 'conflict',
    message: "This company's recruiters book 1-1 chats on approval: send the company a request instead.",
  },
  invalid_recruiter: {
    kind: 'invalid',
    message: 'You can accept it only for yourself or a colleague who has confirmed their availability.',
  },
  no_free_slot: {
    kind: 'conflict',
    message: 'No recruiter of this company has a free time slot you can book. Please try again later.',
  },
  already_waiting: {
    kind: 'conflict',
    message: 'You already have a request waiting for this company.',
  },
  already_taken: {
    kind: 'conflict',
    message: 'A colleague has already answered this company request.',
  },
  not_waiting: {
    kind: 'conflict',
    message: 'This company request has already been answered or withdrawn.',
  },
  decline_reason_required: {
    kind: 'unprocessable',
    message: 'Write a short reason for the talent.',
  },
});

export const companyRequestsApi = defineRoutes('company requests', {
  list: {
    method: 'GET',
    path: '/api/events/:id/company-requests',
    summary:
      "Company requests at an event: a talent's own, or those to the recruiter's company (waiting ones first, with their count)",
    params: IdParams,
    responses: { 200: CompanyRequestList },
  },
  request: {
    method: 'POST',
    path: '/api/events/:id/companies/:companyId/requests',
    summary:
      'Request any recruiter (approval): a talent asks the company for a 1-1 chat with whichever recruiter accepts first (409 `companyQueue.already_waiting` with one waiting; the limits of a request apply)',
    params: CompanyParams,
    body: CompanyRequestInput,
    responses: { 201: CompanyRequest },
  },
  nextSlot: {
    method: 'GET',
    path: '/api/events/:id/companies/:companyId/next-slot',
    summary:
      "Request any recruiter (direct booking): the company's next free slot the talent may book, and with whom (409 `companyQueue.no_free_slot` when none)",
    params: CompanyParams,
    responses: { 200: CompanyNextSlot },
  },
  book: {
    method: 'POST',
    path: '/api/events/:id/companies/:companyId/book',
    summary:
      "Request any recruiter (direct booking): books the company's next free slot the talent may book, trying the next one when a rule or a race refuses it; the chat is created confirmed",
    params: CompanyParams,
    body: CompanyBookingInput,
    responses: { 201: Chat },
  },
  accept: {
    method: 'POST',
    path: '/api/company-requests/:requestId/accept',
    summary:
      'A recruiter of the company accepts a waiting company request, for themself or a colleague: the chat is created approved, the talent picks a time (409 `companyQueue.already_taken` when a colleague was first)',
    params: CompanyRequestParams,
    body: CompanyRequestAcceptInput,
    responses: { 200: Chat },
  },
  decline: {
    method: 'POST',
    path: '/api/company-requests/:requestId/decline',
    summary: 'A recruiter of the company declines a waiting company request with a reason (422 without one)',
    params: CompanyRequestParams,
    body: CompanyRequestDeclineInput,
    responses: { 200: CompanyRequest },
  },
  withdraw: {
    method: 'POST',
    path: '/api/company-requests/:requestId/withdraw',
    summary: 'The talent withdraws their company request while it waits',
    params: CompanyRequestParams,
    responses: { 200: CompanyRequest },
  },
});
