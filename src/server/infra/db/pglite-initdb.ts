// `node pglite-initdb.js <folder>`: creates the embedded database in a process of its own. Postgres' initdb leaves
// some hundred megabytes of memory behind in the process that ran it, which only the end of that process gives back.
// It runs with PGlite's default settings: with the server's small shared buffers initdb took twice as long.
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from './pglite-setup.js';

const pglite = await PGlite.create(process.argv[2], { extensions: pgliteExtensions });
await pglite.close();
