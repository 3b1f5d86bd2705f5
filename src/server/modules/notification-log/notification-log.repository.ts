import { type SQL, sql } from 'drizzle-orm';
import type { DeliveryStatus, MailKind } from '../../../shared/schemas/notification-log.schemas.js';
import type { NotificationParams } from '../../../shared/schemas/notifications.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { currentRequestId } from '../../infra/http/request-id.js';

/**
 * An outbox row's delivery status as the log names it: refused at least once and still retried is `retrying`,
 * never tried or tried without an answer yet is `queued`.
 */
const mailStatus = sql`(case when m.status = 'sent' then 'sent' when m.status = 'failed' then 'failed'
  when m.last_error is not null then 'retrying' else 'queued' end)`;

/**
 * An event's mail comes in two parts: mail that names its event, and mail from before mail named anything, which
 * belongs to the event when it is addressed to a talent registered at it or a recruiter of a company registered
 * at it (a deleted account's mail was given up on purpose: nothing for the organizer to chase).
 */
const eventMail = (eventId: string) => ({
  from: sql`mail_outbox m left join users u on u.id = m.recipient_id`,
  where: sql`m.event_id = ${eventId}`,
});
const unattributedMail = (eventId: string) => ({
  from: sql`mail_outbox m join users u on lower(u.email) = lower(m.to_address)`,
  where: sql`m.event_id is null and m.recipient_id is null and u.deleted_at is null and (
    exists (select 1 from event_talents et where et.event_id = ${eventId} and et.talent_id = u.id)
    or exists (select 1 from event_companies ec where ec.event_id = ${eventId} and ec.company_id = u.company_id))`,
});
const mailParts = (eventId: string) => [eventMail(eventId), unattributedMail(eventId)];

export interface LogFilter {
  person?: string | undefined;
  status?: DeliveryStatus | undefined;
  kind?: MailKind | undefined;
  /** The last entry of the page before: its time as the database prints it, and its id. */
  before?: { at: string; id: string } | undefined;
  limit: number;
}

export interface LogRow {
  channel: 'email' | 'in_app';
  id: string;
  at: string;
  createdAt: string;
  recipientId: string | null;
  name: string | null;
  email: string;
  role: 'organizer' | 'recruiter' | 'talent' | 'support' | null;
  subject: string | null;
  kind: MailKind | null;
  params: NotificationParams | null;
  chatId: string | null;
  status: DeliveryStatus;
  attempts: number;
  sentAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
  readAt: string | null;
  resentFrom: string | null;
  resentById: string | null;
  resentByName: string | null;
}

/** Raw statements answer rows whose shape the statement gives. */
const rowsOf = <Row>(result: unknown) => (result as { rows: Row[] }).rows;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function commonConditions(filter: LogFilter, email: SQL, kind: SQL, createdAt: SQL, id: SQL): SQL[] {
  const conditions: SQL[] = [];
  if (filter.person) {
    const pattern = likePattern(filter.person);
    conditions.push(sql`(u.name ilike ${pattern} or ${email} ilike ${pattern})`);
  }
  if (filter.kind) conditions.push(sql`${kind} = ${filter.kind}`);
  if (filter.before)
    conditions.push(
      sql`(${createdAt}, ${id}) < (${filter.before.at}::timestamptz, ${filter.before.id}::uuid)`,
    );
  return conditions;
}

const all = (conditions: SQL[]) => sql.join(conditions, sql` and `);
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One page of the event's log, newest first by `(created_at, id)`: each part is read in that order up to the page's
 * size from its own index, and the parts merged.
 */
export async function listLog(q: Queryable, eventId: string, filter: LogFilter): Promise<LogRow[]> {
  const limit = filter.limit + 1;
  const parts: SQL[] = [];
  if (filter.status !== 'delivered') {
    for (const part of mailParts(eventId)) {
      const conditions = [
        part.where,
        ...commonConditions(filter, sql`m.to_address`, sql`m.kind`, sql`m.created_at`, sql`m.id`),
      ];
      if (filter.status) conditions.push(sql`${mailStatus} = ${filter.status}`);
      parts.push(sql`(select 'email' as channel, m.id, m.created_at, m.created_at::text as at,
          u.id as recipient_id, u.name, m.to_address as email, u.role::text as role, m.subject, m.kind,
          null::jsonb as params, m.chat_id, ${mailStatus} as status, m.attempts, m.sent_at,
          case when m.status = 'pending' then m.next_attempt_at end as next_attempt_at, m.last_error,
          null::timestamptz as read_at, m.resent_from, r.id as resent_by_id, r.name as resent_by_name
        from ${part.from} left join users r on r.id = m.resent_by
        where ${all(conditions)}
        order by m.created_at desc, m.id desc limit ${limit})`);
    }
  }
  if (!filter.status || filter.status === 'delivered') {
    const conditions = [
      sql`n.event_id = ${eventId}`,
      ...commonConditions(filter, sql`u.email`, sql`n.kind::text`, sql`n.created_at`, sql`n.id`),
    ];
    parts.push(sql`(select 'in_app' as channel, n.id, n.created_at, n.created_at::text as at,
        u.id as recipient_id, u.name, u.email, u.role::text as role, null as subject, n.kind::text as kind,
        n.params, n.chat_id, 'delivered' as status, 0 as attempts, null::timestamptz as sent_at,
        null::timestamptz as next_attempt_at, null as last_error, n.read_at, null::uuid as resent_from,
        null::uuid as resent_by_id, null as resent_by_name
      from notifications n join users u on u.id = n.user_id
      where ${all(conditions)}
      order by n.created_at desc, n.id desc limit ${limit})`);
  }
  const result = await q.execute(sql`
    select channel, id, at, ${iso(sql`created_at`)} as created_at, recipient_id, name, email, role, subject, kind,
      params, chat_id, status, attempts, ${iso(sql`sent_at`)} as sent_at,
      ${iso(sql`next_attempt_at`)} as next_attempt_at, last_error, ${iso(sql`read_at`)} as read_at, resent_from,
      resent_by_id, resent_by_name
    from (${sql.join(parts, sql` union all `)}) entries
    order by entries.created_at desc, entries.id desc limit ${limit}`);
  return rowsOf<Record<string, unknown>>(result).map((row) => ({
    channel: row.channel as LogRow['channel'],
    id: row.id as string,
    at: row.at as string,
    createdAt: row.created_at as string,
    recipientId: (row.recipient_id as string | null) ?? null,
    name: (row.name as string | null) ?? null,
    email: row.email as string,
    role: (row.role as LogRow['role']) ?? null,
    subject: (row.subject as string | null) ?? null,
    kind: (row.kind as MailKind | null) ?? null,
    params: (row.params as NotificationParams | null) ?? null,
    chatId: (row.chat_id as string | null) ?? null,
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    sentAt: (row.sent_at as string | null) ?? null,
    nextAttemptAt: (row.next_attempt_at as string | null) ?? null,
    lastError: (row.last_error as string | null) ?? null,
    readAt: (row.read_at as string | null) ?? null,
    resentFrom: (row.resent_from as string | null) ?? null,
    resentById: (row.resent_by_id as string | null) ?? null,
    resentByName: (row.resent_by_name as string | null) ?? null,
  }));
}

/** How many of the event's emails are in each delivery status, and how many in-app notifications it wrote. */
export async function countByStatus(q: Queryable, eventId: string): Promise<Record<DeliveryStatus, number>> {
  const statuses = mailParts(eventId).map(
    (part) => sql`select ${mailStatus} as status from ${part.from} where ${part.where}`,
  );
  const result = await q.execute(sql`
    select status, count(*)::int as n from (${sql.join(statuses, sql` union all `)}) mail group by status
    union all
    select 'delivered', count(*)::int from notifications n where n.event_id = ${eventId}`);
  const counts = { queued: 0, retrying: 0, sent: 0, failed: 0, delivered: 0 };
  for (const row of rowsOf<{ status: DeliveryStatus; n: number }>(result)) counts[row.status] = Number(row.n);
  return counts;
}

export type ResendOutcome = 'queued' | 'not_found' | 'already_queued';

/**
 * Queues a copy of one of the event's emails, linked to it, in one statement; the original is left as it was. A
 * second copy of the same message while the first still waits in the queue is refused by the outbox's unique
 * index, so a double click (or two organizers at once) queues one. Stamped by the database like all outbox mail.
 */
export async function queueCopy(
  q: Queryable,
  eventId: string,
  mailId: string,
  resentBy: string,
): Promise<{ outcome: ResendOutcome; id?: string }> {
  const found = mailParts(eventId).map(
    (part) =>
      sql`select m.id, u.id as recipient_id from ${part.from} where ${part.where} and m.id = ${mailId}`,
  );
  const result = await q.execute(sql`
    with original as (${sql.join(found, sql` union all `)}),
    copy as (
      insert into mail_outbox (to_address, subject, text, html, calendar, request_id, recipient_id, event_id, kind,
        chat_id, notification_id, resent_from, resent_by)
      select m.to_address, m.subject, m.text, m.html, m.calendar, ${currentRequestId() ?? null}, o.recipient_id,
        ${eventId}, m.kind, m.chat_id, m.notification_id, m.id, ${resentBy}
      from original o join mail_outbox m on m.id = o.id
      on conflict (resent_from) where resent_from is not null and status = 'pending' do nothing
      returning id
    )
    select (select id from original limit 1) as original, (select id from copy) as id`);
  const [row] = rowsOf<{ original: string | null; id: string | null }>(result);
  if (!row?.original) return { outcome: 'not_found' };
  return row.id ? { outcome: 'queued', id: row.id } : { outcome: 'already_queued' };
}
