import type { LaterKey } from '../en/index';
import organizer from './organizer.json';

/** German, complete, for the parts loaded after the first page. */
export const deLater = { ...organizer } satisfies Record<LaterKey, unknown>;
