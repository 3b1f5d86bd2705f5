import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMySafety, useSetInvitationsEverywhere, useUnblock } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate } from '../time';

/** On the Account page of talents and recruiters: whom they blocked, and (talents) whether recruiters may invite. */
export function SafetySection({ role }: { role: 'talent' | 'recruiter' }) {
  const safety = useMySafety();
  const everywhere = useSetInvitationsEverywhere();
  const unblock = useUnblock();
  const blocked = safety.data?.blocked ?? [];
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Safety
        </Title>
        <ApiErrorAlert error={safety.error ?? everywhere.error ?? unblock.error} />
        {role === 'talent' && (
          <Switch
            label="Accept invitations from recruiters"
            description="Off: no recruiter can invite you to a 1-1 chat at any event; you can still ask them."
            checked={safety.data ? !safety.data.invitationsOffEverywhere : true}
            disabled={!safety.data || everywhere.isPending}
            onChange={(e) => everywhere.mutate(e.currentTarget.checked)}
          />
        )}
        <Stack gap="xs">
          <Title order={3} fz="h5">
            Blocked people
          </Title>
          {blocked.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody. Block someone from their profile or card with More → Block.
            </Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                Neither of you can ask the other for a 1-1 chat. Chats already open when you blocked stay
                open.
              </Text>
              {blocked.map((person) => (
                <Group key={person.userId} justify="space-between">
                  <Text size="sm">
                    {person.name} · since {formatDate(person.blockedAt.slice(0, 10))}
                  </Text>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={`Unblock ${person.name}`}
                    loading={unblock.isPending && unblock.variables === person.userId}
                    onClick={() => unblock.mutate(person.userId)}
                  >
                    Unblock
                  </Button>
                </Group>
              ))}
            </>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
