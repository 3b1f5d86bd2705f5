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
  type FunnelStep,
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
import { formatNumber } from '../../i18n/format';
import { type MessageKey, t as translate, useT } from '../../i18n/i18n';
import { formatDate, formatTime, viewerTimeZone, zoneName } from '../../time';
import { EventHealthPanel } from './EventHealthPanel';

const ROWS_PER_PAGE = 20;

const funnelStepLabel: Record<FunnelStep, MessageKey> = {
  registered: 'organizer.dashboard.funnel.registered',
  asked: 'organizer.dashboard.funnel.asked',
  booked: 'organizer.dashboard.funnel.booked',
  met: 'organizer.dashboard.funnel.met',
};

/** Each table's download button, named for a screen reader. */
const downloadLabel: Record<Exclude<DashboardTable, 'chats'>, MessageKey> = {
  summary: 'organizer.dashboard.download.summary',
  funnel: 'organizer.dashboard.download.funnel',
  days: 'organizer.dashboard.download.days',
  companies: 'organizer.dashboard.download.companies',
  recruiters: 'organizer.dashboard.download.recruiters',
};

/**
 * The organizer's `Dashboard`: how the event is going, updated live as chats and requests change (the organizers'
 * topic of the event). Every chart has a table of the same numbers beside it, and bars carry their values, so
 * nothing is told by colour alone; each table downloads as CSV.
 */
export function DashboardTab({ event }: { event: Event }) {
  useWatchEvent(event.id);
  const { t } = useT();
  const dashboard = useEventDashboard(event.id);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} fz="h3">
            {t('organizer.dashboard.title')}
          </Title>
          {dashboard.data && <AsOf iso={dashboard.data.asOf} eventZone={event.timeZone} />}
        </Stack>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => download(dashboardExportUrl(event.id, 'chats'))}
        >
          {t('organizer.dashboard.export')}
        </Button>
      </Group>
      <Text size="sm" c="dark.6" mt={-12}>
        {t('organizer.dashboard.exportHint')}
      </Text>
      <EventHealthPanel event={event} />
      {dashboard.isPending && <Loader aria-label={t('organizer.dashboard.loading')} />}
      <ApiErrorAlert error={dashboard.error} title={t('organizer.dashboard.loadError')} />
      {dashboard.data && <Figures eventId={event.id} dashboard={dashboard.data} />}
    </Stack>
  );
}

function AsOf({ iso, eventZone }: { iso: string; eventZone: string }) {
  const { t } = useT();
  const viewerZone = viewerTimeZone();
  const time = formatTime(iso, viewerZone);
  return (
    // Not a live region: a screen reader would announce it after every change of the event.
    <Text size="sm" c="dark.6">
      {viewerZone === eventZone
        ? t('organizer.dashboard.asOf', { time })
        : t('organizer.dashboard.asOfBoth', {
            time,
            eventTime: formatTime(iso, eventZone),
            zone: zoneName(eventZone),
          })}
    </Text>
  );
}

function Figures({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const { t } = useT();
  const { people, requests, invitations, chats } = dashboard;
  const median = requests.medianMinutesToAnswer;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }}>
        <FigureCard
          title={t('organizer.dashboard.people')}
          figures={[
            [t('organizer.dashboard.people.talents'), people.talents],
            [t('organizer.dashboard.people.recruiters'), people.recruiters],
            [t('organizer.dashboard.people.confirmed'), people.recruitersConfirmed],
            [t('organizer.dashboard.people.companies'), people.companies],
          ]}
        />
        <FigureCard
          title={t('organizer.dashboard.requests')}
          figures={[
            [t('organizer.dashboard.requests.sent'), requests.sent],
            [t('organizer.dashboard.requests.approved'), requests.approved],
            [t('organizer.dashboard.requests.declined'), requests.declined],
            [t('organizer.dashboard.requests.waiting'), requests.waiting],
            [t('organizer.dashboard.requests.median'), median === null ? '–' : minutesText(median)],
          ]}
        />
        <FigureCard
          title={t('organizer.dashboard.invitations')}
          figures={[
            [t('organizer.dashboard.invitations.sent'), invitations.sent],
            [t('organizer.dashboard.invitations.waiting'), invitations.waiting],
          ]}
        />
        <FigureCard
          title={t('organizer.dashboard.chats')}
          figures={[
            [t('organizer.dashboard.chats.confirmed'), chats.confirmed],
            [t('organizer.dashboard.chats.completed'), chats.completed],
            [t('organizer.dashboard.chats.cancelled'), chats.cancelled],
            [t('organizer.dashboard.chats.noShow'), chats.noShow],
          ]}
        />
        <DeliveriesCard eventId={eventId} />
      </SimpleGrid>
      <Group justify="flex-end" mt={-8}>
        <TableDownload eventId={eventId} table="summary" />
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
  const { t } = useT();
  const summary = useNotificationLogSummary(eventId);
  const figures: [string, ReactNode][] = summary.data
    ? [
        [t('organizer.dashboard.notifications.sent'), summary.data.sent],
        [t('organizer.dashboard.notifications.queued'), summary.data.queued],
        [t('organizer.dashboard.notifications.retrying'), summary.data.retrying],
        [t('organizer.dashboard.notifications.failed'), summary.data.failed],
        [t('organizer.dashboard.notifications.inApp'), summary.data.delivered],
      ]
    : [];
  return (
    <Stack gap={4}>
      <FigureCard title={t('organizer.dashboard.notifications')} figures={figures} />
      <Anchor component={Link} to={`/events/${eventId}/notification-log`} size="sm">
        {t('organizer.dashboard.notifications.log')}
      </Anchor>
    </Stack>
  );
}

const countText = (count: number) => formatNumber(count);

const minutesText = (minutes: number) =>
  minutes < 90
    ? translate('organizer.dashboard.minutes', { minutes: Math.round(minutes) })
    : translate('organizer.dashboard.hours', {
        hours: formatNumber(minutes / 60, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      });

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

function TableDownload({ eventId, table }: { eventId: string; table: keyof typeof downloadLabel }) {
  const { t } = useT();
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      onClick={() => download(dashboardExportUrl(eventId, table))}
      aria-label={t(downloadLabel[table])}
    >
      {t('organizer.dashboard.csv')}
    </Button>
  );
}

/** A part of the dashboard with a chart and the same numbers as a table, the viewer's choice. */
function ChartSection({
  title,
  showAs,
  description,
  download: downloadButton,
  chart,
  table,
}: {
  title: string;
  /** Names the chart-or-table switch: `Show funnel as`. */
  showAs: string;
  description: string;
  download: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useT();
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
                { value: 'chart', label: t('organizer.dashboard.chart') },
                { value: 'table', label: t('organizer.dashboard.table') },
              ]}
              aria-label={showAs}
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

const percent = (value: number | null) =>
  value === null ? '–' : translate('organizer.dashboard.percent', { value });

function FunnelSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const { t } = useT();
  const registered = dashboard.funnel[0]?.talents ?? 0;
  const rows = dashboard.funnel.map((step) => ({
    step: t(funnelStepLabel[step.step]),
    talents: step.talents,
    share: registered === 0 ? null : Math.round((100 * step.talents) / registered),
  }));
  const columns: Column<(typeof rows)[number]>[] = [
    { label: t('organizer.dashboard.funnel.step'), cell: (row) => row.step },
    { label: t('organizer.dashboard.funnel.talents'), align: 'right', cell: (row) => row.talents },
    { label: t('organizer.dashboard.funnel.share'), align: 'right', cell: (row) => percent(row.share) },
  ];
  return (
    <ChartSection
      title={t('organizer.dashboard.funnel')}
      showAs={t('organizer.dashboard.funnel.showAs')}
      description={t('organizer.dashboard.funnel.description')}
      download={<TableDownload eventId={eventId} table="funnel" />}
      chart={
        <BarChart
          h={220}
          data={rows}
          dataKey="step"
          orientation="vertical"
          yAxisProps={{ width: 190 }}
          // Talents are counted whole, and a count reads as the page's language writes numbers.
          xAxisProps={{ allowDecimals: false }}
          valueFormatter={countText}
          series={[{ name: 'talents', label: t('organizer.dashboard.funnel.talents'), color: 'indigo.7' }]}
          withBarValueLabel
          withTooltip={false}
          gridAxis="none"
          aria-label={t('organizer.dashboard.funnel.chart', {
            steps: rows.map((row) => `${row.step} ${row.talents}`).join(', '),
          })}
          role="img"
        />
      }
      table={
        <ResponsiveTable
          label={t('organizer.dashboard.funnel')}
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
  { label: translate('organizer.dashboard.slots.open'), align: 'right', cell: (row) => row.openSlots },
  { label: translate('organizer.dashboard.slots.booked'), align: 'right', cell: (row) => row.bookedSlots },
  {
    label: translate('organizer.dashboard.slots.use'),
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
  const { t } = useT();
  const rows = dashboard.days.map((day) => ({ ...day, label: formatDate(day.date) }));
  const columns: Column<(typeof rows)[number]>[] = [
    { label: t('organizer.dashboard.days.day'), cell: (row) => row.label },
    ...slotUseColumns(),
  ];
  return (
    <ChartSection
      title={t('organizer.dashboard.days')}
      showAs={t('organizer.dashboard.days.showAs')}
      description={t('organizer.dashboard.days.description')}
      download={<TableDownload eventId={eventId} table="days" />}
      chart={
        <BarChart
          h={240}
          data={rows}
          dataKey="label"
          series={[
            { name: 'openSlots', label: t('organizer.dashboard.slots.open'), color: 'gray.6' },
            { name: 'bookedSlots', label: t('organizer.dashboard.slots.booked'), color: 'indigo.7' },
          ]}
          withLegend
          withBarValueLabel
          withTooltip={false}
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={countText}
          aria-label={t('organizer.dashboard.days.chart', {
            days: rows
              .map((row) =>
                t('organizer.dashboard.days.chartDay', {
                  day: row.label,
                  booked: row.bookedSlots,
                  open: row.openSlots,
                }),
              )
              .join('; '),
          })}
          role="img"
        />
      }
      table={
        <ResponsiveTable
          label={t('organizer.dashboard.days')}
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
  const { t } = useT();
  return (
    <UseTableSection
      title={t('organizer.dashboard.companies')}
      pagesLabel={t('organizer.dashboard.companies.pages')}
      nobody={t('organizer.dashboard.companies.none')}
      download={<TableDownload eventId={eventId} table="companies" />}
      columns={[{ label: t('organizer.dashboard.company'), cell: (row) => row.name }, ...slotUseColumns()]}
      rows={dashboard.companies}
      rowKey={(row) => row.companyId}
      minWidth={480}
    />
  );
}

function RecruitersSection({ eventId, dashboard }: { eventId: string; dashboard: EventDashboard }) {
  const { t } = useT();
  return (
    <UseTableSection
      title={t('organizer.dashboard.recruiters')}
      pagesLabel={t('organizer.dashboard.recruiters.pages')}
      nobody={t('organizer.dashboard.recruiters.none')}
      download={<TableDownload eventId={eventId} table="recruiters" />}
      columns={[
        { label: t('organizer.dashboard.recruiter'), cell: (row) => row.name },
        { label: t('organizer.dashboard.company'), cell: (row) => row.companyName },
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
  pagesLabel,
  nobody,
  download: downloadButton,
  columns,
  rows,
  rowKey,
  minWidth,
}: {
  title: string;
  /** Names the pagination: `Pages of slots per company`. */
  pagesLabel: string;
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
              <Pagination total={pages} value={current} onChange={setPage} aria-label={pagesLabel} />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
