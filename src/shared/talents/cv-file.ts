import { FORMAT_LOCALES, type Locale } from '../i18n/locales.js';

/** The largest CV a talent may upload: a few pages with pictures, not a portfolio. */
export const CV_MAX_BYTES = 5 * 1024 * 1024;

/** How far from the end a PDF's last `%%EOF` may sit: writers append at most a line break or a little padding. */
const EOF_WINDOW_BYTES = 1024;

const PDF_MAGIC = [...'%PDF-'].map((c) => c.charCodeAt(0));
const EOF_MARKER = [...'%%EOF'].map((c) => c.charCodeAt(0));

export type CvFileProblem = 'too_large' | 'not_pdf' | 'truncated';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function endsWithin(bytes: Uint8Array, marker: number[], window: number): boolean {
  const from = Math.max(0, bytes.length - window);
  for (let start = bytes.length - marker.length; start >= from; start--) {
    if (marker.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

/**
 * What is wrong with an uploaded CV, judged by its bytes alone (a name or a declared type proves nothing): a PDF
 * starts with `%PDF-` and ends with `%%EOF`, so a file cut off on the way lacks the end marker.
 */
export function cvFileProblem(bytes: Uint8Array): CvFileProblem | undefined {
  if (bytes.length > CV_MAX_BYTES) return 'too_large';
  if (!startsWith(bytes, PDF_MAGIC)) return 'not_pdf';
  if (!endsWithin(bytes, EOF_MARKER, EOF_WINDOW_BYTES)) return 'truncated';
  return undefined;
}

const MAX_FILE_NAME = 120;

/**
 * The uploaded file's name as shown and offered back on download: no path, no control characters or quotes that
 * could break a header, at most 120 characters, ending in `.pdf`.
 */
export function cvFileName(original: string | undefined): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.pdf$/i, '')
    .slice(0, MAX_FILE_NAME - 4)
    .trim();
  return `${cleaned || 'cv'}.pdf`;
}

/** `2.4 MB`, `310 kB` (`2,4 MB` in German): how a CV's size reads next to its name, in the reader's language. */
export function fileSizeLabel(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(FORMAT_LOCALES[locale], {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    minimumFractionDigits: megabytes ? 1 : 0,
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}
