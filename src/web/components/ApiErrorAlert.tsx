import { Alert } from '@mantine/core';
import { ApiError } from '../api/client';

/** Shows what went wrong in words a person understands; announced to screen readers. */
export function ApiErrorAlert({ error, title = 'That did not work' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : 'The server could not be reached. Try again.';
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {message}
    </Alert>
  );
}
