import { Button, Group, Paper, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BookableFilters } from '../../../../api/availability';
import { DayMode, type Event } from '../../../../../shared/schemas/events.schemas';
import { useT } from '../../../../i18n/i18n';
import { formatDate } from '../../../../time';
import { dayModeKey } from '../../dayModeKey';

const keys = ['q', 'language', 'topic', 'day', 'mode', 'favourites'] as const;
type FilterKey = (typeof keys)[number];

/** The recruiter filters live in the URL beside `?tab=`, so the back button and shared links keep them. */
export function useRecruiterFilters() {
  const [params, setParams] = useSearchParams();
  const value = (key: FilterKey) => params.get(key) ?? '';
  const filters: BookableFilters = {
    q: value('q') || undefined,
    language: value('language') || undefined,
    topic: value('topic') || undefined,
    dayId: value('day') || undefined,
    mode: DayMode.safeParse(value('mode')).data,
    favourites: value('favourites') === 'true' ? 'true' : undefined,
  };
  const change = (next: Partial<Record<FilterKey, string>>) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, v] of Object.entries(next)) {
          if (v) updated.set(key, v);
          else updated.delete(key);
        }
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  const filtered = keys.some((key) => value(key));
  const clear = () => change(Object.fromEntries(keys.map((key) => [key, ''])));
  return { value, filters, filtered, favouritesOnly: filters.favourites === 'true', change, clear };
}

/** The chosen value stays selectable even when the facets no longer list it. */
const withChosen = (values: string[], chosen: string) =>
  chosen && !values.includes(chosen) ? [chosen, ...values] : values;

export function RecruiterFilters({
  event,
  facets,
  state,
}: {
  event: Event;
  facets: { languages: string[]; topics: string[] };
  state: ReturnType<typeof useRecruiterFilters>;
}) {
  const { t } = useT();
  const { value, change, filtered, clear } = state;
  // The search runs when the talent pauses typing, not on every key.
  const [text, setText] = useState(value('q'));
  const sent = useRef(value('q'));
  const search = useDebouncedCallback((q: string) => {
    sent.current = q;
    change({ q });
  }, 300);
  const q = value('q');
  useEffect(() => {
    // Cleared or changed elsewhere (back button, "Clear filters"): show it.
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
    }
  }, [q]);
  const dayOptions = event.days.map((day) => ({
    value: day.id,
    label: t('talent.filters.dayOption', { day: formatDate(day.date), mode: t(dayModeKey[day.mode]) }),
  }));
  const modeOptions = DayMode.options.map((mode) => ({ value: mode, label: t(dayModeKey[mode]) }));
  const select = (key: FilterKey) => ({
    value: value(key) || null,
    onChange: (chosen: string | null) => change({ [key]: chosen ?? '' }),
    clearable: true,
    allowDeselect: false,
  });
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <TextInput
          label={t('talent.filters.search')}
          placeholder={t('talent.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            search(e.currentTarget.value.trim());
          }}
        />
        <Select
          label={t('talent.filters.language')}
          placeholder={t('talent.filters.anyLanguage')}
          data={withChosen(facets.languages, value('language'))}
          searchable
          nothingFoundMessage={t('talent.filters.noLanguage')}
          {...select('language')}
        />
        <Select
          label={t('talent.filters.topic')}
          placeholder={t('talent.filters.anyTopic')}
          data={withChosen(facets.topics, value('topic'))}
          searchable
          nothingFoundMessage={t('talent.filters.noTopic')}
          {...select('topic')}
        />
        <Select
          label={t('talent.filters.day')}
          placeholder={t('talent.filters.anyDay')}
          data={dayOptions}
          {...select('day')}
        />
        <Select
          label={t('talent.filters.mode')}
          placeholder={t('talent.filters.anyMode')}
          data={modeOptions}
          {...select('mode')}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm">
        <Switch
          label={t('talent.filters.favouritesOnly')}
          checked={state.favouritesOnly}
          onChange={(e) => change({ favourites: e.currentTarget.checked ? 'true' : '' })}
        />
        {filtered && (
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {t('talent.filters.clear')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
