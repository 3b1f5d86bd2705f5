import { Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { ExperienceLevel } from '../../../../shared/schemas/talents.schemas';
import { useT } from '../../../i18n/i18n';
import { experienceLevelKeys } from './levelLabels';

export interface Filters {
  q: string;
  language: string;
  level: string;
  topic: string;
}

/** The chosen value stays selectable even when the current results no longer contain it. */
const withChosen = (values: string[], chosen: string) =>
  chosen && !values.includes(chosen) ? [chosen, ...values] : values;

export function TalentFilters({
  filters,
  facets,
  onChange,
}: {
  filters: Filters;
  facets: { languages: string[]; topics: string[] };
  onChange: (change: Partial<Filters>) => void;
}) {
  const { t } = useT();
  const levelOptions = ExperienceLevel.options.map((level) => ({
    value: level,
    label: t(experienceLevelKeys[level]),
  }));
  // The text is searched as the recruiter pauses typing, not on every key.
  const [text, setText] = useState(filters.q);
  const sent = useRef(filters.q);
  const search = useDebouncedCallback((q: string) => {
    sent.current = q;
    onChange({ q });
  }, 300);
  useEffect(() => {
    // The search changed elsewhere (back button, "Clear filters"): show it.
    if (filters.q !== sent.current) {
      sent.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          label={t('talentProfiles.filters.search')}
          placeholder={t('talentProfiles.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            search(event.currentTarget.value.trim());
          }}
        />
        <Select
          label={t('talentProfiles.filters.language')}
          placeholder={t('talentProfiles.filters.anyLanguage')}
          data={withChosen(facets.languages, filters.language)}
          value={filters.language || null}
          onChange={(language) => onChange({ language: language ?? '' })}
          clearable
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('talentProfiles.filters.noLanguage')}
        />
        <Select
          label={t('talentProfiles.level')}
          placeholder={t('talentProfiles.filters.anyLevel')}
          data={levelOptions}
          value={filters.level || null}
          onChange={(level) => onChange({ level: level ?? '' })}
          clearable
          allowDeselect={false}
        />
        <Select
          label={t('talentProfiles.filters.topic')}
          placeholder={t('talentProfiles.filters.anyTopic')}
          data={withChosen(facets.topics, filters.topic)}
          value={filters.topic || null}
          onChange={(topic) => onChange({ topic: topic ?? '' })}
          clearable
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('talentProfiles.filters.noTopic')}
        />
      </SimpleGrid>
    </Paper>
  );
}
