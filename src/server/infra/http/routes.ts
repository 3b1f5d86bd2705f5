import type {
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  RouteShorthandOptions,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ApiRoute } from '../../../shared/api/route.js';

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Fastify's schema of a contract route, so its handler's request and reply are typed by the route's Zod schemas. */
type SchemaOf<Route extends ApiRoute> = {
  params: Route extends { params: infer Params } ? Params : undefined;
  querystring: Route extends { query: infer Query } ? Query : undefined;
  body: Route extends { body: infer Body } ? Body : undefined;
  response: Route['responses'];
};

export type ContractHandler<Route extends ApiRoute> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  unknown,
  SchemaOf<Route>,
  ZodTypeProvider
>;

type HookOptions = Pick<RouteShorthandOptions, 'onRequest' | 'preHandler' | 'bodyLimit'>;

/**
 * Registers a route of the API contract (src/shared/api/): its method, path, schemas and summary come from the
 * contract, so the server, the OpenAPI document and the web client cannot drift apart.
 */
export function route<Route extends ApiRoute>(
  app: FastifyInstance,
  spec: Route,
  handler: ContractHandler<Route>,
  options: HookOptions = {},
): void {
  typed(app).route({
    ...options,
    method: spec.method,
    url: spec.path,
    schema: {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.params && { params: spec.params }),
      ...(spec.query && { querystring: spec.query }),
      ...(spec.body && { body: spec.body }),
      ...(spec.consumes && { consumes: [...spec.consumes] }),
      ...(spec.produces && { produces: [...spec.produces] }),
      response: spec.responses,
    },
    handler: handler as RouteHandlerMethod,
  });
}
