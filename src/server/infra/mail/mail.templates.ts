import type { ServerTranslator } from '../../i18n/index.js';
import type { MailAbout, OutgoingMail } from './mail.repository.js';

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export interface MailContent {
  /** One line that tells the person what happened. */
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

/**
 * Renders both parts from one content object, so the text and HTML versions never say different things. `tr` is the
 * recipient's language, which the content is written in too.
 */
export function renderMail(
  tr: ServerTranslator,
  to: string,
  subject: string,
  content: MailContent,
  about?: MailAbout,
): OutgoingMail {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.footnote ? [content.footnote, ''] : []),
    tr.t('mail.signature'),
  ].join('\n');
  const html = `<!doctype html>
<html lang="${tr.locale}"><body style="margin:0;background:#f4f5f7;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1b1e">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;padding:32px">
<tr><td>
<p style="margin:0 0 8px;font-weight:700;color:#c92a2a">Parley</p>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p style="font-size:15px;line-height:1.5;margin:0 0 12px;white-space:pre-line">${escapeHtml(p)}</p>`).join('\n')}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#c92a2a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="font-size:13px;color:#495057;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : ''
}
${content.footnote ? `<p style="font-size:13px;color:#495057;margin-top:24px">${escapeHtml(content.footnote)}</p>` : ''}
</td></tr></table></td></tr></table>
</body></html>`;
  return { to, subject, text, html, ...(about ? { about } : {}) };
}
