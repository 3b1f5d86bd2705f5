import type { FastifyInstance } from 'fastify';
import { Event, EventInput, EventListResponse } from '../../../shared/schemas/events.schemas.js';
import type { AppContext } from '../../context.js';
import { IdParams, typed } from '../../infra/http/routes.js';
import { requireRole, requireUser } from '../auth/auth.policy.js';
import { signedIn } from './events.policy.js';
import * as events from './events.usecases.js';

export function eventsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['events'];

  r.get('/api/events', {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'The events the user takes part in, by first day',
      response: { 200: EventListResponse },
    },
    handler: async (request) => events.listEvents({ ctx, user: requireUser(request) }),
  });

  r.post('/api/events', {
    onRequest: async (request) => {
      requireRole(request, 'organizer');
    },
    schema: {
      tags,
      summary: 'Create an event (organizers); it starts as an unpublished draft',
      body: EventInput,
      response: { 201: Event },
    },
    handler: async (request, reply) => {
      const event = await events.createEvent({
        ctx,
        user: requireRole(request, 'organizer'),
        event: request.body,
      });
      return reply.status(201).send(event);
    },
  });

  r.get('/api/events/:id', {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'An event with its days, and how the viewer takes part',
      params: IdParams,
      response: { 200: Event },
    },
    handler: async (request) =>
      events.getEvent({ ctx, user: requireUser(request), eventId: request.params.id }),
  });

  r.put('/api/events/:id', {
    onRequest: signedIn,
    schema: {
      tags,
      summary: 'Change an event and its days (its organizer); refused if booked chats would be orphaned',
      params: IdParams,
      body: EventInput,
      response: { 200: Event },
    },
    handler: async (request) =>
      events.updateEvent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        event: request.body,
      }),
  });

  for (const [action, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    r.post(`/api/events/:id/${action}`, {
      onRequest: signedIn,
      schema: {
        tags,
        summary: published
          ? 'Publish an event: registered recruiters and talents see it'
          : 'Take an event back to draft',
        params: IdParams,
        response: { 200: Event },
      },
      handler: async (request) =>
        events.setPublished({ ctx, user: requireUser(request), eventId: request.params.id, published }),
    });
  }
}
