/**
 * Text typed by people (names, messages) ends up in places where a line break or another control character has a
 * meaning of its own: a new mail header, a new calendar property. These keep only what a reader could see.
 */

/** Every way of ending a line: CRLF, CR, LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;
/** C0 controls (tab and LF aside), DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Line breaks as `\n`, other control characters dropped (tabs kept). */
export function plainText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(INVISIBLE_CONTROL, '');
}

/** One line: line breaks and tabs become spaces, other control characters are dropped. */
export function singleLine(value: string): string {
  return plainText(value).replace(/[\n\t]/g, ' ');
}
