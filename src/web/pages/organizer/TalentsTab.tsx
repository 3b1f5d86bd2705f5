import { Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Event } from '../../../shared/schemas/events.schemas';
import { useRegisteredTalents } from '../../api/registrations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/i18n';
import { CsvImportSection } from './CsvImportSection';
import { NoShowsSection } from './talents/NoShowsSection';
import { RegisterTalentForm } from './talents/RegisterTalentForm';
import { TalentsTable } from './talents/TalentsTable';

/** A filter field appears once the list is longer than a screen. */
const FILTER_FROM = 10;

/** The organizer's list of talents at the event, and the two ways to register more. */
export function TalentsTab({ event }: { event: Event }) {
  const talents = useRegisteredTalents(event.id);
  const { t } = useT();
  const [filter, setFilter] = useState('');
  const all = talents.data ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? all.filter((p) => p.name.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle))
    : all;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} fz="h3">
              {t('organizer.talents.title')}
            </Title>
            {all.length > 0 && (
              <Text size="sm" c="dark.6">
                {t('organizer.talents.count', {
                  count: all.length,
                  invited: all.filter((p) => !p.activated).length,
                })}
              </Text>
            )}
          </div>
          {all.length > FILTER_FROM && (
            <TextInput
              label={t('organizer.talents.filter')}
              placeholder={t('organizer.talents.filterPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              w={280}
            />
          )}
        </Group>
        {talents.isPending && <Loader aria-label={t('organizer.talents.loading')} />}
        <ApiErrorAlert error={talents.error} title={t('organizer.talents.loadError')} />
        {talents.data?.length === 0 && (
          <EmptyState title={t('organizer.talents.empty.title')}>
            {t('organizer.talents.empty.body')}
          </EmptyState>
        )}
        {all.length > 0 &&
          (shown.length > 0 ? (
            <TalentsTable eventId={event.id} eventName={event.name} talents={shown} />
          ) : (
            <Text c="dark.6">{t('organizer.talents.noMatch', { filter })}</Text>
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
