// `node pglite-initdb.js <folder>`: creates the embedded database in a process of its own. Postgres' initdb leaves
// some hundred megabytes of memory behind in the process that ran it, which only the end of that process gives back.
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions, pgliteStartParams } from './pglite-setup.js';

const pglite = await PGlite.create(process.argv[2], {
  extensions: pgliteExtensions,
  startParams: pgliteStartParams,
});
await pglite.close();
