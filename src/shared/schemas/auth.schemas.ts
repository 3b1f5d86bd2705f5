import { z } from 'zod';
import { CLOCKS } from '../i18n/clocks.js';
import { LOCALES } from '../i18n/locales.js';
import { TimeZone } from './time-zone.schemas.js';
import { singleLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

const Role = z.enum(['organizer', 'recruiter', 'talent', 'support']);
export type Role = z.infer<typeof Role>;

export const Email = singleLineText()
  .toLowerCase()
  .pipe(z.email({ error: say('auth.email') }).max(254));

const NewPassword = z
  .string()
  .min(10, { error: say('auth.passwordMin') })
  .max(200, { error: say('auth.passwordMax') });

export const CurrentUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionResponse = z.object({ user: CurrentUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

const Language = z.enum(LOCALES, { error: say('auth.language') });
/** The language a visitor chose in the menu of the page they signed in on: an account that has none takes it. */
const PageLanguage = { language: Language.optional() };

export const LoginRequest = z.object({
  email: Email,
  password: z
    .string()
    .min(1, { error: say('auth.password') })
    .max(200),
  ...PageLanguage,
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});
export const PasswordResetRequest = z.object({ email: Email });
export const SetPasswordWithTokenRequest = z.object({
  token: z.string().min(10).max(200),
  password: NewPassword,
  name: singleLineText().min(1).max(120).optional(),
  ...PageLanguage,
});
export const TokenInfoResponse = z.object({
  email: z.string(),
  name: z.string(),
  purpose: z.enum(['invitation', 'password_reset']),
});
export const OkResponse = z.object({ ok: z.literal(true) });

/** The zone emails show times in; null: the browser's last used, else each event's own. */
export const TimeZoneSetting = z.object({ timeZone: TimeZone.nullable() });
export type TimeZoneSetting = z.infer<typeof TimeZoneSetting>;
export const BrowserTimeZone = z.object({ timeZone: TimeZone });

/**
 * The language of the app and the emails a person chose (null follows their browser), and the clock they read
 * times on.
 */
export const LanguageSetting = z.object({
  language: Language.nullable(),
  clock: z.enum(CLOCKS, { error: say('auth.clock') }),
});
export type LanguageSetting = z.infer<typeof LanguageSetting>;
/** A change of the language settings: what is left out stays as it is. */
export const LanguageSettingChange = LanguageSetting.partial();
export type LanguageSettingChange = z.infer<typeof LanguageSettingChange>;
export const BrowserLanguage = z.object({ language: Language });
