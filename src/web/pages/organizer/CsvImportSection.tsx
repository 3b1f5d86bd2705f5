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

const MAX_BYTES = 5_000_000;

type Kind = keyof typeof importColumns;

const explanation: Record<Kind, string> = {
  recruiters:
    'One recruiter per row; booth is optional. Companies are registered as needed, and new recruiters get an invitation by email.',
  talents:
    'One talent per row; only email and name are required. Separate several languages, topics or links with semicolons. Empty cells leave what the talent wrote alone; new talents get an invitation by email.',
};

function templateHref(kind: Kind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${importColumns[kind].join(',')}\n`)}`;
}

function importSummary(report: ImportReport): string {
  return `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.errors.length} with errors`;
}

/** The bar shown while the server works through the file, batch after batch. */
function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const label = `${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} rows imported`;
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
  return (
    <Table withTableBorder striped verticalSpacing="xs">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>Row</Table.Th>
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
  return (
    <Stack gap="xs">
      <Text role="status" fw={600}>
        {importSummary(report)}
      </Text>
      {report.errors.length > 0 && (
        <RowMessagesTable
          caption="Rows that were not imported; fix them in the file and import it again."
          heading="Problem"
          rows={report.errors}
        />
      )}
      {report.notices.length > 0 && (
        <RowMessagesTable
          caption="Rows imported with something to know."
          heading="Notice"
          rows={report.notices}
        />
      )}
    </Stack>
  );
}

/** Registers many people at once from a CSV file read in the browser, and reports what happened per row. */
export function CsvImportSection({ eventId, kind }: { eventId: string; kind: Kind }) {
  const importCsv = useImport(eventId, kind);
  const progress = useImportProgress(eventId).data;
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return setFileError('Choose a CSV file first.');
    if (file.size > MAX_BYTES)
      return setFileError('The file is larger than 5 MB. Split it into smaller files.');
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
            {kind === 'talents' ? 'Import talents from CSV' : 'Import recruiters from CSV'}
          </Title>
          <Text size="sm" c="dark.6">
            {explanation[kind]} The first row names the columns: {importColumns[kind].join(', ')}. Up to{' '}
            {MAX_IMPORT_ROWS.toLocaleString('en')} rows per file.
          </Text>
        </div>
        <Input.Wrapper label="CSV file" id={inputId} error={fileError}>
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
            Import
          </Button>
          <Anchor href={templateHref(kind)} download={`parley-${kind}-template.csv`} size="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden />
              Download template
            </Group>
          </Anchor>
        </Group>
        {importCsv.isPending && progress && <ImportProgressBar progress={progress} />}
        <ApiErrorAlert error={importCsv.error} title="The file could not be imported" />
        {importCsv.data && <ImportReportView report={importCsv.data} />}
      </Stack>
    </Paper>
  );
}
