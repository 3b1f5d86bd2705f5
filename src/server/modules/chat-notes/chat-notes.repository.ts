import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NextStep } from '../../../shared/schemas/notes.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { events } from '../events/events.table.js';
import { chatAssessments, chatNotes } from './chat-notes.table.js';

const author = alias(users, 'author');
const recruiter = alias(users, 'recruiter');
const ratedBy = alias(users, 'rated_by');
const updatedBy = alias(users, 'updated_by');

const noteColumns = {
  note: chatNotes,
  author: { id: author.id, name: author.name },
};

/** The notes of one chat, oldest first, as a conversation reads. */
export function listNotes(q: Queryable, chatId: string) {
  return q
    .select(noteColumns)
    .from(chatNotes)
    .innerJoin(author, eq(author.id, chatNotes.authorId))
    .where(eq(chatNotes.chatId, chatId))
    .orderBy(asc(chatNotes.createdAt), asc(chatNotes.id));
}

export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

/**
 * Notes on the company's other chats with the talent, at any event, newest first. The company of a chat is its
 * recruiter's, as for every other right on the chat.
 */
export function listOtherNotes(q: Queryable, scope: { companyId: string; talentId: string; chatId: string }) {
  return q
    .select({
      ...noteColumns,
      recruiter: { id: recruiter.id, name: recruiter.name },
      event: { id: events.id, name: events.name },
    })
    .from(chatNotes)
    .innerJoin(chats, eq(chats.id, chatNotes.chatId))
    .innerJoin(recruiter, eq(recruiter.id, chats.recruiterId))
    .innerJoin(events, eq(events.id, chats.eventId))
    .innerJoin(author, eq(author.id, chatNotes.authorId))
    .where(
      and(
        eq(chats.talentId, scope.talentId),
        ne(chats.id, scope.chatId),
        eq(recruiter.companyId, scope.companyId),
      ),
    )
    .orderBy(desc(chatNotes.createdAt), asc(chatNotes.id));
}

/** A note, with the chat it is on (`chatId`) and its author. */
export async function findNote(q: Queryable, noteId: string) {
  const [row] = await q.select().from(chatNotes).where(eq(chatNotes.id, noteId));
  return row;
}

export async function insertNote(
  q: Queryable,
  values: { chatId: string; authorId: string; body: string; at: Date },
) {
  const [row] = await q
    .insert(chatNotes)
    .values({
      chatId: values.chatId,
      authorId: values.authorId,
      body: values.body,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .returning();
  return row!;
}

/** The note as changed; undefined when it was deleted meanwhile. */
export async function updateNote(q: Queryable, noteId: string, values: { body: string; at: Date }) {
  const [row] = await q
    .update(chatNotes)
    .set({ body: values.body, updatedAt: values.at })
    .where(eq(chatNotes.id, noteId))
    .returning();
  return row;
}

export async function deleteNote(q: Queryable, noteId: string) {
  await q.delete(chatNotes).where(eq(chatNotes.id, noteId));
}

/** The chat's rating, tags and next step with the names of who set them; undefined before anyone did. */
export async function findAssessment(q: Queryable, chatId: string) {
  const [row] = await q
    .select({
      assessment: chatAssessments,
      ratedBy: { id: ratedBy.id, name: ratedBy.name },
      updatedBy: { id: updatedBy.id, name: updatedBy.name },
    })
    .from(chatAssessments)
    .leftJoin(ratedBy, eq(ratedBy.id, chatAssessments.ratedById))
    .leftJoin(updatedBy, eq(updatedBy.id, chatAssessments.updatedById))
    .where(eq(chatAssessments.chatId, chatId));
  return row;
}

export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

/**
 * Sets what was given of the rating, tags and next step in one statement, creating the chat's row on the first
 * change; what was left out keeps its value, so two colleagues changing different fields do not undo each other.
 */
export async function saveAssessment(
  q: Queryable,
  change: {
    chatId: string;
    byId: string;
    at: Date;
    rating?: number | null;
    tags?: string[];
    nextStep?: NextStep | null;
  },
) {
  const given = {
    ...(change.rating !== undefined && {
      rating: change.rating,
      ratedById: change.rating === null ? null : change.byId,
    }),
    ...(change.tags !== undefined && { tags: change.tags }),
    ...(change.nextStep !== undefined && { nextStep: change.nextStep }),
    updatedById: change.byId,
    updatedAt: change.at,
  };
  await q
    .insert(chatAssessments)
    .values({ chatId: change.chatId, ...given })
    .onConflictDoUpdate({ target: chatAssessments.chatId, set: given });
}
