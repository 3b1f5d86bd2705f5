import { ActionIcon, Box, Group, Menu, Tooltip } from '@mantine/core';
import { IconBackground, IconBlur, IconCircleOff } from '@tabler/icons-react';
import { type BackgroundId, backgroundChoices } from '../media/backgrounds';
import type { LocalMedia, LocalMediaState } from '../media/localMedia';

function ChoiceIcon({ id, url }: { id: BackgroundId; url?: string }) {
  if (url)
    return (
      <Box component="img" src={url} alt="" w={40} h={24} style={{ objectFit: 'cover', borderRadius: 4 }} />
    );
  if (id === 'none') return <IconCircleOff size={20} aria-hidden />;
  return <IconBlur size={20} aria-hidden />;
}

/** None, Blur, Semi-blur or one of the pictures shipped with the app (no uploads, as the product decided). */
export function BackgroundsMenu({ media, state }: { media: LocalMedia; state: LocalMediaState }) {
  return (
    <Menu position="top" withinPortal>
      <Menu.Target>
        <Tooltip label="Backgrounds">
          <ActionIcon
            size="xl"
            radius="xl"
            variant={state.background === 'none' ? 'default' : 'filled'}
            aria-label="Backgrounds"
            disabled={!state.camera}
          >
            <IconBackground aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Background</Menu.Label>
        <Menu.RadioGroup value={state.background} onChange={(id) => media.setBackground(id as BackgroundId)}>
          {backgroundChoices.map((choice) => (
            <Menu.RadioItem key={choice.id} value={choice.id} closeMenuOnClick>
              <Group gap="sm" wrap="nowrap">
                <ChoiceIcon id={choice.id} url={choice.url} />
                {choice.label}
              </Group>
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
