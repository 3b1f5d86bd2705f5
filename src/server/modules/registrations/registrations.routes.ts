import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

export function registrationsRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
