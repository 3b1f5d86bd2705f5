import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/** Extensions PGlite needs on every open: the schema's exclusion constraints use btree_gist. */
export const pgliteExtensions = { btree_gist };

/**
 * PGlite's defaults, with 16 MB of shared buffers instead of 128 MB: Postgres fills its buffers as it reads, and
 * PGlite's WebAssembly memory never shrinks, so they were most of an idle server's memory. A page missing from them
 * is read from the data folder through the operating system's file cache, which keeps it in memory anyway.
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * A consistent gzipped tarball of the data folder. PGlite's dump waits only for the statement in progress, not for
 * an open transaction, so it is taken inside a transaction of its own: PGlite runs one at a time, and every other
 * one has committed or not begun. The checkpoint writes committed pages into the data files, so a restore need not
 * replay the log.
 */
export async function snapshotPglite(pglite: PGlite): Promise<Uint8Array> {
  const archive = await pglite.transaction(async (tx) => {
    await tx.exec('checkpoint');
    return pglite.dumpDataDir('gzip');
  });
  return new Uint8Array(await archive.arrayBuffer());
}
