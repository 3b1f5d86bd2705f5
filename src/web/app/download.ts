/**
 * Saves the file an address answers (sent as an attachment by the server), from a real button: exports are buttons,
 * which a keyboard and a screen reader treat as actions, not as links to follow.
 */
export function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
