import { Anchor, Button, Group, Input, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  type ImportReport,
  importColumns,
  MAX_IMPORT_ROWS,
} from '../../../shared/schemas/registrations.schemas';
import { type ImportProgress, useImport, useImportProgress } from '../../api/registrations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { type MessageKey, t, useT } from '../../i18n/i18n';

const MAX_BYTES = 5_000_000;

type Kind = keyof typeof importColumns;

/** What each kind of file holds, with its columns and the row limit. */
const introKey: Record<Kind, MessageKey> = {
  recruiters: 'organizer.csv.intro.recruiters',
  talents: 'organizer.csv.intro.talents',
};

const titleKey: Record<Kind, MessageKey> = {
  recruiters: 'organizer.csv.title.recruiters',
  talents: 'organizer.csv.title.talents',
};

function templateHref(kind: Kind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${importColumns[kind].join(',')}\n`)}`;
}

function importSummary(report: ImportReport): string {
  return t('organizer.csv.summary', {
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    errors: report.errors.length,
  });
}

/** The bar shown while the server works through the file, batch after batch. */
function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useT();
  const label = t('organizer.csv.progress', { done: progress.done, total: progress.total });
  return (
    <Stack gap={4}>
      <Progress value={(100 * progress.done) / Math.max(progress.total, 1)} aria-label={label} animated />
      <Text size="sm" c="dark.6">
        {label}
      </Text>
    </Stack>
  );
}

function RowMessagesTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: ImportReport['errors'];
}) {
  const { t } = useT();
  return (
    <Table withTableBorder striped verticalSpacing="xs">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('organizer.csv.row')}</Table.Th>
          <Table.Th>{heading}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.row}-${row.message}`}>
            <Table.Td>{row.row}</Table.Td>
            <Table.Td>{row.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useT();
  return (
    <Stack gap="xs">
      <Text role="status" fw={600}>
        {importSummary(report)}
      </Text>
      {report.errors.length > 0 && (
        <RowMessagesTable
          caption={t('organizer.csv.errorsCaption')}
          heading={t('organizer.csv.problem')}
          rows={report.errors}
        />
      )}
      {report.notices.length > 0 && (
        <RowMessagesTable
          caption={t('organizer.csv.noticesCaption')}
          heading={t('organizer.csv.notice')}
          rows={report.notices}
        />
      )}
    </Stack>
  );
}

/** Registers many people at once from a CSV file read in the browser, and reports what happened per row. */
export function CsvImportSection({ eventId, kind }: { eventId: string; kind: Kind }) {
  const importCsv = useImport(eventId, kind);
  const { t } = useT();
  const progress = useImportProgress(eventId).data;
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return setFileError(t('organizer.csv.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('organizer.csv.tooLarge'));
    setFileError(null);
    importCsv.mutate(await file.text(), {
      onSuccess: () => {
        if (fileRef.current) fileRef.current.value = '';
      },
    });
  };
  return (
    <Paper withBorder p="lg">
      <Stack>
        <div>
          <Title order={2} fz="h4">
            {t(titleKey[kind])}
          </Title>
          <Text size="sm" c="dark.6">
            {t(introKey[kind], { columns: importColumns[kind].join(', '), max: MAX_IMPORT_ROWS })}
          </Text>
        </div>
        <Input.Wrapper label={t('organizer.csv.file')} id={inputId} error={fileError}>
          <Input
            id={inputId}
            component="input"
            type="file"
            accept=".csv,text/csv"
            ref={fileRef}
            error={Boolean(fileError)}
            onChange={() => setFileError(null)}
          />
        </Input.Wrapper>
        <Group justify="space-between">
          <Button
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={importCsv.isPending}
            onClick={run}
          >
            {t('organizer.csv.import')}
          </Button>
          <Anchor href={templateHref(kind)} download={`parley-${kind}-template.csv`} size="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden />
              {t('organizer.csv.template')}
            </Group>
          </Anchor>
        </Group>
        {importCsv.isPending && progress && <ImportProgressBar progress={progress} />}
        <ApiErrorAlert error={importCsv.error} title={t('organizer.csv.error')} />
        {importCsv.data && <ImportReportView report={importCsv.data} />}
      </Stack>
    </Paper>
  );
}
