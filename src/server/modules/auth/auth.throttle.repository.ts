import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { throttles } from './auth.table.js';

/**
 * After `free` attempts, each further one opens a wait of `firstWaitMs`, doubling up to `maxWaitMs`. A counter
 * left alone for `forgetAfterMs` starts over.
 */
export interface ThrottlePolicy {
  bucket: string;
  free: number;
  firstWaitMs: number;
  maxWaitMs: number;
  forgetAfterMs: number;
}

export type Admission = { admitted: true } | { admitted: false; retryAfterMs: number };

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const plusMs = (date: Date, ms: unknown) => sql`(${at(date)} + ${ms} * interval '1 millisecond')`;

/**
 * Counts an attempt before it is made, unless the key is waiting. The update locks the row and re-reads it, so
 * parallel attempts, in this process or another, are counted one after the other and never all admitted.
 */
export async function admit(
  q: Queryable,
  policy: ThrottlePolicy,
  key: string,
  now: Date,
): Promise<Admission> {
  const forgetAt = plusMs(now, policy.forgetAfterMs);
  await q
    .insert(throttles)
    .values({ bucket: policy.bucket, key, attempts: 0, forgetAt: sql`${forgetAt}` })
    .onConflictDoNothing();
  const attempts = sql`(case when ${throttles.forgetAt} <= ${at(now)} then 1 else ${throttles.attempts} + 1 end)`;
  const waitMs = sql`least(${policy.firstWaitMs}::float8 * power(2, ${attempts} - ${policy.free}), ${policy.maxWaitMs})`;
  const blockedUntil = sql`(case when ${attempts} >= ${policy.free} then ${plusMs(now, waitMs)} end)`;
  const counted = await q
    .update(throttles)
    .set({
      attempts,
      blockedUntil,
      forgetAt: sql`greatest(${forgetAt}, ${blockedUntil})`,
    })
    .where(
      and(
        eq(throttles.bucket, policy.bucket),
        eq(throttles.key, key),
        sql`(${throttles.blockedUntil} is null or ${throttles.blockedUntil} <= ${at(now)})`,
      ),
    )
    .returning({ attempts: throttles.attempts });
  if (counted.length === 1) return { admitted: true };
  const [row] = await q
    .select({ blockedUntil: throttles.blockedUntil })
    .from(throttles)
    .where(and(eq(throttles.bucket, policy.bucket), eq(throttles.key, key)));
  return {
    admitted: false,
    retryAfterMs: Math.max(1000, (row?.blockedUntil?.getTime() ?? 0) - now.getTime()),
  };
}

/** Admits an attempt only when every counter admits it, looked at in order; the first refusal answers. */
export async function admitAll(
  q: Queryable,
  checks: [ThrottlePolicy, string][],
  now: Date,
): Promise<Admission> {
  for (const [policy, key] of checks) {
    const admission = await admit(q, policy, key, now);
    if (!admission.admitted) return admission;
  }
  return { admitted: true };
}

/** Starts the counter over, e.g. after a successful login. */
export async function forget(q: Queryable, policy: ThrottlePolicy, key: string): Promise<void> {
  await q.delete(throttles).where(and(eq(throttles.bucket, policy.bucket), eq(throttles.key, key)));
}

/** Takes back one counted attempt that turned out to be legitimate. */
export async function refund(q: Queryable, policy: ThrottlePolicy, key: string): Promise<void> {
  await q
    .update(throttles)
    .set({ attempts: sql`greatest(${throttles.attempts} - 1, 0)` })
    .where(and(eq(throttles.bucket, policy.bucket), eq(throttles.key, key)));
}
