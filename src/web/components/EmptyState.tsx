import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a section says when it has nothing to show yet: why, and what comes next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0">
      <Stack gap="xs" align="flex-start">
        <Title order={3} fz="h4">
          {title}
        </Title>
        <Text c="dark.6">{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
