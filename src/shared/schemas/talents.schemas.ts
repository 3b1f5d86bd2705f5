import { z } from 'zod';
import { multiLineText, oneLineCheck, singleLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

export const ExperienceLevel = z.enum(['student', 'entry', 'mid', 'senior', 'executive'], {
  error: say('talents.level'),
});
export type ExperienceLevel = z.infer<typeof ExperienceLevel>;
export const experienceLevelLabel: Record<ExperienceLevel, string> = {
  student: 'Student',
  entry: 'Entry level (0–2 years)',
  mid: 'Experienced (3–5 years)',
  senior: 'Senior (6+ years)',
  executive: 'Executive',
};

/** Offered as suggestions in the forms; people may type others. */
export const commonLanguages = [
  'English',
  'German',
  'French',
  'Spanish',
  'Italian',
  'Portuguese',
  'Dutch',
  'Polish',
  'Turkish',
  'Arabic',
  'Mandarin',
  'Hindi',
  'Japanese',
];

/** The longest language, topic or background a profile or a recruiter's details may name. */
export const TAG_MAX = 60;
const Tag = singleLineText().min(1).max(TAG_MAX);
const TagList = z
  .array(Tag)
  .max(30)
  .transform((list) => [...new Set(list)]);

export const TalentProfileInput = z.object({
  name: singleLineText()
    .min(1, { error: say('talents.name') })
    .max(120),
  headline: singleLineText().max(160).default(''),
  background: singleLineText().max(160).default(''),
  level: ExperienceLevel.nullable().default(null),
  languages: TagList.default([]),
  topics: TagList.default([]),
  bio: multiLineText().max(2000).default(''),
  links: z
    .array(
      z
        .url({ protocol: /^https?$/, error: say('talents.link') })
        .max(300)
        .check(oneLineCheck()),
    )
    .max(10)
    .default([]),
});
export type TalentProfileInput = z.infer<typeof TalentProfileInput>;

/** What is shown of a talent's CV: the file itself comes only from its download route. */
export const TalentCv = z.object({
  fileName: z.string(),
  size: z.number().int(),
  uploadedAt: z.iso.datetime(),
});
export type TalentCv = z.infer<typeof TalentCv>;

export const TalentProfile = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  headline: z.string(),
  background: z.string(),
  level: ExperienceLevel.nullable(),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  bio: z.string(),
  links: z.array(z.string()),
  /** The talent's CV, null without one. */
  cv: TalentCv.nullable(),
});
export type TalentProfile = z.infer<typeof TalentProfile>;

export const TalentSearchQuery = z.object({
  q: singleLineText()
    .max(100, { error: say('talents.searchMax') })
    .optional(),
  language: singleLineText()
    .max(60, { error: say('talents.languageMax') })
    .optional(),
  level: ExperienceLevel.optional(),
  topic: singleLineText()
    .max(60, { error: say('talents.topicMax') })
    .optional(),
  page: z.coerce
    .number({ error: say('talents.page') })
    .int()
    .min(1)
    .max(10_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: say('talents.pageSize') })
    .int()
    .min(1)
    .max(100)
    .default(24),
});
export type TalentSearchQuery = z.infer<typeof TalentSearchQuery>;

export const TalentSearchResponse = z.object({
  talents: z.array(TalentProfile),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Values present among the event's talents, for the filter choices. */
  facets: z.object({ languages: z.array(z.string()), topics: z.array(z.string()) }),
});
export type TalentSearchResponse = z.infer<typeof TalentSearchResponse>;
