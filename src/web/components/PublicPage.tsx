import { Center, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locales';
import { useT } from '../i18n/i18n';

const languages = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

/** The frame of the pages one sees before logging in, with a language menu: there is no account to choose one on yet. */
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
            <Select
              label={t('shell.languageMenu')}
              size="xs"
              w={120}
              data={languages}
              value={locale}
              allowDeselect={false}
              onChange={(value) => isLocale(value) && void setLocale(value)}
            />
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
