import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { mailApi, mailErrorCatalog } from '../../../shared/api/mail.contract.js';
import type { AppContext } from '../../context.js';
import { apiErrors } from '../../infra/http/errors.js';
import { route, typed } from '../../infra/http/routes.js';
import { mayReachMailbox } from './mailbox.access.js';
import { findMail, listRecentMail, type OutboxRow } from '../../infra/mail/mail.repository.js';

const mailErrors = apiErrors(mailErrorCatalog);

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const present = (row: OutboxRow) => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  text: row.text,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  calendar: row.calendar ?? null,
});

/**
 * Without SMTP_URL, mail stays in the outbox and these pages show it: the developer's and the demo's inbox. They
 * hold everyone's reset and invitation links, so whoever may not read them gets the answer of an unknown route,
 * and a signed-in talent, recruiter or support on the operator's machine is told to sign out first.
 */
export function mailboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!mayReachMailbox(ctx.mailbox, request)) return reply.callNotFound();
    if (request.session && request.session.user.role !== 'organizer') throw mailErrors.operator_only();
  };

  route(
    app,
    mailApi.outbox,
    async (request) => {
      const rows = await listRecentMail(ctx.db, request.query.limit);
      const to = request.query.to?.toLowerCase();
      return { messages: rows.filter((row) => !to || row.toAddress.toLowerCase() === to).map(present) };
    },
    { preHandler: guard },
  );

  r.get('/dev/mailbox', {
    schema: { hide: true, querystring: z.object({ to: z.string().optional() }) },
    preHandler: guard,
    handler: async (request, reply) => {
      const to = request.query.to?.toLowerCase();
      const rows = (await listRecentMail(ctx.db, 200)).filter(
        (row) => !to || row.toAddress.toLowerCase() === to,
      );
      const items = rows
        .map(
          (row) =>
            `<tr><td>${escapeHtml(row.createdAt.toISOString().replace('T', ' ').slice(0, 19))} UTC</td><td>${escapeHtml(row.toAddress)}</td><td><a href="/dev/mailbox/${row.id}">${escapeHtml(row.subject)}</a></td><td>${row.calendar ? 'calendar' : ''}</td></tr>`,
        )
        .join('\n');
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parley mailbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1b1e}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #dee2e6}a{color:#1c5fb8}</style></head>
<body><h1>Local mailbox</h1><p>Mail is kept here because <code>SMTP_URL</code> is not set. ${rows.length} message(s)${to ? ` to ${escapeHtml(to)} — <a href="/dev/mailbox">show all</a>` : ''}.</p>
<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th><th>Attachment</th></tr></thead><tbody>${items}</tbody></table></body></html>`;
    },
  });

  r.get('/dev/mailbox/:id', {
    schema: { hide: true, params: z.object({ id: z.uuid() }) },
    preHandler: guard,
    handler: async (request, reply) => {
      const row = await findMail(ctx.db, request.params.id);
      if (!row) throw mailErrors.not_found();
      reply.type('text/html; charset=utf-8');
      const calendar = row.calendar
        ? `<h2>Calendar (${escapeHtml(row.calendar.method)})</h2><p><a href="/dev/mailbox/${row.id}/invite.ics">invite.ics</a></p><pre>${escapeHtml(row.calendar.content)}</pre>`
        : '';
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(row.subject)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}iframe{width:100%;height:32rem;border:1px solid #dee2e6}pre{white-space:pre-wrap;background:#f8f9fa;padding:1rem}</style></head>
<body><p><a href="/dev/mailbox">← Mailbox</a></p><h1>${escapeHtml(row.subject)}</h1><p>To: ${escapeHtml(row.toAddress)}</p>
<iframe title="HTML version" sandbox srcdoc="${escapeHtml(row.html)}"></iframe><h2>Plain text</h2><pre>${escapeHtml(row.text)}</pre>${calendar}</body></html>`;
    },
  });

  r.get('/dev/mailbox/:id/invite.ics', {
    schema: { hide: true, params: z.object({ id: z.uuid() }) },
    preHandler: guard,
    handler: async (request, reply) => {
      const row = await findMail(ctx.db, request.params.id);
      if (!row?.calendar) throw mailErrors.not_found();
      reply.type(`text/calendar; charset=utf-8; method=${row.calendar.method}`);
      return row.calendar.content;
    },
  });
}
