/**
 * The availability grid's keyboard moves (WAI-ARIA grid pattern), as pure functions of slot indexes: a row is the
 * slots starting within one hour of the event's clock, so Up and Down keep the minute within the hour.
 */

/** Consecutive slots whose `HH:MM` labels share the hour, in order. */
export function rowsByHour<T extends { label: string }>(slots: readonly T[]): T[][] {
  const rows: T[][] = [];
  for (const slot of slots) {
    const row = rows.at(-1);
    if (row && row[0]?.label.slice(0, 2) === slot.label.slice(0, 2)) row.push(slot);
    else rows.push([slot]);
  }
  return rows;
}

/**
 * The slot index a key moves to from `index`, given the rows' lengths; null for a key the grid does not use.
 * Left and Right run on across rows; Home and End stay in the row, with Ctrl they go to the grid's ends.
 */
export function moveInGrid(
  rowLengths: readonly number[],
  index: number,
  key: string,
  toGridEnds = false,
): number | null {
  const count = rowLengths.reduce((sum, length) => sum + length, 0);
  if (count === 0) return null;
  let row = 0;
  let rowStart = 0;
  while (row < rowLengths.length - 1 && index >= rowStart + (rowLengths[row] ?? 0)) {
    rowStart += rowLengths[row] ?? 0;
    row++;
  }
  const column = index - rowStart;
  const rowEnd = rowStart + (rowLengths[row] ?? 1) - 1;
  const inRow = (target: number) => {
    if (target < 0 || target >= rowLengths.length) return index;
    const start = rowLengths.slice(0, target).reduce((sum, length) => sum + length, 0);
    return start + Math.min(column, (rowLengths[target] ?? 1) - 1);
  };
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return inRow(row - 1);
    case 'ArrowDown':
      return inRow(row + 1);
    case 'Home':
      return toGridEnds ? 0 : rowStart;
    case 'End':
      return toGridEnds ? count - 1 : rowEnd;
    default:
      return null;
  }
}

/** The indexes from one slot to another, either way round, both included. */
export function indexRange(from: number, to: number): number[] {
  const low = Math.min(from, to);
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, offset) => low + offset);
}
