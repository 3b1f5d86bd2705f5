import { z } from 'zod';

/**
 * Text a person types, as stored. PostgreSQL refuses NUL in text, and other control characters only come from
 * broken clients or pasted binary, so they are refused here with a sentence the form shows beside the field.
 */

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** True when `value` holds a C0 control character or DEL other than those `allowed`. */
function hasControlCharacter(value: string, allowed: readonly number[]): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !allowed.includes(code)) return true;
  }
  return false;
}

export const SINGLE_LINE_MESSAGE = 'Use one line of plain text, without line breaks or control characters.';
export const MULTI_LINE_MESSAGE = 'Remove the control characters; only tabs and line breaks are allowed.';

/** A check for strings that are not trimmed text (links): one line, no control character. */
export const singleLine = () =>
  z.refine<string>((value) => !hasControlCharacter(value, [TAB]), { error: SINGLE_LINE_MESSAGE });

/** Names, emails, titles, tags, search words: trimmed, on one line. */
export const singleLineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().check(singleLine());

/** Descriptions, bios, messages, questions and answers: trimmed, line breaks allowed. */
export const multiLineText = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .trim()
    .refine((value) => !hasControlCharacter(value, [TAB, LINE_FEED, CARRIAGE_RETURN]), {
      error: MULTI_LINE_MESSAGE,
    });
