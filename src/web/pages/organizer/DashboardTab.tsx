import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type ReactNode, useId, useState } from 'react';
import {
  type DashboardTable,
  type EventDashboard,
  funnelStepLabels,
  type SlotUse,
  utilisation,
} from '../../../shared/schemas/dashboard.schemas';
import type { Event } from '../../../shared/schemas/events.schemas';
import { dashboardExportUrl, useEventDashboard } from '../../api/dashboard';
import { useNotificationLogSummary } from '../../api/notificationLog';
import { download } from '../../app/download';
import { useWatchEvent } from '../../app/watchEvents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate, formatTime, viewerTimeZone, zoneName } from '../../time';
import { EventHealthPanel } from './EventHealthPanel';

const ROWS_PER_PAGE = 20;

/**
 * The organizer's `Dashboard`: how the event is going, updated live as chats and requests change (the organizers'
 * topic of the event). Every chart has a table of the same numbers beside it, and bars carry their values, so
 * nothing is told by colour alone; each table downloads as CSV.
 */
export function DashboardTab({ event }: { event: Event }) {
  useWatchEvent(event.id);
  const dashboard = useEventDashboard(event.id);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} fz="h3">
            Dashboard
          </Title>
          {dashboard.data && <AsOf iso={dashboard.data.asOf} eventZone={event.timeZone} />}
        </Stack>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => download(dashboardExportUrl(event.id, 'chats'))}
        >
          Export CSV
        </Button>
      </Group>
      <Text size="sm" c="dark.6" mt={-12}>
        Export CSV downloads every chat of the event, never the recruiters' notes. Each table below has its
        own download.
      </Text>
      <EventHealthPanel event={event} />
      {dashboard.isPending && <Loader aria-label="Loading the dashboard" />}
      <ApiErrorAlert error={dashboard.error} title="The dashboard could not be loaded" />
      {dashboard.data && <Figures eventId={event.id} dashboard={dashboard.data} />}
    </Stack>
  );
}

function AsOf({ iso, eventZone }: { iso: string; eventZone: string }) {
  const viewerZone = viewerTimeZone();
  const inEvent = `${formatTime(iso, eventZone)} ${zoneName(eventZone)}`;
  return (
    // Not a live region: a screen reader would announce it after every change of the event.
    <Text size="sm" c="dark.6">
      Updates live · figures as of {formatTime(iso, viewerZone)}
      {viewerZone === eventZone ? '' : ` your time (${inEvent})`}
    </Text>
  );
}

function Figures({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const { people, requests, invitations, chats } = dashboard;
  const median = requests.medianMinutesToAnswer;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }}>
        <FigureCard
          title="People"
          figures={[
            ['Talents registered', people.talents],
            ['Recruiters registered', people.recruiters],
            ['Recruiters who confirmed availability', people.recruitersConfirmed],
            ['Companies', people.companies],
          ]}
        />
        <FigureCard
          title="Requests"
          figures={[
            ['Sent', requests.sent],
            ['Approved', requests.approved],
            ['Declined', requests.declined],
            ['Waiting for an answer', requests.waiting],
            ['Median time to answer', median === null ? '–' : minutesText(median)],
          ]}
        />
        <FigureCard
          title="Invitations"
          figures={[
            ['Sent by recruiters', invitations.sent],
            ['Waiting for the talent', invitations.waiting],
          ]}
        />
        <FigureCard
          title="Chats"
          figures={[
            ['Confirmed, to come', chats.confirmed],
            ['Completed', chats.completed],
            ['Cancelled', chats.cancelled],
            ['No-show', chats.noShow],
          ]}
        />
        <DeliveriesCard eventId={eventId} />
      </SimpleGrid>
      <Group justify="flex-end" mt={-8}>
        <TableDownload eventId={eventId} table="summary" name="these figures" />
      </Group>
      <FunnelSection eventId={eventId} dashboard={dashboard} />
      <DaysSection eventId={eventId} dashboard={dashboard} />
      <CompaniesSection eventId={eventId} dashboard={dashboard} />
      <RecruitersSection eventId={eventId} dashboard={dashboard} />
    </>
  );
}

/** Failed and retrying emails are counted here; the notification log says which and resends them. */
function DeliveriesCard({ eventId }: { eventId: string }) {
  const summary = useNotificationLogSummary(eventId);
  const figures: [string, ReactNode][] = summary.data
    ? [
        ['Emails sent', summary.data.sent],
        ['Queued', summary.data.queued],
        ['Retrying', summary.data.retrying],
        ['Failed', summary.data.failed],
        ['In-app notifications', summary.data.delivered],
      ]
    : [];
  return (
    <Stack gap={4}>
      <FigureCard title="Notifications" figures={figures} />
      <Anchor component={Link} to={`/events/${eventId}/notification-log`} size="sm">
        Open the notification log
      </Anchor>
    </Stack>
  );
}

const minutesText = (minutes: number) =>
  minutes < 90 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;

function FigureCard({ title, figures }: { title: string; figures: [string, ReactNode][] }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={3} fz="h5" id={id} mb="xs">
        {title}
      </Title>
      <Stack component="dl" gap={4} m={0}>
        {figures.map(([label, value]) => (
          <Group key={label} justify="space-between" wrap="nowrap" gap="xs">
            <Text component="dt" size="sm" c="dark.6">
              {label}
            </Text>
            <Text component="dd" m={0} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function TableDownload({ eventId, table, name }: { eventId: string; table: DashboardTable; name: string }) {
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      onClick={() => download(dashboardExportUrl(eventId, table))}
      aria-label={`Download ${name} as CSV`}
    >
      CSV
    </Button>
  );
}

/** A part of the dashboard with a chart and the same numbers as a table, the viewer's choice. */
function ChartSection({
  title,
  description,
  download: downloadButton,
  chart,
  table,
}: {
  title: string;
  description: string;
  download: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="h4" id={id}>
            {title}
          </Title>
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(value) => setView(value as 'chart' | 'table')}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
              aria-label={`Show ${title.toLowerCase()} as`}
            />
            {downloadButton}
          </Group>
        </Group>
        <Text size="sm" c="dark.6">
          {description}
        </Text>
        {view === 'chart' ? chart : table}
      </Stack>
    </Paper>
  );
}

const percent = (value: number | null) => (value === null ? '–' : `${value}%`);

function FunnelSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const registered = dashboard.funnel[0]?.talents ?? 0;
  const rows = dashboard.funnel.map((step) => ({
    step: funnelStepLabels[step.step],
    talents: step.talents,
    share: registered === 0 ? null : Math.round((100 * step.talents) / registered),
  }));
  const columns: Column<(typeof rows)[number]>[] = [
    { label: 'Step', cell: (row) => row.step },
    { label: 'Talents', align: 'right', cell: (row) => row.talents },
    { label: 'Of registered', align: 'right', cell: (row) => percent(row.share) },
  ];
  return (
    <ChartSection
      title="Funnel"
      description="Talents at each step, from registration to a first chat that took place."
      download={<TableDownload eventId={eventId} table="funnel" name="the funnel" />}
      chart={
        <BarChart
          h={220}
          data={rows}
          dataKey="step"
          orientation="vertical"
          yAxisProps={{ width: 190 }}
          series={[{ name: 'talents', label: 'Talents', color: 'indigo.7' }]}
          withBarValueLabel
          withTooltip={false}
          gridAxis="none"
          aria-label={`Funnel chart: ${rows.map((row) => `${row.step} ${row.talents}`).join(', ')}`}
          role="img"
        />
      }
      table={
        <ResponsiveTable
          label="Funnel"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.step}
          minWidth={360}
        />
      }
    />
  );
}

const slotUseColumns = <Row extends SlotUse>(): Column<Row>[] => [
  { label: 'Open slots', align: 'right', cell: (row) => row.openSlots },
  { label: 'Booked', align: 'right', cell: (row) => row.bookedSlots },
  {
    label: 'Use',
    cell: (row) => {
      const share = utilisation(row);
      return (
        <Group gap="xs" wrap="nowrap">
          <Progress value={share ?? 0} w={80} aria-hidden color="indigo.7" />
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {percent(share)}
          </Text>
        </Group>
      );
    },
  },
];

function DaysSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const rows = dashboard.days.map((day) => ({ ...day, label: formatDate(day.date) }));
  const columns: Column<(typeof rows)[number]>[] = [
    { label: 'Day', cell: (row) => row.label },
    ...slotUseColumns(),
  ];
  return (
    <ChartSection
      title="Slots per day"
      description="Slots recruiters opened, and how many hold a chat (confirmed, completed or a no-show)."
      download={<TableDownload eventId={eventId} table="days" name="the slots per day" />}
      chart={
        <BarChart
          h={240}
          data={rows}
          dataKey="label"
          series={[
            { name: 'openSlots', label: 'Open slots', color: 'gray.6' },
            { name: 'bookedSlots', label: 'Booked', color: 'indigo.7' },
          ]}
          withLegend
          withBarValueLabel
          withTooltip={false}
          aria-label={`Slots per day: ${rows
            .map((row) => `${row.label}, ${row.bookedSlots} of ${row.openSlots} booked`)
            .join('; ')}`}
          role="img"
        />
      }
      table={
        <ResponsiveTable
          label="Slots per day"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.dayId}
          minWidth={480}
        />
      }
    />
  );
}

function CompaniesSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  return (
    <UseTableSection
      title="Slots per company"
      nobody="No company has opened a slot yet."
      download={<TableDownload eventId={eventId} table="companies" name="the slots per company" />}
      columns={[{ label: 'Company', cell: (row) => row.name }, ...slotUseColumns()]}
      rows={dashboard.companies}
      rowKey={(row) => row.companyId}
      minWidth={480}
    />
  );
}

function RecruitersSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  return (
    <UseTableSection
      title="Slots per recruiter"
      nobody="No recruiter has opened a slot yet."
      download={<TableDownload eventId={eventId} table="recruiters" name="the slots per recruiter" />}
      columns={[
        { label: 'Recruiter', cell: (row) => row.name },
        { label: 'Company', cell: (row) => row.companyName },
        ...slotUseColumns(),
      ]}
      rows={dashboard.recruiters}
      rowKey={(row) => row.recruiterId}
      minWidth={640}
    />
  );
}

/** Slot use as a table, a page of `ROWS_PER_PAGE` at a time: a fair has a thousand recruiters. */
function UseTableSection<Row extends SlotUse>({
  title,
  nobody,
  download: downloadButton,
  columns,
  rows,
  rowKey,
  minWidth,
}: {
  title: string;
  nobody: string;
  download: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  minWidth: number;
}) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="h4">
            {title}
          </Title>
          {downloadButton}
        </Group>
        {rows.length === 0 ? (
          <Text size="sm">{nobody}</Text>
        ) : (
          <>
            <ResponsiveTable
              label={title}
              columns={columns}
              rows={shown}
              rowKey={rowKey}
              minWidth={minWidth}
            />
            {pages > 1 && (
              <Pagination
                total={pages}
                value={current}
                onChange={setPage}
                aria-label={`Pages of ${title.toLowerCase()}`}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
