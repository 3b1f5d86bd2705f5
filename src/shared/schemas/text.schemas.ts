import { z } from 'zod';
import { isPlainText, isSingleLinePlainText } from '../text.js';
import { say, schemaMessages } from './schema-messages.js';

/**
 * Text a person types, as stored. PostgreSQL refuses NUL in text, and other control characters only come from
 * broken clients or pasted binary, so they are refused here with a sentence the form shows beside the field (what
 * counts as one is `src/shared/text.ts`).
 */

/** The sentences in English, as tests compare them. */
export const SINGLE_LINE_MESSAGE = schemaMessages['text.singleLine'];
export const MULTI_LINE_MESSAGE = schemaMessages['text.multiLine'];

/** A check for strings that are not trimmed text (links): one line, no control character. */
export const oneLineCheck = () => z.refine<string>(isSingleLinePlainText, { error: say('text.singleLine') });

/** Names, emails, titles, tags, search words: trimmed, on one line. */
export const singleLineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().check(oneLineCheck());

/** Descriptions, bios, messages, questions and answers: trimmed, line breaks allowed. */
export const multiLineText = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .trim()
    .refine(isPlainText, { error: say('text.multiLine') });
