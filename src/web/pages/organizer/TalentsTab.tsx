import { Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useRegisteredTalents } from '../../api/registrations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { CsvImportSection } from './CsvImportSection';
import { NoShowsSection } from './talents/NoShowsSection';
import { RegisterTalentForm } from './talents/RegisterTalentForm';
import { TalentsTable } from './talents/TalentsTable';

/** A filter field appears once the list is longer than a screen. */
const FILTER_FROM = 10;

/** The organizer's list of talents at the event, and the two ways to register more. */
export function TalentsTab({ event }: { event: Event }) {
  const talents = useRegisteredTalents(event.id);
  const [filter, setFilter] = useState('');
  const all = talents.data ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? all.filter((t) => t.name.toLowerCase().includes(needle) || t.email.toLowerCase().includes(needle))
    : all;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} fz="h3">
              Registered talents
            </Title>
            {all.length > 0 && (
              <Text size="sm" c="dark.6">
                {all.length} {all.length === 1 ? 'talent' : 'talents'} ·{' '}
                {all.filter((t) => !t.activated).length} still invited
              </Text>
            )}
          </div>
          {all.length > FILTER_FROM && (
            <TextInput
              label="Filter talents"
              placeholder="Name or email"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              w={280}
            />
          )}
        </Group>
        {talents.isPending && <Loader aria-label="Loading talents" />}
        <ApiErrorAlert error={talents.error} title="Could not load the talents" />
        {talents.data?.length === 0 && (
          <EmptyState title="No talents yet">
            Register talents below, one by one or from a CSV file. They are invited by email, fill in their
            profile, and can request 1-1 chats once you publish the event.
          </EmptyState>
        )}
        {all.length > 0 &&
          (shown.length > 0 ? (
            <TalentsTable eventId={event.id} eventName={event.name} talents={shown} />
          ) : (
            <Text c="dark.6">No registered talent matches “{filter}”.</Text>
          ))}
      </Stack>
      <NoShowsSection event={event} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <RegisterTalentForm eventId={event.id} />
        <CsvImportSection eventId={event.id} kind="talents" />
      </SimpleGrid>
    </Stack>
  );
}
