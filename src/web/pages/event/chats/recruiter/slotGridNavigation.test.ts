import { describe, expect, it } from 'vitest';
import { indexRange, moveInGrid, rowsByHour } from './slotGridNavigation';

const labels = (...texts: string[]) => texts.map((label) => ({ label }));

describe('the rows of the slot grid', () => {
  it('puts the slots of one hour in one row', () => {
    const rows = rowsByHour(labels('09:00', '09:20', '09:40', '10:00', '10:20', '11:40'));
    expect(rows.map((row) => row.map((slot) => slot.label))).toEqual([
      ['09:00', '09:20', '09:40'],
      ['10:00', '10:20'],
      ['11:40'],
    ]);
  });

  it('has no row without slots', () => {
    expect(rowsByHour([])).toEqual([]);
  });
});

describe('moving in the slot grid', () => {
  // 09:00 09:15 09:30 09:45 | 10:00 10:15 | 11:00 11:15 11:30
  const rows = [4, 2, 3];

  it('moves left and right across rows, stopping at the ends', () => {
    expect(moveInGrid(rows, 3, 'ArrowRight')).toBe(4);
    expect(moveInGrid(rows, 4, 'ArrowLeft')).toBe(3);
    expect(moveInGrid(rows, 0, 'ArrowLeft')).toBe(0);
    expect(moveInGrid(rows, 8, 'ArrowRight')).toBe(8);
  });

  it('moves up and down to the same minute, or the row’s last slot when that row is shorter', () => {
    expect(moveInGrid(rows, 1, 'ArrowDown')).toBe(5);
    expect(moveInGrid(rows, 3, 'ArrowDown')).toBe(5);
    expect(moveInGrid(rows, 5, 'ArrowDown')).toBe(7);
    expect(moveInGrid(rows, 8, 'ArrowUp')).toBe(5);
    expect(moveInGrid(rows, 4, 'ArrowUp')).toBe(0);
    expect(moveInGrid(rows, 2, 'ArrowUp')).toBe(2);
    expect(moveInGrid(rows, 7, 'ArrowDown')).toBe(7);
  });

  it('goes to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(moveInGrid(rows, 5, 'Home')).toBe(4);
    expect(moveInGrid(rows, 4, 'End')).toBe(5);
    expect(moveInGrid(rows, 5, 'Home', true)).toBe(0);
    expect(moveInGrid(rows, 5, 'End', true)).toBe(8);
  });

  it('leaves other keys to the page', () => {
    expect(moveInGrid(rows, 2, 'Tab')).toBeNull();
    expect(moveInGrid([], 0, 'ArrowRight')).toBeNull();
  });

  it('spans a range either way round', () => {
    expect(indexRange(2, 5)).toEqual([2, 3, 4, 5]);
    expect(indexRange(5, 3)).toEqual([3, 4, 5]);
    expect(indexRange(1, 1)).toEqual([1]);
  });
});
