import { Badge, Group, Stack, Text } from '@mantine/core';
import type { RegisteredCompany } from '../../../../shared/schemas/registrations.schemas';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useT } from '../../../i18n/i18n';
import { CompanyActions } from './CompanyActions';

function RecruiterList({ company }: { company: RegisteredCompany }) {
  const { t } = useT();
  if (company.recruiters.length === 0) {
    return (
      <Text size="sm" c="dark.6">
        {t('organizer.companiesTable.noRecruiters')}
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
            // The whole word, in any language: the email beside it wraps instead.
            <Badge
              variant="light"
              color="orange"
              size="sm"
              title={t('organizer.person.invitedHint')}
              style={{ flexShrink: 0 }}
            >
              {t('organizer.person.invited')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

export function CompaniesTable({ eventId, companies }: { eventId: string; companies: RegisteredCompany[] }) {
  const { t } = useT();
  return (
    <ResponsiveTable
      label={t('organizer.companies.title')}
      minWidth={720}
      verticalSpacing="md"
      rows={companies}
      rowKey={(company) => company.id}
      columns={[
        {
          label: t('organizer.companiesTable.company'),
          cell: (company) => (
            <>
              <Text fw={600}>{company.name}</Text>
              <Text size="xs" c="dark.6">
                {t('organizer.companiesTable.recruiterCount', { count: company.recruiters.length })}
              </Text>
            </>
          ),
        },
        {
          label: t('organizer.booth.label'),
          cell: (company) =>
            company.booth ? (
              <Text size="sm">{company.booth}</Text>
            ) : (
              <Text size="sm" c="dark.6">
                {t('organizer.companiesTable.notSet')}
              </Text>
            ),
        },
        {
          label: t('organizer.companiesTable.recruiters'),
          cell: (company) => <RecruiterList company={company} />,
        },
        {
          label: t('organizer.table.actions'),
          hideLabel: true,
          cell: (company) => <CompanyActions eventId={eventId} company={company} />,
        },
      ]}
    />
  );
}
