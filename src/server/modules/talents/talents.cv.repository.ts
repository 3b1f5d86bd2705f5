import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { eventTalents } from '../registrations/registrations.table.js';
import { talentCvs } from './talents.table.js';

export type TalentCvRecord = typeof talentCvs.$inferSelect;

/** One statement, so a replacement is whole or not at all, and two uploads at once leave one of them. */
export async function saveCv(q: Queryable, cv: TalentCvRecord): Promise<void> {
  const { talentId, ...values } = cv;
  await q.insert(talentCvs).values(cv).onConflictDoUpdate({ target: talentCvs.talentId, set: values });
}

export async function deleteCv(q: Queryable, talentId: string): Promise<void> {
  await q.delete(talentCvs).where(eq(talentCvs.talentId, talentId));
}

export async function findCv(q: Queryable, talentId: string): Promise<TalentCvRecord | undefined> {
  const [row] = await q.select().from(talentCvs).where(eq(talentCvs.talentId, talentId));
  return row;
}

/** What is shown of the CV of a talent registered for the event, without reading its bytes. */
export async function findEventCvSummary(q: Queryable, eventId: string, talentId: string) {
  const [row] = await q
    .select({ fileName: talentCvs.fileName, size: talentCvs.size, uploadedAt: talentCvs.uploadedAt })
    .from(talentCvs)
    .innerJoin(eventTalents, eq(eventTalents.talentId, talentCvs.talentId))
    .where(and(eq(eventTalents.eventId, eventId), eq(talentCvs.talentId, talentId)));
  return row;
}

/** Whether the talent is registered for the event, and their CV if they have one: one round trip. */
export async function findEventTalentCv(
  q: Queryable,
  eventId: string,
  talentId: string,
): Promise<{ registered: boolean; cv: TalentCvRecord | undefined }> {
  const [row] = await q
    .select({ cv: talentCvs })
    .from(eventTalents)
    .leftJoin(talentCvs, eq(talentCvs.talentId, eventTalents.talentId))
    .where(and(eq(eventTalents.eventId, eventId), eq(eventTalents.talentId, talentId)));
  return { registered: row !== undefined, cv: row?.cv ?? undefined };
}
