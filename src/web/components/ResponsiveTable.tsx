import { Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Key, ReactNode } from 'react';
import { useNarrowScreen } from './useNarrowScreen';

export interface Column<Row> {
  /** The column's header; on a card, the name above the value. */
  label: string;
  /** Heard but not seen in the table, and left out on a card (a column of buttons, say). */
  hideLabel?: boolean;
  align?: 'left' | 'right';
  cell: (row: Row) => ReactNode;
}

/**
 * Rows as a table on a wide screen and as stacked cards on a phone, where a table's columns would not fit. On a
 * card the first column leads, unlabelled, and every other value is named by its column.
 */
export function ResponsiveTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  caption,
  minWidth,
  verticalSpacing = 'sm',
}: {
  /** The name of the list of cards (a table is named by its headers and caption). */
  label: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  caption?: ReactNode;
  /** Below this width the table scrolls sideways inside its frame. */
  minWidth: number;
  verticalSpacing?: 'sm' | 'md';
}) {
  const narrow = useNarrowScreen();
  if (narrow) {
    const [lead, ...rest] = columns;
    return (
      <Stack gap="xs">
        {caption && (
          <Text size="sm" c="dark.6">
            {caption}
          </Text>
        )}
        <Stack component="ul" gap="xs" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
          {rows.map((row) => (
            <Paper component="li" key={rowKey(row)} withBorder p="sm">
              <Stack gap="xs">
                {lead && <div>{lead.cell(row)}</div>}
                {rest.map((column) =>
                  column.hideLabel ? (
                    <div key={column.label}>{column.cell(row)}</div>
                  ) : (
                    <div key={column.label}>
                      <Text size="xs" fw={600} c="dark.6">
                        {column.label}
                      </Text>
                      {column.cell(row)}
                    </div>
                  ),
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing={verticalSpacing} horizontalSpacing="md" highlightOnHover>
          {caption && <Table.Caption>{caption}</Table.Caption>}
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label}>
                  {column.hideLabel ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)} style={{ verticalAlign: 'top' }}>
                {columns.map((column) => (
                  <Table.Td key={column.label} ta={column.align}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
