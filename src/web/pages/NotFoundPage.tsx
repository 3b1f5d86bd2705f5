import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1}>Page not found</Title>
      <Text>
        This page does not exist or you do not have access to it.{' '}
        <Anchor component={Link} to="/">
          Go to your events
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
