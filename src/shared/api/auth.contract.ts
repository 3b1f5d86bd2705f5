import { z } from 'zod';
import {
  BrowserLanguage,
  BrowserTimeZone,
  ChangePasswordRequest,
  LanguageSetting,
  LanguageSettingChange,
  LoginRequest,
  OkResponse,
  PasswordResetRequest,
  SessionResponse,
  SetPasswordWithTokenRequest,
  TimeZoneSetting,
  TokenInfoResponse,
} from '../schemas/auth.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

/**
 * A cookie scripts may read, set beside the httpOnly session cookie and gone with it: without it the page knows
 * nobody is signed in and does not ask for the session (an answer 401 that browsers log as an error).
 */
export const SESSION_HINT_COOKIE = 'parley_signed_in';

export const authErrorCatalog = errorCatalog('auth', {
  invalid_credentials: { kind: 'unauthenticated', message: 'That email and password do not match.' },
  not_logged_in: { kind: 'unauthenticated', message: 'Please log in first.' },
  foreign_origin: {
    kind: 'forbidden',
    message: 'This change was sent from another website. Open Parley itself and try again.',
  },
  csrf_mismatch: { kind: 'forbidden', message: 'This page is out of date. Reload it and try again.' },
  too_many_attempts: {
    kind: 'too_many_requests',
    message: 'Too many failed attempts. Try again later, or reset your password.',
  },
  wrong_password: { kind: 'invalid', message: 'Your current password is not correct.' },
  token_invalid: { kind: 'invalid', message: 'This link is invalid or has expired. Ask for a new one.' },
  forbidden_role: { kind: 'forbidden', message: 'Your account cannot do that.' },
  email_taken: { kind: 'conflict', message: 'An account with this email already exists.' },
});

export const authApi = defineRoutes('auth', {
  login: {
    method: 'POST',
    path: '/api/auth/login',
    summary:
      'Log in with email and password; `language`, the one chosen on the login page, becomes the account’s if it has none',
    body: LoginRequest,
    responses: { 200: SessionResponse },
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Log out: revokes this session',
    responses: { 200: OkResponse },
  },
  session: {
    method: 'GET',
    path: '/api/auth/session',
    summary: 'The logged-in user and the CSRF token for writes',
    responses: { 200: SessionResponse },
  },
  changePassword: {
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Change password; signs out every other session',
    body: ChangePasswordRequest,
    responses: { 200: OkResponse },
  },
  requestPasswordReset: {
    method: 'POST',
    path: '/api/auth/password-reset',
    summary: 'Email a password reset link',
    body: PasswordResetRequest,
    responses: { 202: OkResponse },
  },
  describeToken: {
    method: 'GET',
    path: '/api/auth/tokens/:token',
    summary: 'Whom an invitation or reset link is for',
    params: z.object({ token: z.string().min(10).max(200) }),
    responses: { 200: TokenInfoResponse },
  },
  timeZone: {
    method: 'GET',
    path: '/api/me/time-zone',
    summary: 'The time zone the viewer chose for the times in their emails (null: none chosen)',
    responses: { 200: TimeZoneSetting },
  },
  setTimeZone: {
    method: 'PUT',
    path: '/api/me/time-zone',
    summary: 'Choose the time zone of the times in emails, or none (null) to follow the browser',
    body: TimeZoneSetting,
    responses: { 200: TimeZoneSetting },
  },
  recordBrowserTimeZone: {
    method: 'PUT',
    path: '/api/me/browser-time-zone',
    summary:
      'The zone of the browser in use, sent by the app when it starts: emails use it unless the person chose one',
    body: BrowserTimeZone,
    responses: { 200: OkResponse },
  },
  language: {
    method: 'GET',
    path: '/api/me/language',
    summary:
      'The language the viewer chose for the app and their emails (null: none chosen, the browser decides), and the clock of their times (24h unless they chose 12h)',
    responses: { 200: LanguageSetting },
  },
  setLanguage: {
    method: 'PUT',
    path: '/api/me/language',
    summary:
      'Choose the language of the app and of emails, or none (null) to follow the browser, and the clock of times (24h or 12h); a field left out stays as it is',
    body: LanguageSettingChange,
    responses: { 200: LanguageSetting },
  },
  recordBrowserLanguage: {
    method: 'PUT',
    path: '/api/me/browser-language',
    summary:
      'The first language of the browser in use that Parley speaks, sent by the app when it starts: emails use it unless the person chose one',
    body: BrowserLanguage,
    responses: { 200: OkResponse },
  },
  useToken: {
    method: 'POST',
    path: '/api/auth/tokens/use',
    summary: 'Set a password from an invitation or reset link, and log in; `language` as in login',
    body: SetPasswordWithTokenRequest,
    responses: { 200: SessionResponse },
  },
});
