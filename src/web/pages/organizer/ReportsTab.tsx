import { Badge, Button, Loader, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../shared/schemas/events.schemas';
import { REPORT_REASON_LABELS, type SafetyReport } from '../../../shared/schemas/safety.schemas';
import { useEventReports, useMarkReportHandled } from '../../api/safety';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDay, formatTime } from '../../time';

/** The organizer's reports between people who both take part in the event, newest first. */
export function ReportsTab({ event }: { event: Event }) {
  const reports = useEventReports(event.id);
  const handle = useMarkReportHandled(event.id);
  const columns: Column<SafetyReport>[] = [
    {
      label: 'When',
      cell: (r) => `${formatDay(r.createdAt, event.timeZone)}, ${formatTime(r.createdAt, event.timeZone)}`,
    },
    { label: 'Reported by', cell: (r) => r.reporter.name },
    { label: 'Reported', cell: (r) => r.reported.name },
    { label: 'Reason', cell: (r) => REPORT_REASON_LABELS[r.reason] },
    {
      label: 'What happened',
      cell: (r) => (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {r.message}
        </Text>
      ),
    },
    {
      label: 'Status',
      cell: (r) =>
        r.handledAt ? (
          <Badge color="green" variant="light">
            Handled
          </Badge>
        ) : (
          <Button
            size="xs"
            variant="default"
            aria-label={`Mark the report of ${r.reported.name} by ${r.reporter.name} handled`}
            loading={handle.isPending && handle.variables === r.id}
            onClick={() => handle.mutate(r.id)}
          >
            Mark handled
          </Button>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2} fz="h3">
        Reports
      </Title>
      <Text size="sm" c="dark.6">
        Talents and recruiters of this event who reported one another. The reported person is never told who
        reported them.
      </Text>
      {reports.isPending && <Loader aria-label="Loading reports" />}
      <ApiErrorAlert error={reports.error ?? handle.error} title="Could not load the reports" />
      {reports.data?.reports.length === 0 && (
        <EmptyState title="No reports">Nobody reported anyone here.</EmptyState>
      )}
      {reports.data && reports.data.reports.length > 0 && (
        <ResponsiveTable
          label="Reports"
          columns={columns}
          rows={reports.data.reports}
          rowKey={(r) => r.id}
          minWidth={720}
        />
      )}
    </Stack>
  );
}
