import type { Queryable } from './client.js';

/**
 * A query built once per database handle (or transaction) and sent under its name: Node builds its SQL once, and
 * PostgreSQL parses and plans it once per connection. `build` must make the same SQL every time, with every value
 * a `sql.placeholder`, since one name stands for one statement on a connection.
 */
export function prepared<T>(build: (q: Queryable) => T): (q: Queryable) => T {
  const statements = new WeakMap<Queryable, T>();
  return (q) => {
    let statement = statements.get(q);
    if (!statement) {
      statement = build(q);
      statements.set(q, statement);
    }
    return statement;
  };
}
