/** Formatting of event dates and times: always in an explicit zone, never the machine's by accident. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `2030-03-04` → `Mon, 4 Mar 2030`, read as a calendar date (no zone shift). */
export function formatDate(isoDate: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export function formatDateRange(first: string | null, last: string | null): string {
  if (!first) return 'No days yet';
  if (!last || first === last) return formatDate(first);
  return `${formatDate(first)} – ${formatDate(last)}`;
}
