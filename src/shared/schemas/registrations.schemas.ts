import { z } from 'zod';
import { singleLineText } from './text.schemas.js';
import { Email } from './auth.schemas.js';
import { say } from './schema-messages.js';

export const PersonInput = z.object({
  name: singleLineText()
    .min(1, { error: say('registrations.name') })
    .max(120),
  email: Email,
});
export type PersonInput = z.infer<typeof PersonInput>;

export const CompanyRegistrationInput = z.object({
  name: singleLineText()
    .min(1, { error: say('registrations.companyName') })
    .max(120),
  booth: singleLineText().max(80).default(''),
  recruiters: z.array(PersonInput).max(200).default([]),
});
export type CompanyRegistrationInput = z.infer<typeof CompanyRegistrationInput>;

export const BoothInput = z.object({ booth: singleLineText().max(80) });

export const Person = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** False until the invited person has set a password. */
  activated: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const RegisteredCompany = z.object({
  id: z.uuid(),
  name: z.string(),
  booth: z.string(),
  recruiters: z.array(Person),
});
export type RegisteredCompany = z.infer<typeof RegisteredCompany>;
export const RegisteredCompaniesResponse = z.object({ companies: z.array(RegisteredCompany) });

export const RegisteredTalentsResponse = z.object({ talents: z.array(Person) });

export const ImportKind = z.enum(['talents', 'recruiters']);
export type ImportKind = z.infer<typeof ImportKind>;
/** Column headers the import understands, in the order of the downloadable template. */
export const importColumns = {
  talents: ['email', 'name', 'headline', 'background', 'level', 'languages', 'topics', 'bio', 'links'],
  recruiters: ['company', 'booth', 'email', 'name'],
} as const;

/** Data rows one import may hold (the header row aside). */
export const MAX_IMPORT_ROWS = 5_000;

export const ImportRequest = z.object({
  kind: ImportKind,
  csv: z
    .string()
    .min(1, { error: say('registrations.fileEmpty') })
    .max(5_000_000, { error: say('registrations.fileTooLarge') }),
});

const RowMessage = z.object({ row: z.number().int(), message: z.string() });

export const ImportReport = z.object({
  /** New accounts created and invited. */
  created: z.number().int(),
  /** Existing accounts updated or newly registered for this event. */
  updated: z.number().int(),
  /** Rows that changed nothing: already registered with the same data. */
  unchanged: z.number().int(),
  errors: z.array(RowMessage),
  /** Rows applied with something to know, such as an account of someone else's registered as it is. */
  notices: z.array(RowMessage),
});
export type ImportReport = z.infer<typeof ImportReport>;
