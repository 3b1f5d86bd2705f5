import type { LaterKey } from '../en/index';

/** German, complete, for the parts loaded after the first page. */
export const deLater = {} satisfies Record<LaterKey, unknown>;
