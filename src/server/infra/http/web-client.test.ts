import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withTestApp } from '../../test/test-app.js';

// A built client as `npm run build:web` leaves it: hashed assets with their compressed twins beside them.
const webDir = mkdtempSync(path.join(tmpdir(), 'parley-web-'));
const shell = '<!doctype html><title>Parley</title><div id="root"></div>';
const script = `export const greeting = ${JSON.stringify('hello '.repeat(500))};`;
writeFileSync(path.join(webDir, 'index.html'), shell);
mkdirSync(path.join(webDir, 'assets'));
writeFileSync(path.join(webDir, 'assets/index-Ab12Cd34.js'), script);
writeFileSync(path.join(webDir, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(script));
writeFileSync(path.join(webDir, 'assets/index-Ab12Cd34.js.gz'), gzipSync(script));
mkdirSync(path.join(webDir, 'mediapipe'));
writeFileSync(path.join(webDir, 'mediapipe/selfie_segmentation.js'), 'self.model = 1;');
const t = withTestApp({ webDir });

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the web client', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends it gzip-compressed to a browser that accepts gzip alone, and as it is to one that accepts neither', async () => {
    const gzipped = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(script);
  });

  it.each([
    ['the root', '/'],
    ['a page the browser routes', '/events/123/chats'],
    ['the shell by name', '/index.html'],
  ])('sends the page shell for %s, to be checked again before each reuse', async (_, url) => {
    const response = await get(url, 'gzip, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(shell);
  });

  it('has files that keep their name across releases checked again before reuse', async () => {
    const response = await get('/mediapipe/selfie_segmentation.js', 'gzip, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['an asset of another release', '/assets/index-Old00000.js'],
    ['an unknown API route', '/api/no-such-route'],
  ])('answers 404, not the page shell, for %s', async (_, url) => {
    const response = await get(url, 'gzip, br');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('request.not_found');
  });
});
