import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMySafety, useSetInvitationsEverywhere, useUnblock } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';
import { formatDate } from '../time';

/** On the Account page of talents and recruiters: whom they blocked, and (talents) whether recruiters may invite. */
export function SafetySection({ role }: { role: 'talent' | 'recruiter' }) {
  const { t } = useT();
  const safety = useMySafety();
  const everywhere = useSetInvitationsEverywhere();
  const unblock = useUnblock();
  const blocked = safety.data?.blocked ?? [];
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          {t('account.safety.title')}
        </Title>
        <ApiErrorAlert error={safety.error ?? everywhere.error ?? unblock.error} />
        {role === 'talent' && (
          <Switch
            label={t('account.safety.invitations')}
            description={t('account.safety.invitationsHint')}
            checked={safety.data ? !safety.data.invitationsOffEverywhere : true}
            disabled={!safety.data || everywhere.isPending}
            onChange={(e) => everywhere.mutate(e.currentTarget.checked)}
          />
        )}
        <Stack gap="xs">
          <Title order={3} fz="h5">
            {t('account.safety.blocked')}
          </Title>
          {blocked.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('account.safety.nobody')}
            </Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('account.safety.blockedNote')}
              </Text>
              {blocked.map((person) => (
                <Group key={person.userId} justify="space-between">
                  <Text size="sm">
                    {t('account.safety.blockedSince', {
                      name: person.name,
                      date: formatDate(person.blockedAt.slice(0, 10)),
                    })}
                  </Text>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={t('account.safety.unblockLabel', { name: person.name })}
                    loading={unblock.isPending && unblock.variables === person.userId}
                    onClick={() => unblock.mutate(person.userId)}
                  >
                    {t('account.safety.unblock')}
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
