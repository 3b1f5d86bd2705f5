import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepStatementsPrepared } from './pglite-statements.js';

keepStatementsPrepared();

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`create table t (id int primary key, at timestamptz, tags text[]);
    insert into t select g, '2030-01-01T00:00:00Z'::timestamptz + g * interval '1 hour', array['a', g::text]
    from generate_series(1, 20) g`);
});
afterAll(() => pglite.close());

const kept = async () =>
  (
    await pglite.query<{ name: string; statement: string }>(
      'select name, statement from pg_prepared_statements',
    )
  ).rows;

describe('PGlite statements kept prepared', () => {
  it('answers a repeated statement as PGlite does, parameters and results typed the same, from its second run', async () => {
    const text = 'select id, at, tags from t where id = any($1::int[]) and at > $2 order by id';
    const params = [[3, 4, 30], new Date('2030-01-01T03:30:00Z')];
    const answers = [];
    for (let run = 0; run < 8; run++) answers.push(await pglite.query(text, params));
    for (const answer of answers) expect(answer.rows).toEqual(answers[0]!.rows);
    expect(answers[0]!.rows).toEqual([{ id: 4, at: new Date('2030-01-01T04:00:00Z'), tags: ['a', '4'] }]);
    expect((await kept()).filter((row) => row.statement === text)).toHaveLength(1);
    const once = 'select count(*)::int as n from t where id > $1';
    expect((await pglite.query(once, [18])).rows).toEqual([{ n: 2 }]);
    expect((await kept()).some((row) => row.statement === once)).toBe(false);
  });

  it('keeps a statement usable after it failed, and the transaction it failed in rolls back', async () => {
    const insert = 'insert into t (id) values ($1) returning id';
    await expect(
      pglite.transaction(async (tx) => {
        await tx.query(insert, [100]);
        await tx.query(insert, [101]);
        await tx.query(insert, [100]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await pglite.query('select id from t where id >= $1', [100])).rows).toEqual([]);
    expect((await pglite.query(insert, [100])).rows).toEqual([{ id: 100 }]);
    await expect(pglite.query('selec 1')).rejects.toMatchObject({ code: '42601' });
    expect((await pglite.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('prepares a statement again once its table changed shape', async () => {
    const text = 'select * from t where id = $1';
    await pglite.query(text, [1]);
    await pglite.query(text, [1]);
    await pglite.exec('alter table t add column note text');
    await pglite.query(text, [1]).catch(() => {});
    expect(Object.keys((await pglite.query<object>(text, [1])).rows[0]!)).toContain('note');
  });

  it('keeps at most 100 statements, closing the least recently used', async () => {
    for (let n = 0; n < 150; n++) {
      await pglite.query(`select ${n} as n`);
      await pglite.query(`select ${n} as n`);
    }
    const names = await kept();
    expect(names.length).toBeLessThanOrEqual(100);
    expect(names.some((row) => row.statement === 'select 149 as n')).toBe(true);
    expect(names.some((row) => row.statement === 'select 0 as n')).toBe(false);
  });
});
