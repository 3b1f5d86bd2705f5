import { z } from 'zod';
import { IdParams } from './params.js';
import {
  ContactStatus,
  InvitationOptOut,
  MySafety,
  ReportCreated,
  ReportInput,
  SafetyReport,
  SafetyReportList,
} from '../schemas/safety.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const safetyErrorCatalog = errorCatalog('safety', {
  people_only: { kind: 'forbidden', message: 'Only talents and recruiters block, report and opt out.' },
  talents_only: { kind: 'forbidden', message: 'Only talents choose whether recruiters may invite them.' },
  recruiters_only: {
    kind: 'forbidden',
    message: 'Only recruiters at this event look up whom they may invite.',
  },
  person_not_found: { kind: 'not_found', message: 'This person does not take part in this event with you.' },
  report_not_found: { kind: 'not_found', message: 'This report does not exist at this event.' },
  blocked: { kind: 'conflict', message: 'This person does not accept 1-1 chats with you.' },
  blocked_by_you: {
    kind: 'conflict',
    message: 'You blocked this person. Unblock them on your Account page to chat with them.',
  },
  invitations_off: { kind: 'conflict', message: 'This talent does not accept invitations.' },
});

const UserParams = z.object({ userId: z.uuid({ error: 'Not a valid person id.' }) });
const EventUserParams = IdParams.extend({ userId: z.uuid({ error: 'Not a valid person id.' }) });
const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid talent id.' }) });
const ReportParams = IdParams.extend({ reportId: z.uuid({ error: 'Not a valid report id.' }) });

export const safetyApi = defineRoutes('safety', {
  mySafety: {
    method: 'GET',
    path: '/api/me/safety',
    summary: 'The people the viewer blocked and, for talents, whether recruiters may invite them at all',
    responses: { 200: MySafety },
  },
  optOutEverywhere: {
    method: 'PUT',
    path: '/api/me/invitations-opt-out',
    summary: 'For talents: recruiters may no longer invite them at any event (idempotent)',
    responses: { 204: z.null() },
  },
  optInEverywhere: {
    method: 'DELETE',
    path: '/api/me/invitations-opt-out',
    summary: 'For talents: recruiters may invite them again, except at events opted out of one by one',
    responses: { 204: z.null() },
  },
  eventOptOut: {
    method: 'GET',
    path: '/api/events/:id/invitations-opt-out',
    summary: 'For talents: whether recruiters may invite them at this event',
    params: IdParams,
    responses: { 200: InvitationOptOut },
  },
  optOutAtEvent: {
    method: 'PUT',
    path: '/api/events/:id/invitations-opt-out',
    summary: 'For talents: recruiters may no longer invite them at this event (idempotent)',
    params: IdParams,
    responses: { 200: InvitationOptOut },
  },
  optInAtEvent: {
    method: 'DELETE',
    path: '/api/events/:id/invitations-opt-out',
    summary: 'For talents: recruiters may invite them at this event again (idempotent)',
    params: IdParams,
    responses: { 200: InvitationOptOut },
  },
  block: {
    method: 'PUT',
    path: '/api/events/:id/blocks/:userId',
    summary:
      'Block a person of the other side at this event: no requests, invitations or bookings either way, at any event (idempotent)',
    params: EventUserParams,
    responses: { 204: z.null() },
  },
  unblock: {
    method: 'DELETE',
    path: '/api/me/blocks/:userId',
    summary: 'Unblock a person (idempotent)',
    params: UserParams,
    responses: { 204: z.null() },
  },
  contact: {
    method: 'GET',
    path: '/api/events/:id/talent-profiles/:talentId/contact',
    summary: 'For recruiters: whether they may invite this talent at this event, and why not',
    params: TalentParams,
    responses: { 200: ContactStatus },
  },
  report: {
    method: 'POST',
    path: '/api/events/:id/reports',
    summary:
      'Report a person of the other side at this event to the organizers of the events both take part in; the reported person never learns who',
    params: IdParams,
    body: ReportInput,
    responses: { 201: ReportCreated },
  },
  reports: {
    method: 'GET',
    path: '/api/events/:id/reports',
    summary:
      "For the event's organizer: reports between two people who both take part in the event, newest first",
    params: IdParams,
    responses: { 200: SafetyReportList },
  },
  markReportHandled: {
    method: 'POST',
    path: '/api/events/:id/reports/:reportId/handled',
    summary: "For the event's organizer: mark a report handled (idempotent)",
    params: ReportParams,
    responses: { 200: SafetyReport },
  },
});
