import { Badge, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { RegisteredCompany } from '../../../../shared/schemas/registrations.schemas';
import { CompanyActions } from './CompanyActions';

function RecruiterList({ company }: { company: RegisteredCompany }) {
  if (company.recruiters.length === 0) {
    return (
      <Text size="sm" c="dark.6">
        No recruiters yet
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {company.recruiters.map((recruiter) => (
        <Group component="li" key={recruiter.id} gap={8} wrap="nowrap">
          <div>
            <Text size="sm" fw={500}>
              {recruiter.name}
            </Text>
            <Text size="xs" c="dark.6">
              {recruiter.email}
            </Text>
          </div>
          {!recruiter.activated && (
            <Badge variant="light" color="orange" size="sm" title="Has not set a password yet">
              Invited
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

export function CompaniesTable({ eventId, companies }: { eventId: string; companies: RegisteredCompany[] }) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="md" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Company</Table.Th>
              <Table.Th>Booth or table</Table.Th>
              <Table.Th>Recruiters</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {companies.map((company) => (
              <Table.Tr key={company.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Text fw={600}>{company.name}</Text>
                  <Text size="xs" c="dark.6">
                    {company.recruiters.length} {company.recruiters.length === 1 ? 'recruiter' : 'recruiters'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {company.booth ? (
                    <Text size="sm">{company.booth}</Text>
                  ) : (
                    <Text size="sm" c="dark.6">
                      Not set
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <RecruiterList company={company} />
                </Table.Td>
                <Table.Td>
                  <CompanyActions eventId={eventId} company={company} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
