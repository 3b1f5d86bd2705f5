import type { MessageKey } from '../en/index';
import common from './common.json';
import event from './event.json';
import talent from './talent.json';

/** German, complete: a key the English catalog has and this one misses fails the type check. */
export const de = { ...common, ...event, ...talent } satisfies Record<MessageKey, unknown>;
