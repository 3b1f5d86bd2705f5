import { z } from 'zod';
import type { ApiErrorCode } from '../../shared/api/contract';
import { ErrorResponse } from '../../shared/api/errors';
import type { ApiRoute, BodyOf, ParamsOf, QueryOf, ResponseOf } from '../../shared/api/route';
import { currentLocale } from '../i18n/i18n';
import { formErrors } from './fieldErrors';

/**
 * The one way the web client talks to the API: a route of the contract (src/shared/api/) with its params, query
 * and body; JSON in and out, the CSRF token on writes, errors as ApiError.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** `unknown` when the answer did not come from the API (a proxy, a dropped connection). */
    readonly code: ApiErrorCode | 'unknown',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The field errors keyed as the form names its fields (see `formErrors`). */
  get formErrors(): Record<string, string> {
    return formErrors(this.fields);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Part<Name extends string, T, Required extends boolean> = [T] extends [never]
  ? unknown
  : Required extends true
    ? { [K in Name]: T }
    : { [K in Name]?: T };

export type CallInput<Route extends ApiRoute> = Part<'params', ParamsOf<Route>, true> &
  Part<'query', QueryOf<Route>, false> &
  Part<'body', BodyOf<Route>, true>;

type QueryValue = string | number | boolean | null | undefined;

/** The route's address: its path template filled with the encoded params, then the defined, non-empty query values. */
export function urlOf(
  route: ApiRoute,
  params: Record<string, string> = {},
  query: Record<string, unknown> = {},
): string {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`${route.method} ${route.path} needs its ${name}.`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, QueryValue>)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Development builds hold every answer to the route's schema, so a drift between server and web shows at once. */
export function checkResponse(route: ApiRoute, status: number, body: unknown): void {
  const schema = route.responses[status];
  const result = schema?.safeParse(body);
  if (result?.success) return;
  const problem = result ? z.prettifyError(result.error) : `no schema for status ${status}`;
  throw new Error(`${route.method} ${route.path} answered outside its contract: ${problem}`);
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function apiError(status: number, json: unknown): ApiError {
  const parsed = ErrorResponse.safeParse(json);
  if (!parsed.success) return new ApiError(status, 'unknown', `The server answered ${status}.`);
  const { code, message, fields } = parsed.data.error;
  return new ApiError(status, code as ApiErrorCode, message, fields ?? {});
}

export async function call<Route extends ApiRoute>(
  route: Route,
  // Optional only when the route needs neither params nor a body.
  ...[input]: Record<never, never> extends CallInput<Route>
    ? [input?: CallInput<Route>]
    : [input: CallInput<Route>]
): Promise<ResponseOf<Route>> {
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  // Writes always carry a JSON body (an empty one when the route takes none), except DELETE, which takes none.
  const sent = body ?? (route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
  // A route taking a file gets its bytes as they are, under the file's media type.
  const rawType = route.consumes?.[0];
  const response = await fetch(urlOf(route, params, query), {
    method: route.method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      // The server words its errors in the language the page is in.
      'accept-language': currentLocale(),
      ...(sent === undefined ? {} : { 'content-type': rawType ?? 'application/json' }),
      ...(route.method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
    },
    body: sent === undefined ? undefined : rawType ? (sent as BodyInit) : JSON.stringify(sent),
  });
  const text = await response.text();
  if (!response.ok) throw apiError(response.status, parsedOrText(text));
  const json: unknown = text ? JSON.parse(text) : null;
  if (import.meta.env.DEV) checkResponse(route, response.status, json);
  return json as ResponseOf<Route>;
}
