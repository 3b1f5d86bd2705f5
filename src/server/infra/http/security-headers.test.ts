import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymous, withTestApp } from '../../test/test-app.js';

const webDir = mkdtempSync(path.join(tmpdir(), 'parley-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Parley</title><div id="root"></div>');
const t = withTestApp({ webDir });

function directives(policy: string | undefined): Map<string, string> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('security headers', () => {
  it.each([
    ['a page of the web client', '/events/123'],
    ['an API answer', '/api/auth/session'],
    ['an API error', '/api/no-such-route'],
    ['the API documentation', '/docs'],
    ['a file of the API documentation', '/docs/static/swagger-initializer.js'],
    ['the local mailbox', '/dev/mailbox'],
  ])('are on %s', async (_, url) => {
    const response = await anonymous(t.app).get(url);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': expect.stringContaining('camera=(self), microphone=(self)'),
    });
    const policy = directives(response.headers['content-security-policy'] as string);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
  });

  it("lets the web client run its WebAssembly, Mantine's inline styles and its own WebSocket, and nothing from elsewhere", async () => {
    const response = await anonymous(t.app).get('/');
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const policy = directives(response.headers['content-security-policy'] as string);
    expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('worker-src')).toBe("'self' blob:");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });
});
