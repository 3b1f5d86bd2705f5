import { z } from 'zod';

/** What kind of refusal an error is; the server's error handler maps each to one HTTP status. */
export type ErrorKind =
  | 'invalid'
  /** Well-formed, but missing what the rule asks for (a decline's reason): 422. */
  | 'unprocessable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** A body larger than the route accepts: 413. */
  | 'too_large'
  | 'too_many_requests';

export interface ErrorSpec {
  kind: ErrorKind;
  message: string;
}

/** A module's errors: each key becomes the stable dotted code `module.key` (`chats.slot_taken`). */
export interface ErrorCatalog<Module extends string = string, Key extends string = string> {
  module: Module;
  specs: Record<Key, ErrorSpec>;
}

export function errorCatalog<const Module extends string, const Specs extends Record<string, ErrorSpec>>(
  module: Module,
  specs: Specs,
): { module: Module; specs: Specs } {
  return { module, specs };
}

export type CodeOf<Catalog> = Catalog extends { module: infer Module extends string; specs: infer Specs }
  ? `${Module}.${keyof Specs & string}`
  : never;

/** Codes the HTTP layer answers with by itself, whatever the route. */
export type HttpErrorCode =
  | 'request.invalid'
  | 'request.not_found'
  | 'request.too_many'
  | 'request.too_large'
  | 'service.unavailable'
  | 'internal';

/** The body of every error answer. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
