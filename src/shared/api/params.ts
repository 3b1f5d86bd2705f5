import { z } from 'zod';

/** An event's routes (`/api/events/:id/…`), and others named by one id. */
export const IdParams = z.object({ id: z.uuid({ error: 'Not a valid id.' }) });
/** A 1-1 chat's routes, its room's included. */
export const ChatParams = z.object({ chatId: z.uuid({ error: 'Not a valid chat id.' }) });
/** A recruiter's routes at an event (`/api/events/:id/recruiters/:recruiterId/…`). */
export const RecruiterParams = IdParams.extend({
  recruiterId: z.uuid({ error: 'Not a valid recruiter id.' }),
});
/** A company's routes at an event (`/api/events/:id/companies/:companyId/…`). */
export const CompanyParams = IdParams.extend({ companyId: z.uuid({ error: 'Not a valid id.' }) });
/** A company request's routes. */
export const CompanyRequestParams = z.object({ requestId: z.uuid({ error: 'Not a valid request id.' }) });
