/**
 * Text typed by people (names, messages) ends up in places where a line break or another control character has a
 * meaning of its own: a new mail header, a new calendar property; PostgreSQL refuses NUL outright. One definition
 * of what counts as a line break and as a control character serves both the checks of stored text (the schemas
 * refuse) and the output of text into headers and calendar files (these helpers clean).
 */

/** Every way of ending a line: CRLF, CR, LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;
const ANY_LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
/** C0 controls (tab, LF and CR aside: whitespace a reader sees), DEL and C1 controls (NEL is a line break). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HAS_INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

/** Plain text, line breaks allowed: no control character a reader could not see. */
export function isPlainText(value: string): boolean {
  return !HAS_INVISIBLE_CONTROL.test(value);
}

/** Plain text on one line (tabs allowed). */
export function isSingleLinePlainText(value: string): boolean {
  return isPlainText(value) && !ANY_LINE_BREAK.test(value);
}

/** Line breaks as `\n`, other control characters dropped (tabs kept). */
export function plainText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(INVISIBLE_CONTROL, '');
}

/** One line: line breaks and tabs become spaces, other control characters are dropped. */
export function toSingleLine(value: string): string {
  return plainText(value).replace(/[\n\t]/g, ' ');
}
