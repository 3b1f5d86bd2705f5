import { Stack, Text, Title } from '@mantine/core';
import { useUser } from '../app/session';
import { EmptyState } from '../components/EmptyState';
import { SupportConsole } from './SupportConsole';

/** `/support`: every event's support conversations, for the support team. */
export function SupportConsolePage() {
  const user = useUser();
  return (
    <Stack>
      <Title order={1}>Support console</Title>
      {user.role === 'support' ? (
        <>
          <Text c="dark.6">
            People in 1-1 chat rooms who asked for technical support. Each event's Support tab shows that
            event's conversations alone.
          </Text>
          <SupportConsole />
        </>
      ) : (
        <EmptyState title="For the support team only">
          Support agents answer people's questions here; your account is not one of theirs.
        </EmptyState>
      )}
    </Stack>
  );
}
