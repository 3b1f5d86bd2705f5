import { Box, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type KeyboardEvent, type PointerEvent, type ReactElement, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { stageGrid, type TileShape } from './stageGrid';

/** On a phone a tile may be as tall as the screen; on a wide screen, no narrower than a square. */
const phoneShape: TileShape = { narrowest: 9 / 16, widest: 16 / 9 };
const wideShape: TileShape = { narrowest: 1, widest: 16 / 9 };
/** Space kept between the own view and the stage's edges. */
const INSET = 8;
/** One arrow key press moves the own view by this share of the room it has to move in. */
const KEY_STEP = 0.1;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The person's own view as a small picture over the others', in a corner at first; dragged with a finger or the
 * mouse, or moved with the arrow keys once focused. Its place is kept as a share of the room it has, so it stays
 * on the stage when the phone turns.
 */
function PictureInPicture({
  stageWidth,
  stageHeight,
  children,
}: {
  stageWidth: number;
  stageHeight: number;
  children: ReactElement;
}) {
  const { t } = useT();
  const hintId = useId();
  const width = Math.round(clamp(stageWidth * 0.3, 96, 180));
  const height = Math.min(Math.round((width * 4) / 3), Math.max(0, stageHeight - 2 * INSET));
  const room = {
    x: Math.max(0, stageWidth - width - 2 * INSET),
    y: Math.max(0, stageHeight - height - 2 * INSET),
  };
  const [spot, setSpot] = useState({ x: 1, y: 1 });
  const drag = useRef<{ pointerX: number; pointerY: number; spotX: number; spotY: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerX: event.clientX, pointerY: event.clientY, spotX: spot.x, spotY: spot.y };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    setSpot({
      x: room.x ? clamp(start.spotX + (event.clientX - start.pointerX) / room.x, 0, 1) : start.spotX,
      y: room.y ? clamp(start.spotY + (event.clientY - start.pointerY) / room.y, 0, 1) : start.spotY,
    });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_STEP, 0],
      ArrowRight: [KEY_STEP, 0],
      ArrowUp: [0, -KEY_STEP],
      ArrowDown: [0, KEY_STEP],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setSpot((current) => ({ x: clamp(current.x + move[0], 0, 1), y: clamp(current.y + move[1], 0, 1) }));
  };

  return (
    <Box
      role="group"
      aria-label={t('room.stage.yourView')}
      aria-describedby={hintId}
      tabIndex={0}
      pos="absolute"
      left={INSET + spot.x * room.x}
      top={INSET + spot.y * room.y}
      w={width}
      h={height}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      style={{
        zIndex: 2,
        borderRadius: 12,
        touchAction: 'none',
        cursor: 'grab',
        boxShadow: '0 4px 16px rgba(0, 0, 0, 0.5)',
      }}
    >
      <VisuallyHidden id={hintId}>{t('room.stage.moveHint')}</VisuallyHidden>
      {children}
    </Box>
  );
}

/**
 * Where the people of the call are seen: their tiles share the whole stage in the grid that gives them the most
 * room (see `stageGrid`), the last row centred. On a phone with others in the room, one's own view floats over
 * theirs as a small movable picture instead of taking a share.
 */
export function CallStage({
  others,
  own,
  compact,
}: {
  /** Everyone else's tiles, keyed. */
  others: ReactElement[];
  own: ReactElement;
  /** A phone: tall tiles allowed, and one's own view as a picture over the others. */
  compact: boolean;
}) {
  const { ref, width, height } = useElementSize();
  const ownAsPicture = compact && others.length > 0;
  const tiles = ownAsPicture ? others : [...others, own];
  const gap = compact ? 8 : 12;
  const grid = stageGrid(tiles.length, width, height, gap, compact ? phoneShape : wideShape);
  return (
    <Box ref={ref} pos="relative" style={{ flex: 1, minHeight: 0 }}>
      <Box
        h="100%"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'center',
          alignContent: 'center',
          gap,
        }}
      >
        {tiles.map((tile) => (
          <Box key={tile.key} w={grid.tileWidth} h={grid.tileHeight}>
            {tile}
          </Box>
        ))}
      </Box>
      {ownAsPicture && (
        <PictureInPicture stageWidth={width} stageHeight={height}>
          {own}
        </PictureInPicture>
      )}
    </Box>
  );
}
