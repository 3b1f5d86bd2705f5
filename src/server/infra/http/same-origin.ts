import type { FastifyRequest } from 'fastify';

/**
 * Whether a browser-reported origin (an `Origin` header, or a `Referer` URL) is this app's: `PUBLIC_URL`'s origin,
 * or the request's own Host, which admits local use and the dev server's proxy. An absent header passes: browsers
 * always send one on the requests this guards, so a client that sends none is not a browser and holds no victim's
 * cookie. An unparsable one (`null` from sandboxed frames and privacy modes) does not.
 */
function isOwnOrigin(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.origin === new URL(publicUrl).origin || (host !== undefined && parsed.host === host);
}

/** The `Origin` a browser sent, or failing that its `Referer` (some browsers omit Origin on same-origin writes). */
export function isRequestFromOwnOrigin(request: FastifyRequest, publicUrl: string): boolean {
  const { origin, referer, host } = request.headers;
  return isOwnOrigin(origin ?? referer, host, publicUrl);
}
