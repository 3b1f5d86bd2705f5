import { z } from 'zod';
import {
  BookableRecruitersQuery,
  BookableRecruitersResponse,
  DayAvailabilityInput,
  RecruiterAvailability,
  RecruiterDetailsInput,
  TeamOverviewResponse,
} from '../schemas/availability.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams, RecruiterParams } from './params.js';
import { defineRoutes } from './route.js';

export const availabilityErrorCatalog = errorCatalog('availability', {
  recruiters_only: {
    kind: 'forbidden',
    message: 'Only recruiters of a company attending this event manage availability.',
  },
  talents_only: { kind: 'forbidden', message: 'This list is for talents taking part in the event.' },
  not_colleague: { kind: 'not_found', message: 'This recruiter is not a colleague of yours.' },
  day_not_found: { kind: 'not_found', message: 'This day is not part of the event.' },
  duration_not_allowed: {
    kind: 'invalid',
    message: 'The organizer does not allow this chat duration on that day.',
  },
  not_a_slot: { kind: 'invalid', message: 'A chosen time is not a slot of that day at this duration.' },
  duration_locked: {
    kind: 'conflict',
    message:
      'This day already has booked 1-1 chats, so its duration cannot change. Move or cancel them first.',
  },
  approval_not_allowed: {
    kind: 'invalid',
    message:
      'The organizer of this event does not let recruiters require approval: talents book free time slots directly.',
  },
  bad_cursor: {
    kind: 'invalid',
    message: 'This page of the list no longer exists: start again from the first.',
  },
  favourites_for_talents: {
    kind: 'forbidden',
    message: 'Only talents taking part in the event keep favourite recruiters.',
  },
  recruiter_not_listed: {
    kind: 'not_found',
    message: 'This recruiter does not take 1-1 chats at this event, so they cannot be a favourite.',
  },
  nothing_to_confirm: {
    kind: 'invalid',
    message: 'Open at least one time slot before confirming your availability.',
  },
});

const DayParams = RecruiterParams.extend({ dayId: z.uuid({ error: 'Not a valid day id.' }) });

export const availabilityApi = defineRoutes('availability', {
  team: {
    method: 'GET',
    path: '/api/events/:id/team',
    summary: "Manage 1-1 Chats: the recruiter's and colleagues' availability and request counts",
    params: IdParams,
    responses: { 200: TeamOverviewResponse },
  },
  get: {
    method: 'GET',
    path: '/api/events/:id/recruiters/:recruiterId/availability',
    summary: "A recruiter's (or colleague's) slot grid per day and details",
    params: RecruiterParams,
    responses: { 200: RecruiterAvailability },
  },
  setDay: {
    method: 'PUT',
    path: '/api/events/:id/recruiters/:recruiterId/availability/days/:dayId',
    summary: "Set one day's duration and opened slots",
    params: DayParams,
    body: DayAvailabilityInput,
    responses: { 200: RecruiterAvailability },
  },
  setDetails: {
    method: 'PUT',
    path: '/api/events/:id/recruiters/:recruiterId/details',
    summary: 'Set background, levels, languages, topics, the custom question and whether chats need approval',
    params: RecruiterParams,
    body: RecruiterDetailsInput,
    responses: { 200: RecruiterAvailability },
  },
  confirm: {
    method: 'POST',
    path: '/api/events/:id/recruiters/:recruiterId/confirm',
    summary: 'Confirm Availability: talents can request this recruiter from now on',
    params: RecruiterParams,
    responses: { 200: RecruiterAvailability },
  },
  bookable: {
    method: 'GET',
    path: '/api/events/:id/recruiters',
    summary:
      "For talents: recruiters with confirmed availability, their free slots per day, the next free slot and today's count",
    params: IdParams,
    query: BookableRecruitersQuery,
    responses: { 200: BookableRecruitersResponse },
  },
  favourite: {
    method: 'PUT',
    path: '/api/events/:id/favourites/:recruiterId',
    summary:
      'For talents: mark a recruiter as a favourite, before booking opens or any time after (idempotent)',
    params: RecruiterParams,
    responses: { 204: z.null() },
  },
  unfavourite: {
    method: 'DELETE',
    path: '/api/events/:id/favourites/:recruiterId',
    summary: "For talents: remove a recruiter from the talent's favourites (idempotent)",
    params: RecruiterParams,
    responses: { 204: z.null() },
  },
});
