import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMyConsents, useSetConsent } from '../api/handoff';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';
import { formatDate } from '../time';

/** On a talent's Account page: the companies they share their profile and contact details with, to revoke or give again. */
export function DataSharingSection() {
  const { t, rich } = useT();
  const consents = useMyConsents();
  const change = useSetConsent();
  const rows = consents.data?.consents ?? [];
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          {t('account.sharing.title')}
        </Title>
        <Text size="sm" c="dark.6">
          {t('account.sharing.description')}
        </Text>
        <ApiErrorAlert error={consents.error ?? change.error} />
        {consents.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dark.6">
            {t('account.sharing.none')}
          </Text>
        )}
        {rows.map((consent) => {
          const sharing = consent.revokedAt === null;
          const pending = change.isPending && change.variables?.companyId === consent.company.id;
          return (
            <Group key={consent.company.id} justify="space-between">
              <Text size="sm">
                {sharing
                  ? rich('account.sharing.since', {
                      company: consent.company.name,
                      date: formatDate(consent.givenAt.slice(0, 10)),
                      strong: (text) => <strong>{text}</strong>,
                    })
                  : rich('account.sharing.revokedOn', {
                      company: consent.company.name,
                      date: formatDate(consent.revokedAt!.slice(0, 10)),
                      strong: (text) => <strong>{text}</strong>,
                    })}
              </Text>
              <Button
                variant="default"
                size="xs"
                aria-label={
                  sharing
                    ? t('account.sharing.revokeLabel', { company: consent.company.name })
                    : t('account.sharing.shareAgainLabel', { company: consent.company.name })
                }
                loading={pending}
                onClick={() => change.mutate({ companyId: consent.company.id, share: !sharing })}
              >
                {t(sharing ? 'account.sharing.revoke' : 'account.sharing.shareAgain')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
