import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { openTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createInvalidations, type Invalidations } from './invalidations.js';

describe('cache invalidations', () => {
  let database: TestDatabase;
  let other: Database;
  let here: Invalidations;
  let there: Invalidations;
  const failures: unknown[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    other = await database.anotherProcess();
    here = await createInvalidations(database, (error) => failures.push(error));
    // On PGlite one process owns the database, so both buses are in the same process: a second bus still only
    // hears what is published through it, which is what an embedded deployment has.
    there =
      database.kind === 'postgres' ? await createInvalidations(other, (error) => failures.push(error)) : here;
  });

  afterAll(async () => {
    await here.close();
    if (there !== here) await there.close();
    await other.close();
    await database.close();
  });

  it('drops the key in this process at once, before the call returns', async () => {
    const dropped: string[] = [];
    const unsubscribe = here.subscribe('session', (key) => dropped.push(key));
    await here.invalidate('session', 'abc');
    expect(dropped).toContain('abc');
    unsubscribe();
    await here.invalidate('session', 'def');
    expect(dropped).not.toContain('def');
  });

  it('reaches the caches of another process on the same database, and only for the scope they hold', async () => {
    const sessions: string[] = [];
    const events: string[] = [];
    there.subscribe('session', (key) => sessions.push(key));
    there.subscribe('event', (key) => events.push(key));
    await here.invalidate('event', 'event-1');
    await expect.poll(() => events, { timeout: 5000 }).toContain('event-1');
    expect(sessions).not.toContain('event-1');
    expect(failures).toEqual([]);
  });
});
