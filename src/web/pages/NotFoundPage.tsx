import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const { t, rich } = useT();
  return (
    <Stack>
      <Title order={1}>{t('shell.notFound.title')}</Title>
      <Text>
        {rich('shell.notFound.text', {
          link: (text) => (
            <Anchor component={Link} to="/">
              {text}
            </Anchor>
          ),
        })}
      </Text>
    </Stack>
  );
}
