import { Stack, Text, Title } from '@mantine/core';
import { useUser } from '../app/session';
import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n/i18n';
import { SupportConsole } from './SupportConsole';

/** `/support`: every event's support conversations, for the support team. */
export function SupportConsolePage() {
  const { t } = useT();
  const user = useUser();
  return (
    <Stack>
      <Title order={1}>{t('support.page.title')}</Title>
      {user.role === 'support' ? (
        <>
          <Text c="dark.6">{t('support.page.intro')}</Text>
          <SupportConsole />
        </>
      ) : (
        <EmptyState title={t('support.page.notAgentTitle')}>{t('support.page.notAgent')}</EmptyState>
      )}
    </Stack>
  );
}
