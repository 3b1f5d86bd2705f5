import { Center, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../shared/i18n/locales';
import { useT } from '../i18n/i18n';

const languages = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

// For the tab's life: a reload of the login page must not lose the choice before signing in.
const CHOSEN_KEY = 'parley-language-chosen';

/** The language the visitor chose in this menu, if they did: signing in gives it to an account that has none. */
export function languageChosenHere(): { language?: Locale } {
  const chosen = sessionStorage.getItem(CHOSEN_KEY);
  return isLocale(chosen) ? { language: chosen } : {};
}

/**
 * The frame of the pages one sees before logging in, with a language menu: there is no account to choose one on yet.
 * The browser's own select, as the login page's download is kept small (Mantine's Select brings its popover code).
 */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  const { t, locale, setLocale } = useT();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} component="main">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text fw={800} fz="xl" c="red.8">
                Parley
              </Text>
              <Title order={1} fz="h2">
                {title}
              </Title>
            </div>
            <NativeSelect
              label={t('shell.languageMenu')}
              size="xs"
              w={120}
              data={languages}
              value={locale}
              onChange={(event) => {
                const chosen = event.currentTarget.value;
                if (!isLocale(chosen)) return;
                sessionStorage.setItem(CHOSEN_KEY, chosen);
                void setLocale(chosen);
              }}
            />
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
