import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../shared/api/auth.contract';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locales';
import { call } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useChosenLanguage } from './AccountLanguage';
import { browserLocale, useT } from './i18n';

const BROWSER = 'browser';

/** The language of the app and of one's emails: a chosen one, or the browser's. */
export function LanguageSection() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const { chosen: current, queryKey } = useChosenLanguage();
  const save = useMutation({
    mutationFn: (language: (typeof LOCALES)[number] | null) =>
      call(authApi.setLanguage, { body: { language } }),
    // The page switches to the new language as the account's setting changes (AccountLanguage).
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
  const data = [
    { value: BROWSER, label: t('language.browser', { language: LOCALE_NAMES[browserLocale()] }) },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} fz="h4">
          {t('language.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('language.description')}
        </Text>
        <ApiErrorAlert error={current.error ?? save.error} title={t('language.couldNotSave')} />
        <Select
          label={t('language.label')}
          data={data}
          value={current.data ? (current.data.language ?? BROWSER) : null}
          disabled={!current.data || save.isPending}
          allowDeselect={false}
          onChange={(value) => value && save.mutate(isLocale(value) ? value : null)}
        />
      </Stack>
    </Paper>
  );
}
