import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useCompanies } from '../../api/registrations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { CompaniesTable } from './companies/CompaniesTable';
import { RegisterCompanyForm } from './companies/RegisterCompanyForm';
import { CsvImportSection } from './CsvImportSection';

/** The organizer's list of companies at the event, and the two ways to register more: one by one or by CSV. */
export function CompaniesTab({ event }: { event: Event }) {
  const companies = useCompanies(event.id);
  const recruiters = companies.data?.reduce((sum, company) => sum + company.recruiters.length, 0) ?? 0;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="h3">
            Registered companies
          </Title>
          {companies.data && companies.data.length > 0 && (
            <Text size="sm" c="dark.6">
              {companies.data.length} {companies.data.length === 1 ? 'company' : 'companies'} · {recruiters}{' '}
              {recruiters === 1 ? 'recruiter' : 'recruiters'}
            </Text>
          )}
        </Group>
        {companies.isPending && <Loader aria-label="Loading companies" />}
        <ApiErrorAlert error={companies.error} title="Could not load the companies" />
        {companies.data?.length === 0 && (
          <EmptyState title="No companies yet">
            Register the companies taking part below, one by one or from a CSV file. Their recruiters are
            invited by email and can set up their 1-1 chat availability once you publish the event.
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
