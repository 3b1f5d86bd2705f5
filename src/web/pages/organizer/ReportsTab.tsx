import { Badge, Button, Loader, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../shared/schemas/events.schemas';
import type { ReportReason, SafetyReport } from '../../../shared/schemas/safety.schemas';
import { useEventReports, useMarkReportHandled } from '../../api/safety';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { type MessageKey, useT } from '../../i18n/i18n';
import { formatDay, formatTime } from '../../time';

const reasonKey: Record<ReportReason, MessageKey> = {
  harassment: 'organizer.reports.reason.harassment',
  spam: 'organizer.reports.reason.spam',
  inappropriate_content: 'organizer.reports.reason.inappropriateContent',
  no_show_other: 'organizer.reports.reason.noShowOther',
};

/** The organizer's reports between people who both take part in the event, newest first. */
export function ReportsTab({ event }: { event: Event }) {
  const reports = useEventReports(event.id);
  const handle = useMarkReportHandled(event.id);
  const { t } = useT();
  const columns: Column<SafetyReport>[] = [
    {
      label: t('organizer.reports.when'),
      cell: (r) => `${formatDay(r.createdAt, event.timeZone)}, ${formatTime(r.createdAt, event.timeZone)}`,
    },
    { label: t('organizer.reports.reportedBy'), cell: (r) => r.reporter.name },
    { label: t('organizer.reports.reported'), cell: (r) => r.reported.name },
    { label: t('organizer.reports.reason'), cell: (r) => t(reasonKey[r.reason]) },
    {
      label: t('organizer.reports.whatHappened'),
      cell: (r) => (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {r.message}
        </Text>
      ),
    },
    {
      label: t('organizer.reports.status'),
      cell: (r) =>
        r.handledAt ? (
          <Badge color="green" variant="light">
            {t('organizer.reports.handled')}
          </Badge>
        ) : (
          <Button
            size="xs"
            variant="default"
            aria-label={t('organizer.reports.markHandledLabel', {
              reported: r.reported.name,
              reporter: r.reporter.name,
            })}
            loading={handle.isPending && handle.variables === r.id}
            onClick={() => handle.mutate(r.id)}
          >
            {t('organizer.reports.markHandled')}
          </Button>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2} fz="h3">
        {t('organizer.reports.title')}
      </Title>
      <Text size="sm" c="dark.6">
        {t('organizer.reports.intro')}
      </Text>
      {reports.isPending && <Loader aria-label={t('organizer.reports.loading')} />}
      <ApiErrorAlert error={reports.error ?? handle.error} title={t('organizer.reports.loadError')} />
      {reports.data?.reports.length === 0 && (
        <EmptyState title={t('organizer.reports.empty.title')}>
          {t('organizer.reports.empty.body')}
        </EmptyState>
      )}
      {reports.data && reports.data.reports.length > 0 && (
        <ResponsiveTable
          label={t('organizer.reports.title')}
          columns={columns}
          rows={reports.data.reports}
          rowKey={(r) => r.id}
          minWidth={720}
        />
      )}
    </Stack>
  );
}
