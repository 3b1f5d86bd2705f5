import type { z } from 'zod';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The names of a path template's parameters: `'/api/chats/:chatId/room'` → `'chatId'`. */
type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** One API route as data: the server registers it (and documents it), the web calls it. */
export interface ApiRoute {
  method: HttpMethod;
  /** Fastify's template: `:name` stands for a parameter of `params`. */
  path: string;
  summary: string;
  /** The OpenAPI tag, the module's unless a route says otherwise. */
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body's media types when it is not JSON (a file sent as its raw bytes). */
  consumes?: readonly string[];
  /** The answer's media types when it is not JSON (a file to download). */
  produces?: readonly string[];
  responses: Partial<Record<number, z.ZodType>>;
}

type RouteInput = Omit<ApiRoute, 'tag'> & { tag?: string };

/** A params schema for exactly the parameters of the path template (none without any). */
type ParamsFit<Path extends string> = [PathParamNames<Path>] extends [never]
  ? { params?: never }
  : { params: z.ZodType<Record<PathParamNames<Path>, string>> };
type Checked<Routes> = {
  [K in keyof Routes]: Routes[K] extends { path: infer Path extends string } ? ParamsFit<Path> : never;
};

/**
 * A module's routes, each documented under the module's tag unless it names its own. The compiler checks that
 * each route's params schema names the parameters of its path.
 */
export function defineRoutes<const Routes extends Record<string, RouteInput>>(
  tag: string,
  routes: Routes & Checked<Routes>,
): { [K in keyof Routes]: Routes[K] & { tag: string } } {
  return Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [name, { tag, ...(route as RouteInput) }]),
  ) as { [K in keyof Routes]: Routes[K] & { tag: string } };
}

type SuccessStatus = 200 | 201 | 202 | 204;
type Schema<T, K> = K extends keyof T ? (T[K] extends z.ZodType ? T[K] : never) : never;

/** What the route answers when it succeeds. */
export type ResponseOf<Route extends ApiRoute> = z.output<
  Schema<Route['responses'], keyof Route['responses'] & SuccessStatus>
>;
export type ParamsOf<Route extends ApiRoute> = Route extends { params: z.ZodType }
  ? z.input<Route['params']>
  : never;
export type QueryOf<Route extends ApiRoute> = Route extends { query: z.ZodType }
  ? z.input<Route['query']>
  : never;
export type BodyOf<Route extends ApiRoute> = Route extends { body: z.ZodType }
  ? z.input<Route['body']>
  : never;
