import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { chatsApi } from '../../shared/api/chats.contract';
import { eventsApi } from '../../shared/api/events.contract';
import { defineRoutes } from '../../shared/api/route';
import { ApiError, call, checkResponse, urlOf } from './client';

const chatId = '0b0e6f4e-3a52-4c55-9a43-6d2f1c9b7e01';
const testApi = defineRoutes('test', {
  pair: {
    method: 'POST',
    path: '/api/things/:thing/parts/:part',
    summary: 'A route with two params',
    params: z.object({ thing: z.string(), part: z.string() }),
    body: z.object({ name: z.string() }),
    responses: { 201: z.object({ id: z.string(), count: z.number() }) },
  },
});

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('urlOf', () => {
  it('fills the path template with each param, encoded', () => {
    expect(urlOf(testApi.pair, { thing: 'a/b?c', part: 'ü #1' })).toBe(
      '/api/things/a%2Fb%3Fc/parts/%C3%BC%20%231',
    );
  });

  it('adds the defined, non-empty query values, encoded', () => {
    expect(
      urlOf(
        chatsApi.list,
        { id: 'e1' },
        { recruiterId: 'team', status: undefined, q: '', page: 2, x: 'a&b' },
      ),
    ).toBe('/api/events/e1/chats?recruiterId=team&page=2&x=a%26b');
    expect(urlOf(eventsApi.list)).toBe('/api/events');
  });

  it('refuses to build an address with a param missing', () => {
    expect(() => urlOf(testApi.pair, { thing: 'a' })).toThrow(
      'POST /api/things/:thing/parts/:part needs its part.',
    );
  });
});

describe('call', () => {
  it('sends the body as JSON with the CSRF header on writes, and returns the answer', async () => {
    const fetchMock = answer(201, { id: 'x', count: 1 });
    await expect(
      call(testApi.pair, { params: { thing: 't', part: 'p' }, body: { name: 'n' } }),
    ).resolves.toEqual({
      id: 'x',
      count: 1,
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/things/t/parts/p');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"n"}');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': '' });
  });

  it('sends no body and no CSRF header on reads', async () => {
    const fetchMock = answer(200, { events: [] });
    await call(eventsApi.list);
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init.body).toBeUndefined();
    expect(init.headers).not.toHaveProperty('x-csrf-token');
  });

  it('turns an error answer into an ApiError with its code, message and fields', async () => {
    answer(409, { error: { code: 'chats.slot_taken', message: 'Taken.', fields: { startsAt: 'Taken.' } } });
    const error = await call(chatsApi.confirm, {
      params: { chatId },
      body: { startsAt: '2030-01-01T09:00:00.000Z' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'chats.slot_taken',
      message: 'Taken.',
      fields: { startsAt: 'Taken.' },
    });
  });

  it('calls an answer that is not the API’s an unknown error', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(call(eventsApi.list)).rejects.toMatchObject({ status: 502, code: 'unknown' });
  });

  it('in development, refuses an answer that does not match the route’s schema, naming the route', async () => {
    expect(import.meta.env.DEV).toBe(true);
    answer(201, { id: 'x', count: 'one' });
    await expect(
      call(testApi.pair, { params: { thing: 't', part: 'p' }, body: { name: 'n' } }),
    ).rejects.toThrow(/^POST \/api\/things\/:thing\/parts\/:part answered outside its contract: .*count/s);
  });
});

describe('checkResponse', () => {
  it('accepts an answer that matches the schema of its status', () => {
    expect(() => checkResponse(testApi.pair, 201, { id: 'x', count: 1 })).not.toThrow();
  });

  it('refuses a status the route does not declare', () => {
    expect(() => checkResponse(testApi.pair, 200, { id: 'x', count: 1 })).toThrow('no schema for status 200');
  });
});
