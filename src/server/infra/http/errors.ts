import type { ErrorCatalog, ErrorKind, ErrorSpec } from '../../../shared/api/errors.js';

const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unprocessable: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many_requests: 429,
};

/**
 * One error type for everything a user can cause. Modules build theirs with `defineErrors`, so every code is
 * stable and dotted (`chats.slot_taken`), and the single error handler maps the kind to an HTTP status.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusOfKind[this.kind];
  }
}

type Factory = (message?: string, details?: Record<string, unknown>) => AppError;

export function defineErrors<const T extends Record<string, ErrorSpec>>(
  module: string,
  specs: T,
): { [K in keyof T]: Factory } {
  const factories = {} as { [K in keyof T]: Factory };
  for (const key of Object.keys(specs) as (keyof T & string)[]) {
    const spec = specs[key]!;
    factories[key] = (message, details) =>
      new AppError(`${module}.${key}`, spec.kind, message ?? spec.message, details);
  }
  return factories;
}

/** The factories of a module's errors that the API contract lists (see src/shared/api/). */
export function apiErrors<const Module extends string, const Key extends string>(
  catalog: ErrorCatalog<Module, Key>,
): { [K in Key]: Factory } {
  return defineErrors(catalog.module, catalog.specs);
}

/** The same error, shown beside the request field it is about. */
export function onField(error: AppError, field: string): AppError {
  return new AppError(error.code, error.kind, error.message, {
    ...error.details,
    fields: { [field]: error.message },
  });
}
