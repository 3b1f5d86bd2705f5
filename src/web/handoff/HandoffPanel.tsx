import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { handoffExportUrl, useHandoffSummary } from '../api/handoff';
import { download } from '../app/download';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';

/**
 * `Hand-off to hiring` on the company's chats at an event: the export of its booked chats as CSV or JSON
 * (docs/HANDOFF.md), and how many it leaves out because their talent does not share their details.
 */
export function HandoffPanel({ eventId, companyName }: { eventId: string; companyName: string }) {
  const { t } = useT();
  const summary = useHandoffSummary(eventId);
  const leftOut = summary.data?.leftOut ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handoff-title">
      <Stack gap="xs">
        <Title order={3} fz="h5" id="handoff-title">
          {t('recruiter.handoff.title')}
        </Title>
        <Text size="sm" c="dark.6">
          {t('recruiter.handoff.intro')}
        </Text>
        <ApiErrorAlert error={summary.error} />
        {summary.data && (
          <Text size="sm" aria-live="polite">
            {leftOut > 0
              ? t('recruiter.handoff.exportedLeftOut', {
                  exported: summary.data.exported,
                  leftOut,
                  company: companyName,
                })
              : t('recruiter.handoff.exported', { exported: summary.data.exported })}
          </Text>
        )}
        <Group gap="sm">
          <Button
            onClick={() => download(handoffExportUrl(eventId, 'csv'))}
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('recruiter.handoff.csv')}
          </Button>
          <Button
            onClick={() => download(handoffExportUrl(eventId, 'json'))}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('recruiter.handoff.json')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Beside a talent's name for the company's recruiters: the talent shares their details with the company. */
export function SharesDataBadge({ eventId, talentId }: { eventId: string; talentId: string }) {
  const { t } = useT();
  // Organizers read profiles too; what talents share with a company is its recruiters' alone.
  const summary = useHandoffSummary(eventId, useUser().role === 'recruiter');
  if (!summary.data?.sharingTalentIds.includes(talentId)) return null;
  return (
    <Badge variant="light" color="teal" size="sm" title={t('recruiter.handoff.sharesTitle')}>
      {t('recruiter.handoff.shares')}
    </Badge>
  );
}
