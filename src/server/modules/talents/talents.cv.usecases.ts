import { createHash } from 'node:crypto';
import type { TalentCv } from '../../../shared/schemas/talents.schemas.js';
import { cvFileName, cvFileProblem } from '../../../shared/talents/cv-file.js';
import type { AppContext } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { onField } from '../../infra/http/errors.js';
import * as repo from './talents.cv.repository.js';
import { cvErrors, talentErrors } from './talents.errors.js';
import type { TalentUser } from './talents.policy.js';

/** The form's field the upload's refusals are shown on. */
const CV_FIELD = 'cv';

const refusalOf = {
  too_large: cvErrors.cv_too_large,
  not_pdf: cvErrors.cv_not_pdf,
  truncated: cvErrors.cv_truncated,
};

/** The refusal of a body too large to read at all, on the same field as the others. */
export const cvTooLarge = () => onField(cvErrors.cv_too_large(), CV_FIELD);

export function presentCv(cv: { fileName: string; size: number; uploadedAt: Date }): TalentCv {
  return { fileName: cv.fileName, size: cv.size, uploadedAt: cv.uploadedAt.toISOString() };
}

/**
 * What is shown of a talent's CV to a recruiter the caller already let read the talent's chat at the event: the
 * same CV the event's profile route lets them download, so null when the talent is no longer registered there.
 */
export async function eventCvSummaryOf(
  q: Queryable,
  eventId: string,
  talentId: string,
): Promise<TalentCv | null> {
  const cv = await repo.findEventCvSummary(q, eventId, talentId);
  return cv ? presentCv(cv) : null;
}

/** Checks the whole file before anything is stored, then keeps it in one upsert: a refused upload leaves the old CV. */
export async function uploadOwnCv(input: {
  ctx: AppContext;
  user: TalentUser;
  bytes: Uint8Array;
  fileName: string | undefined;
}): Promise<TalentCv> {
  const { ctx, user, bytes } = input;
  const problem = cvFileProblem(bytes);
  if (problem) throw onField(refusalOf[problem](), CV_FIELD);
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cv: repo.TalentCvRecord = {
    talentId: user.id,
    content,
    size: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    fileName: cvFileName(input.fileName),
    uploadedAt: ctx.now(),
  };
  await repo.saveCv(ctx.db, cv);
  return presentCv(cv);
}

export async function deleteOwnCv(input: { ctx: AppContext; user: TalentUser }): Promise<void> {
  await repo.deleteCv(input.ctx.db, input.user.id);
}

export async function getOwnCv(input: { ctx: AppContext; user: TalentUser }): Promise<repo.TalentCvRecord> {
  const cv = await repo.findCv(input.ctx.db, input.user.id);
  if (!cv) throw cvErrors.cv_not_found();
  return cv;
}

/** The CV of a talent registered for the event; who may browse the event's talents is the caller's check. */
export async function getEventTalentCv(input: {
  ctx: AppContext;
  eventId: string;
  talentId: string;
}): Promise<repo.TalentCvRecord> {
  const { registered, cv } = await repo.findEventTalentCv(input.ctx.db, input.eventId, input.talentId);
  if (!registered) throw talentErrors.not_found();
  if (!cv) throw cvErrors.cv_not_found();
  return cv;
}
