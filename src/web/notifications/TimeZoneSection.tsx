import { AccountSection } from '../account/AccountSection';
import { Select, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../shared/api/auth.contract';
import { call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';
import { viewerTimeZone } from '../time';

const BROWSER = 'browser';
const zones = () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/** The clock of the times in one's emails: a chosen zone, or the browser's (recorded when the app starts). */
export function TimeZoneSection() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['me', 'time-zone'], queryFn: () => call(authApi.timeZone) });
  const save = useMutation({
    mutationFn: (timeZone: string | null) => call(authApi.setTimeZone, { body: { timeZone } }),
    onSuccess: (saved) => queryClient.setQueryData(['me', 'time-zone'], saved),
  });
  const data = [
    { value: BROWSER, label: t('notifications.zone.browser', { zone: viewerTimeZone() }) },
    ...zones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
  ];
  return (
    <AccountSection title={t('notifications.zone.title')} description={t('notifications.zone.description')}>
      <ApiErrorAlert error={current.error ?? save.error} title={t('notifications.zone.couldNotSave')} />
      <Select
        label={t('notifications.zone.label')}
        searchable
        data={data}
        value={current.data ? (current.data.timeZone ?? BROWSER) : null}
        disabled={!current.data || save.isPending}
        allowDeselect={false}
        onChange={(value) => value && save.mutate(value === BROWSER ? null : value)}
      />
      {save.isSuccess && (
        <Text size="sm" role="status">
          {t('notifications.zone.saved')}
        </Text>
      )}
    </AccountSection>
  );
}
