import { Badge, Group, Stack, Text } from '@mantine/core';
import type { RegisteredCompany } from '../../../../shared/schemas/registrations.schemas';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
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
    <ResponsiveTable
      label="Registered companies"
      minWidth={720}
      verticalSpacing="md"
      rows={companies}
      rowKey={(company) => company.id}
      columns={[
        {
          label: 'Company',
          cell: (company) => (
            <>
              <Text fw={600}>{company.name}</Text>
              <Text size="xs" c="dark.6">
                {company.recruiters.length} {company.recruiters.length === 1 ? 'recruiter' : 'recruiters'}
              </Text>
            </>
          ),
        },
        {
          label: 'Booth or table',
          cell: (company) =>
            company.booth ? (
              <Text size="sm">{company.booth}</Text>
            ) : (
              <Text size="sm" c="dark.6">
                Not set
              </Text>
            ),
        },
        { label: 'Recruiters', cell: (company) => <RecruiterList company={company} /> },
        {
          label: 'Actions',
          hideLabel: true,
          cell: (company) => <CompanyActions eventId={eventId} company={company} />,
        },
      ]}
    />
  );
}
