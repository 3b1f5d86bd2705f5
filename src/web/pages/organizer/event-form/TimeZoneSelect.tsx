import { Select } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useT } from '../../../i18n/i18n';
import { zoneOffsetName } from './zoneOffset';

/** A searchable list of IANA zones ("Berlin" finds Europe/Berlin), with the chosen zone's offset today. */
export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: ReactNode;
}) {
  const { t, locale } = useT();
  const zones = useMemo(() => {
    const all = new Set(Intl.supportedValuesOf('timeZone'));
    all.add('UTC');
    if (value) all.add(value);
    return [...all].sort();
  }, [value]);
  const offset = value ? zoneOffsetName(value, new Date(), locale) : null;
  return (
    <Select
      label={t('organizer.timeZone.label')}
      description={
        offset
          ? t('organizer.timeZone.descriptionWithOffset', { offset })
          : t('organizer.timeZone.description')
      }
      searchable
      data={zones}
      value={value || null}
      onChange={(zone) => zone && onChange(zone)}
      error={error}
      allowDeselect={false}
      nothingFoundMessage={t('organizer.timeZone.nothingFound')}
      maxDropdownHeight={280}
    />
  );
}
