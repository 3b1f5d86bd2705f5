import { describe, expect, it } from 'vitest';
import { stageGrid } from './stageGrid';

const desktop = { narrowest: 1, widest: 16 / 9 };
const phone = { narrowest: 9 / 16, widest: 16 / 9 };

describe('stageGrid', () => {
  it('puts two people side by side on a landscape stage and one above the other on a portrait one', () => {
    expect(stageGrid(2, 1000, 600, 16, desktop)).toMatchObject({ columns: 2, rows: 1 });
    expect(stageGrid(2, 370, 640, 8, phone)).toMatchObject({ columns: 1, rows: 2 });
  });

  it('lets one person fill an upright phone stage, and trims a wide stage to 16:9', () => {
    expect(stageGrid(1, 374, 660, 8, phone)).toEqual({
      columns: 1,
      rows: 1,
      tileWidth: 374,
      tileHeight: 660,
    });
    expect(stageGrid(1, 1600, 600, 16, desktop)).toEqual({
      columns: 1,
      rows: 1,
      tileWidth: 1066,
      tileHeight: 600,
    });
  });

  it('keeps tiles inside the stage for up to five people, gaps included', () => {
    for (let count = 1; count <= 5; count++) {
      for (const [width, height] of [
        [1280, 720],
        [374, 640],
        [800, 800],
      ] as const) {
        const grid = stageGrid(count, width, height, 12, desktop);
        expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(count);
        expect(grid.columns * grid.tileWidth + (grid.columns - 1) * 12).toBeLessThanOrEqual(width);
        expect(grid.rows * grid.tileHeight + (grid.rows - 1) * 12).toBeLessThanOrEqual(height);
      }
    }
  });

  it('uses a 2 × 2 grid for four people on a square stage', () => {
    expect(stageGrid(4, 800, 800, 12, desktop)).toMatchObject({ columns: 2, rows: 2, tileWidth: 394 });
  });

  it('draws nothing on a stage not measured yet', () => {
    expect(stageGrid(3, 0, 0, 12, desktop)).toMatchObject({ tileWidth: 0, tileHeight: 0 });
  });
});
