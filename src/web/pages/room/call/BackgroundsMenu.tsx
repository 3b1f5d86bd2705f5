import { ActionIcon, Box, Button, Popover, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconBackground, IconBlur, IconCircleOff } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { type MessageKey, useT } from '../../../i18n/i18n';
import { type BackgroundId, backgroundChoices } from '../media/backgrounds';
import type { LocalMedia, LocalMediaState } from '../media/localMedia';

const choiceNames: Record<BackgroundId, MessageKey> = {
  none: 'room.backgrounds.none',
  blur: 'room.backgrounds.blur',
  'semi-blur': 'room.backgrounds.semiBlur',
  sunrise: 'room.backgrounds.sunrise',
  ocean: 'room.backgrounds.ocean',
  forest: 'room.backgrounds.forest',
  studio: 'room.backgrounds.studio',
};

function ChoiceIcon({ id, url }: { id: BackgroundId; url?: string }) {
  if (url)
    return (
      <Box component="img" src={url} alt="" w={40} h={24} style={{ objectFit: 'cover', borderRadius: 4 }} />
    );
  if (id === 'none') return <IconCircleOff size={20} aria-hidden />;
  return <IconBlur size={20} aria-hidden />;
}

/**
 * None, Blur, Semi-blur or one of the pictures shipped with the app (no uploads, as the product decided): toggle
 * buttons, the chosen one pressed, as the availability editor's slots are.
 */
export function BackgroundsMenu({ media, state }: { media: LocalMedia; state: LocalMediaState }) {
  const { t } = useT();
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  const choose = (id: BackgroundId) => {
    media.setBackground(id);
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="top" withinPortal trapFocus returnFocus>
      <Popover.Target>
        <Tooltip label={t('room.backgrounds.button')}>
          <ActionIcon
            size="xl"
            radius="xl"
            variant={state.background === 'none' ? 'default' : 'filled'}
            aria-label={t('room.backgrounds.button')}
            aria-expanded={opened}
            disabled={!state.camera}
            onClick={() => setOpened((open) => !open)}
          >
            <IconBackground aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Text id={headingId} size="sm" fw={600} mb="xs">
          {t('room.backgrounds.heading')}
        </Text>
        <SimpleGrid cols={2} spacing="xs" role="group" aria-labelledby={headingId}>
          {backgroundChoices.map((choice) => {
            const chosen = state.background === choice.id;
            return (
              <Button
                key={choice.id}
                variant={chosen ? 'light' : 'default'}
                aria-pressed={chosen}
                justify="flex-start"
                leftSection={<ChoiceIcon id={choice.id} url={choice.url} />}
                onClick={() => choose(choice.id)}
              >
                {t(choiceNames[choice.id])}
              </Button>
            );
          })}
        </SimpleGrid>
      </Popover.Dropdown>
    </Popover>
  );
}
