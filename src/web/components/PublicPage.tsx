import { Center, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locales';
import { useT } from '../i18n/i18n';

const languages = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

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
                if (isLocale(chosen)) void setLocale(chosen);
              }}
            />
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
