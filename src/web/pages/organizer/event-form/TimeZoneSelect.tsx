import { Select } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useT } from '../../../i18n/i18n';

function offsetNow(timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
      new Date(),
    );
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

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
  const { t } = useT();
  const zones = useMemo(() => {
    const all = new Set(Intl.supportedValuesOf('timeZone'));
    all.add('UTC');
    if (value) all.add(value);
    return [...all].sort();
  }, [value]);
  const offset = value ? offsetNow(value) : null;
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
