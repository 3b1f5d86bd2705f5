import { sql } from 'drizzle-orm';
import type { Db } from '../infra/db/client.js';

const SNAPSHOT_SCHEMA = 'test_snapshot';

/** A fingerprint of every application table's content, by table name. */
export type Digests = Map<string, string>;

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * The whole database as it stands, kept aside so that tests which share one expensive world can tell whether a
 * request changed anything at all, and undo the changes of a request that was allowed to make them.
 */
export async function snapshotDatabase(db: Db) {
  const tables = (
    await rowsOf<{ name: string }>(
      db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((row) => row.name);
  await db.execute(sql.raw(`drop schema if exists ${SNAPSHOT_SCHEMA} cascade`));
  await db.execute(sql.raw(`create schema ${SNAPSHOT_SCHEMA}`));
  for (const table of tables) {
    await db.execute(sql.raw(`create table ${SNAPSHOT_SCHEMA}."${table}" as table public."${table}"`));
  }
  const digestQuery = sql.raw(
    tables
      .map(
        (table) =>
          `select '${table}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from public."${table}" t`,
      )
      .join(' union all '),
  );

  const digests = async (): Promise<Digests> =>
    new Map(
      (await rowsOf<{ name: string; digest: string }>(db, digestQuery)).map((row) => [row.name, row.digest]),
    );
  const snapshot = await digests();

  /** Tables whose content differs between two fingerprints. */
  const changedTables = (before: Digests, after: Digests) =>
    [...after.keys()].filter((table) => before.get(table) !== after.get(table));

  return {
    digests,
    /** The fingerprint at the snapshot: the database's state between requests, since each change is undone. */
    snapshot,
    changedTables,
    /** Puts every changed table back as it was at the snapshot; returns their names. */
    async restore(current?: Digests): Promise<string[]> {
      const changed = changedTables(snapshot, current ?? (await digests()));
      if (changed.length === 0) return changed;
      await db.transaction(async (tx) => {
        // Foreign keys (and their cascades) are triggers: off while whole tables are swapped back.
        await tx.execute(sql`set local session_replication_role = replica`);
        for (const table of changed) {
          await tx.execute(sql.raw(`delete from public."${table}"`));
          await tx.execute(
            sql.raw(
              `insert into public."${table}" overriding system value select * from ${SNAPSHOT_SCHEMA}."${table}"`,
            ),
          );
        }
      });
      return changed;
    },
  };
}

export type DatabaseSnapshot = Awaited<ReturnType<typeof snapshotDatabase>>;
