import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/**
 * Lets the routes of one scope take a body of `mediaType` as its raw bytes (a Buffer), at most `maxBytes`; a larger
 * body is refused with the error `tooLarge` makes, before it is read to the end when its length is declared.
 * Other scopes keep refusing that media type.
 */
export function acceptRawBody(
  scope: FastifyInstance,
  mediaType: string,
  limit: { maxBytes: number; tooLarge: () => Error },
): void {
  scope.addContentTypeParser(
    mediaType,
    { parseAs: 'buffer', bodyLimit: limit.maxBytes },
    (_request, body, done) => done(null, body),
  );
  // Thrown on, every error reaches the app's one error handler; only Fastify's own wording is replaced.
  scope.setErrorHandler((error: FastifyError) => {
    throw error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? limit.tooLarge() : error;
  });
}

/** RFC 8187's attr-char: what a `filename*` may hold unescaped. */
const encodeHeaderValue = (text: string) =>
  encodeURIComponent(text).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Sends bytes as a file to save, never to open in the page: a browser neither renders nor sniffs it, and no cache
 * between keeps a copy of what only this viewer may read.
 */
export function sendAttachment(
  reply: FastifyReply,
  file: { bytes: Uint8Array; mediaType: string; fileName: string },
): FastifyReply {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeHeaderValue(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** A name as a part of a file's name: lower-case letters and digits between dashes. */
export const fileNamePart = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'export';
