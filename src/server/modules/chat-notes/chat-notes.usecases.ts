import { normalizeTags } from '../../../shared/notes/tags.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type {
  AssessmentInput,
  ChatAssessment,
  ChatNote,
  ChatNotesResponse,
  NoteInput,
} from '../../../shared/schemas/notes.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { actorOf, type ChatView, chatErrors, findChatView } from '../chats/index.js';
import { eventCvSummaryOf } from '../talents/index.js';
import { noteErrors } from './chat-notes.errors.js';
import * as repo from './chat-notes.repository.js';

/**
 * The chat, for a recruiter of its company (`actorOf`: the chat's recruiter or a colleague, while the company
 * attends the event). Its talent is told the notes are not theirs to see; anyone else hears the chat does not exist.
 */
async function loadTeamChat(ctx: AppContext, user: SessionUser, chatId: string): Promise<ChatView> {
  const view = await findChatView(ctx.db, chatId);
  const actor = view && actorOf(user, view);
  if (!view || !actor) throw chatErrors.not_found();
  if (actor !== 'recruiter') throw noteErrors.recruiters_only();
  return view;
}

/** A note the user wrote, on a chat of their company: a colleague's note is read-only, a foreign one unknown. */
async function loadOwnNote(ctx: AppContext, user: SessionUser, noteId: string) {
  const note = await repo.findNote(ctx.db, noteId);
  const view = note && (await findChatView(ctx.db, note.chatId));
  if (!note || !view || actorOf(user, view) !== 'recruiter') throw noteErrors.not_found();
  if (note.authorId !== user.id) throw noteErrors.not_author();
  return { note, view };
}

const announce = (ctx: AppContext, view: ChatView) =>
  ctx.live.publish([liveTopics.companyAtEvent(view.company.id, view.chat.eventId)], {
    type: 'notes.changed',
    eventId: view.chat.eventId,
    chatId: view.chat.id,
  });

function presentNote(row: { note: repo.NoteRow['note']; author: repo.NoteRow['author'] }): ChatNote {
  return {
    id: row.note.id,
    chatId: row.note.chatId,
    author: row.author,
    body: row.note.body,
    createdAt: row.note.createdAt.toISOString(),
    updatedAt: row.note.updatedAt.toISOString(),
  };
}

function presentAssessment(row: repo.AssessmentRow | undefined): ChatAssessment {
  if (!row)
    return { rating: null, ratedBy: null, tags: [], nextStep: null, updatedBy: null, updatedAt: null };
  const { assessment } = row;
  return {
    rating: assessment.rating,
    ratedBy: assessment.rating === null ? null : row.ratedBy,
    tags: assessment.tags,
    nextStep: assessment.nextStep,
    updatedBy: row.updatedBy,
    updatedAt: assessment.updatedAt.toISOString(),
  };
}

export async function listChatNotes(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
}): Promise<ChatNotesResponse> {
  const { ctx, user, chatId } = input;
  const view = await loadTeamChat(ctx, user, chatId);
  const [notes, assessment, otherNotes, talentCv] = await Promise.all([
    repo.listNotes(ctx.db, chatId),
    repo.findAssessment(ctx.db, chatId),
    repo.listOtherNotes(ctx.db, { companyId: view.company.id, talentId: view.talent.id, chatId }),
    eventCvSummaryOf(ctx.db, view.chat.eventId, view.talent.id),
  ]);
  return {
    notes: notes.map(presentNote),
    assessment: presentAssessment(assessment),
    otherNotes: otherNotes.map((row) => ({
      ...presentNote(row),
      chat: { recruiter: row.recruiter, event: row.event },
    })),
    talentId: view.talent.id,
    talentCv,
  };
}

export async function writeNote(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  note: NoteInput;
}): Promise<ChatNote> {
  const { ctx, user } = input;
  const view = await loadTeamChat(ctx, user, input.chatId);
  const note = await repo.insertNote(ctx.db, {
    chatId: view.chat.id,
    authorId: user.id,
    body: input.note.body,
    at: ctx.now(),
  });
  await announce(ctx, view);
  return presentNote({ note, author: { id: user.id, name: user.name } });
}

export async function changeNote(input: {
  ctx: AppContext;
  user: SessionUser;
  noteId: string;
  note: NoteInput;
}): Promise<ChatNote> {
  const { ctx, user } = input;
  const { view } = await loadOwnNote(ctx, user, input.noteId);
  const note = await repo.updateNote(ctx.db, input.noteId, { body: input.note.body, at: ctx.now() });
  if (!note) throw noteErrors.not_found();
  await announce(ctx, view);
  return presentNote({ note, author: { id: user.id, name: user.name } });
}

export async function deleteNote(input: {
  ctx: AppContext;
  user: SessionUser;
  noteId: string;
}): Promise<void> {
  const { ctx, user } = input;
  const { view } = await loadOwnNote(ctx, user, input.noteId);
  await repo.deleteNote(ctx.db, input.noteId);
  await announce(ctx, view);
}

/** Sets the rating, tags or next step the recruiter gave; tags are kept each once (`normalizeTags`). */
export async function assessChat(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  assessment: AssessmentInput;
}): Promise<ChatAssessment> {
  const { ctx, user, chatId } = input;
  const view = await loadTeamChat(ctx, user, chatId);
  const { tags, ...rest } = input.assessment;
  await repo.saveAssessment(ctx.db, {
    ...rest,
    ...(tags && { tags: normalizeTags(tags) }),
    chatId,
    byId: user.id,
    at: ctx.now(),
  });
  await announce(ctx, view);
  return presentAssessment(await repo.findAssessment(ctx.db, chatId));
}
