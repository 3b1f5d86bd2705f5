import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names every file under `assets/` by its content's hash: a changed file gets a new name. */
const hashedAssets = 'assets/';
const cachedForAYear = 'public, max-age=31536000, immutable';
/** Files that keep their name when they change (the page shell, media models): the browser asks again each time. */
const revalidated = 'no-cache';

/**
 * Serves the built web client when it is there: files compressed at build time (`.br`, `.gz` beside each, see
 * docs/decisions/010-precompressed-web-client.md) go out as the browser accepts them, hashed assets are kept for
 * a year, and every other path that is not the API gets the page shell, which the browser checks before reuse.
 */
export async function serveWebClient(app: FastifyInstance, webDir: string): Promise<void> {
  if (!existsSync(path.join(webDir, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (reply, file) => {
      const name = path.relative(webDir, file).split(path.sep).join('/');
      reply.header('cache-control', name.startsWith(hashedAssets) ? cachedForAYear : revalidated);
    },
  });
  // The web client routes in the browser: any non-API page gets its shell. A missing asset stays missing, so a
  // page left open across a release fails its import (and reloads) instead of running HTML as a script.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/') || request.url.startsWith(`/${hashedAssets}`))
      return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
