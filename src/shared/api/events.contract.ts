import { Event, EventInput, EventListResponse } from '../schemas/events.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const eventErrorCatalog = errorCatalog('events', {
  not_found: { kind: 'not_found', message: 'This event does not exist or you do not take part in it.' },
  not_organizer: { kind: 'forbidden', message: 'Only the organizer of this event can change it.' },
  would_orphan_chats: {
    kind: 'conflict',
    message: 'This change would leave booked 1-1 chats outside the event. Move or cancel those chats first.',
  },
  unknown_day: {
    kind: 'invalid',
    message: 'A day in the request does not belong to this event. Reload the page.',
  },
  day_has_history: { kind: 'conflict', message: 'Days on which chats were held cannot be removed.' },
  date_in_past: { kind: 'invalid', message: 'An event cannot have days in the past.' },
});

export const eventsApi = defineRoutes('events', {
  list: {
    method: 'GET',
    path: '/api/events',
    summary: 'The events the user takes part in, by first day',
    responses: { 200: EventListResponse },
  },
  create: {
    method: 'POST',
    path: '/api/events',
    summary: 'Create an event (organizers); it starts as an unpublished draft',
    body: EventInput,
    responses: { 201: Event },
  },
  get: {
    method: 'GET',
    path: '/api/events/:id',
    summary: 'An event with its days, and how the viewer takes part',
    params: IdParams,
    responses: { 200: Event },
  },
  update: {
    method: 'PUT',
    path: '/api/events/:id',
    summary: 'Change an event and its days (its organizer); refused if booked chats would be orphaned',
    params: IdParams,
    body: EventInput,
    responses: { 200: Event },
  },
  publish: {
    method: 'POST',
    path: '/api/events/:id/publish',
    summary: 'Publish an event: registered recruiters and talents see it',
    params: IdParams,
    responses: { 200: Event },
  },
  unpublish: {
    method: 'POST',
    path: '/api/events/:id/unpublish',
    summary: 'Take an event back to draft',
    params: IdParams,
    responses: { 200: Event },
  },
});
