/** How far a tile may stray from the camera's shape; the video fills it and the edges are cropped. */
export interface TileShape {
  /** Width over height of the narrowest tile allowed (a phone held upright may show 9:16). */
  narrowest: number;
  /** Width over height of the widest tile allowed. */
  widest: number;
}

export interface StageGrid {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
}

/**
 * The arrangement of `count` tiles on a `width` × `height` stage that gives the video the most room: every column
 * count is tried, each cell takes its share of the stage (less `gap` between cells) and is trimmed to the allowed
 * shape. So two people sit side by side on a landscape stage and one above the other on a portrait one.
 */
export function stageGrid(
  count: number,
  width: number,
  height: number,
  gap: number,
  shape: TileShape,
): StageGrid {
  let best: StageGrid = { columns: 1, rows: 1, tileWidth: 0, tileHeight: 0 };
  let bestArea = 0;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const cellHeight = (height - gap * (rows - 1)) / rows;
    if (cellWidth <= 0 || cellHeight <= 0) continue;
    const tileWidth = Math.floor(Math.min(cellWidth, cellHeight * shape.widest));
    const tileHeight = Math.floor(Math.min(cellHeight, cellWidth / shape.narrowest));
    const area = tileWidth * tileHeight * count;
    if (area > bestArea) {
      best = { columns, rows, tileWidth, tileHeight };
      bestArea = area;
    }
  }
  return best;
}
