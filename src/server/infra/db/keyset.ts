import { and, eq, or, type SQL, sql } from 'drizzle-orm';

/**
 * Keyset paging over an ordered list: the cursor carries the last row's sort key as the database printed it (a JS
 * Date would drop the microseconds of a timestamp), so the next page starts right after it even when rows before or
 * after it changed meanwhile. The last key must be unique, so that ties on the others still page in a stable order.
 */
interface KeyPart {
  expr: SQL;
  dir: 'asc' | 'desc';
  /** The SQL type to read the cursor's value back as. */
  type: 'timestamptz' | 'text' | 'uuid';
}

export type SortKey = readonly KeyPart[];

export const keysetOrder = (key: SortKey): SQL[] =>
  key.map((part) => (part.dir === 'asc' ? sql`${part.expr} asc` : sql`${part.expr} desc nulls last`));

/** The row's key as a JSON array, to hand back in the cursor of the page it ends. */
export const keysetValues = (key: SortKey): SQL<string[]> =>
  sql<string[]>`json_build_array(${sql.join(
    key.map((part) => part.expr),
    sql`, `,
  )})`;

/** Rows after `values` in the order of `key`: `(a, b, c) > (x, y, z)` spelled out, since directions may differ. */
export function keysetAfter(key: SortKey, values: readonly string[]): SQL {
  const value = (i: number) => sql`${values[i]}::${sql.raw(key[i]!.type)}`;
  return or(
    ...key.map((part, i) =>
      and(
        ...key.slice(0, i).map((before, j) => eq(before.expr, value(j))),
        part.dir === 'asc' ? sql`${part.expr} > ${value(i)}` : sql`${part.expr} < ${value(i)}`,
      ),
    ),
  )!;
}

/** An opaque cursor: the name of the order it belongs to and the last row's key. */
export function encodeCursor(order: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([order, ...values])).toString('base64url');
}

const readable: Record<KeyPart['type'], (value: string) => boolean> = {
  timestamptz: (value) => value === 'infinity' || !Number.isNaN(Date.parse(value)),
  text: () => true,
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

/** The key a cursor of `order` carries, or undefined when it is not one (a forged or stale cursor). */
export function decodeCursor(cursor: string, order: string, key: SortKey): string[] | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded[0] !== order || decoded.length !== key.length + 1) return undefined;
  const values = decoded.slice(1);
  return values.every((v, i): v is string => typeof v === 'string' && readable[key[i]!.type](v))
    ? values
    : undefined;
}
