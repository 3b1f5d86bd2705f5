import { z } from 'zod';
import { MAX_TAG_LENGTH, MAX_TAGS_PER_CHAT } from '../notes/tags.js';
import { TalentCv } from './talents.schemas.js';
import { multiLineText, singleLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

/**
 * What a company's recruiters write down about a 1-1 chat: notes (each its author's), one rating, tags and the next
 * step. Private to the recruiters of the chat's company: never shown to the talent, other companies or organizers.
 */

export const MAX_NOTE_LENGTH = 4000;

/** What the company means to do after the chat, in the words the recruiters see. */
export const nextSteps = ['invite_to_interview', 'keep_in_touch', 'not_a_fit', 'no_show'] as const;
export const NextStep = z.enum(nextSteps, {
  error: say('notes.nextStep'),
});
export type NextStep = z.infer<typeof NextStep>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const ChatNote = z.object({
  id: z.uuid(),
  chatId: z.uuid(),
  author: Person,
  body: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ChatNote = z.infer<typeof ChatNote>;

/** A note of a colleague from another chat of the company with the same talent, shown read-only. */
export const OtherChatNote = ChatNote.extend({
  chat: z.object({ recruiter: Person, event: z.object({ id: z.uuid(), name: z.string() }) }),
});
export type OtherChatNote = z.infer<typeof OtherChatNote>;

export const ChatAssessment = z.object({
  rating: z.number().int().min(1).max(5).nullable(),
  /** Who gave the rating as it stands. */
  ratedBy: Person.nullable(),
  tags: z.array(z.string()),
  nextStep: NextStep.nullable(),
  /** Who last changed the rating, tags or next step, and when; null before anyone did. */
  updatedBy: Person.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type ChatAssessment = z.infer<typeof ChatAssessment>;

export const ChatNotesResponse = z.object({
  notes: z.array(ChatNote),
  assessment: ChatAssessment,
  /** The company's notes from its other chats with this talent, at any event, newest first. */
  otherNotes: z.array(OtherChatNote),
  /** The chat's talent and their CV, to read during the call or while writing notes; null without one. */
  talentId: z.uuid(),
  talentCv: TalentCv.nullable(),
});
export type ChatNotesResponse = z.infer<typeof ChatNotesResponse>;

export const NoteInput = z.object({
  body: multiLineText()
    .min(1, { error: say('notes.empty') })
    .max(MAX_NOTE_LENGTH, { error: say('notes.max', { max: MAX_NOTE_LENGTH }) }),
});
export type NoteInput = z.infer<typeof NoteInput>;

const Tag = singleLineText()
  .min(1, { error: say('notes.tagEmpty') })
  .max(MAX_TAG_LENGTH, { error: say('notes.tagMax', { max: MAX_TAG_LENGTH }) });

/** A field left out stays as it is; `null` clears the rating or the next step. */
export const AssessmentInput = z
  .object({
    rating: z
      .number({ error: say('notes.rating') })
      .int({ error: say('notes.rating') })
      .min(1, { error: say('notes.rating') })
      .max(5, { error: say('notes.rating') })
      .nullable(),
    tags: z
      .array(Tag, { error: say('notes.tagsList') })
      .max(MAX_TAGS_PER_CHAT, { error: say('notes.tagsMax', { max: MAX_TAGS_PER_CHAT }) }),
    nextStep: NextStep.nullable(),
  })
  .partial()
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: say('notes.something'),
  });
export type AssessmentInput = z.infer<typeof AssessmentInput>;
