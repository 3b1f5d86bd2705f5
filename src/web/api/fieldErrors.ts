import type { z } from 'zod';

/**
 * Field errors keyed as forms name their fields: an entry of a list field (`topics.1`) shows under the list's one
 * field (`topics`); fields inside list entries keep their path (`days.0.date`).
 */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[path.replace(/\.\d+$/, '')] ??= message;
  return errors;
}

/** What the shared schema, as the server applies it, says of a form's values: the first message per field. */
export function schemaErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of schema.safeParse(values).error?.issues ?? [])
    fields[issue.path.join('.')] ??= issue.message;
  return formErrors(fields);
}
