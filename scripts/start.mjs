// `npm start`: builds what is missing or stale, then runs the server.
import { buildServerIfStale, buildWebIfStale, root } from './build-if-stale.mjs';

process.chdir(root);
buildServerIfStale();
buildWebIfStale();

await import('../dist/server/main.js');
