import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useCompanies } from '../../api/registrations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/i18n';
import { CompaniesTable } from './companies/CompaniesTable';
import { RegisterCompanyForm } from './companies/RegisterCompanyForm';
import { CsvImportSection } from './CsvImportSection';

/** The organizer's list of companies at the event, and the two ways to register more: one by one or by CSV. */
export function CompaniesTab({ event }: { event: Event }) {
  const companies = useCompanies(event.id);
  const { t } = useT();
  const recruiters = companies.data?.reduce((sum, company) => sum + company.recruiters.length, 0) ?? 0;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="h3">
            {t('organizer.companies.title')}
          </Title>
          {companies.data && companies.data.length > 0 && (
            <Text size="sm" c="dark.6">
              {t('organizer.companies.count', { companies: companies.data.length, recruiters })}
            </Text>
          )}
        </Group>
        {companies.isPending && <Loader aria-label={t('organizer.companies.loading')} />}
        <ApiErrorAlert error={companies.error} title={t('organizer.companies.loadError')} />
        {companies.data?.length === 0 && (
          <EmptyState title={t('organizer.companies.empty.title')}>
            {t('organizer.companies.empty.body')}
          </EmptyState>
        )}
        {companies.data && companies.data.length > 0 && (
          <CompaniesTable eventId={event.id} companies={companies.data} />
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <RegisterCompanyForm eventId={event.id} />
        <CsvImportSection eventId={event.id} kind="recruiters" />
      </SimpleGrid>
    </Stack>
  );
}
