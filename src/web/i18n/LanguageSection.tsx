import { AccountSection } from '../account/AccountSection';
import { Radio, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../shared/api/auth.contract';
import { CLOCKS, type Clock, isClock } from '../../shared/i18n/clocks';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locales';
import type { LanguageSettingChange } from '../../shared/schemas/auth.schemas';
import { call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatTime } from '../time';
import { useChosenLanguage } from './AccountLanguage';
import { browserLocale, type MessageKey, useT } from './i18n';

const BROWSER = 'browser';

/** The account's language and clock as saved, and a change of either. */
function useLanguageSettings() {
  const queryClient = useQueryClient();
  const { chosen: current, queryKey } = useChosenLanguage();
  const save = useMutation({
    mutationFn: (change: LanguageSettingChange) => call(authApi.setLanguage, { body: change }),
    // The page switches to the new language or clock as the account's setting changes (AccountLanguage).
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
  return { current, save };
}

/** The language of the app and of one's emails: a chosen one, or the browser's. */
export function LanguageSection() {
  const { t } = useT();
  const { current, save } = useLanguageSettings();
  const data = [
    { value: BROWSER, label: t('language.browser', { language: LOCALE_NAMES[browserLocale()] }) },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  return (
    <AccountSection title={t('language.title')} description={t('language.description')}>
      <ApiErrorAlert error={current.error ?? save.error} title={t('language.couldNotSave')} />
      <Select
        label={t('language.label')}
        data={data}
        value={current.data ? (current.data.language ?? BROWSER) : null}
        disabled={!current.data || save.isPending}
        allowDeselect={false}
        onChange={(value) => value && save.mutate({ language: isLocale(value) ? value : null })}
      />
    </AccountSection>
  );
}

const clockNames: Record<Clock, MessageKey> = {
  '24h': 'account.clock.twentyFourHour',
  '12h': 'account.clock.twelveHour',
};
/** The time each choice is shown with, as it reads on that clock in the language in use. */
const EXAMPLE_TIME = '2030-01-01T14:30:00Z';

/** The clock of the times in the app and in one's emails: 24-hour (the default) or 12-hour. */
export function ClockSection() {
  const { t } = useT();
  const { current, save } = useLanguageSettings();
  return (
    <AccountSection title={t('account.clock.title')} description={t('account.clock.description')}>
      <ApiErrorAlert error={current.error ?? save.error} title={t('account.clock.couldNotSave')} />
      <Radio.Group
        label={t('account.clock.title')}
        value={(save.isPending ? save.variables.clock : undefined) ?? current.data?.clock ?? null}
        onChange={(value) => isClock(value) && save.mutate({ clock: value })}
      >
        <Stack gap="xs" mt="xs">
          {CLOCKS.map((clock) => (
            <Radio
              key={clock}
              value={clock}
              label={t(clockNames[clock], { example: formatTime(EXAMPLE_TIME, 'UTC', clock) })}
              disabled={!current.data || save.isPending}
            />
          ))}
        </Stack>
      </Radio.Group>
    </AccountSection>
  );
}
