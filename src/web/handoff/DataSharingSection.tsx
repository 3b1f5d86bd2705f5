import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMyConsents, useSetConsent } from '../api/handoff';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate } from '../time';

/** On a talent's Account page: the companies they share their profile and contact details with, to revoke or give again. */
export function DataSharingSection() {
  const consents = useMyConsents();
  const change = useSetConsent();
  const rows = consents.data?.consents ?? [];
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Data shared with companies
        </Title>
        <Text size="sm" c="dark.6">
          A company you share your details with may hand your name, email, profile and its notes on your chats
          to its hiring team. Revoke it and they are left out of its next export.
        </Text>
        <ApiErrorAlert error={consents.error ?? change.error} />
        {consents.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dark.6">
            None. You can share your details when you ask for a 1-1 chat or accept an invitation.
          </Text>
        )}
        {rows.map((consent) => {
          const sharing = consent.revokedAt === null;
          const pending = change.isPending && change.variables?.companyId === consent.company.id;
          return (
            <Group key={consent.company.id} justify="space-between">
              <Text size="sm">
                <strong>{consent.company.name}</strong> ·{' '}
                {sharing
                  ? `shared since ${formatDate(consent.givenAt.slice(0, 10))}`
                  : `revoked on ${formatDate(consent.revokedAt!.slice(0, 10))}`}
              </Text>
              <Button
                variant="default"
                size="xs"
                aria-label={
                  sharing
                    ? `Revoke sharing with ${consent.company.name}`
                    : `Share with ${consent.company.name} again`
                }
                loading={pending}
                onClick={() => change.mutate({ companyId: consent.company.id, share: !sharing })}
              >
                {sharing ? 'Revoke' : 'Share again'}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
