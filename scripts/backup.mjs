// `npm run backup [file]` and `npm run restore <file>` (see src/server/backup.ts): the server build runs them.
import { buildServerIfStale } from './build-if-stale.mjs';

buildServerIfStale();

await import('../dist/server/backup.js');
