import { type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildUser,
  registerTalent,
} from '../../test/factories.js';
import { safetyReports } from '../../modules/safety/safety.table.js';
import { eventCast } from '../../test/registrations-fixtures.js';
import { anonymous, sessionClient, withTestApp } from '../../test/test-app.js';

/**
 * Every write route of the OpenAPI document gets generated bodies and params as each signed-in role: valid-looking
 * requests with nasty values inside, wrong types, missing fields, and garbage. None may answer 5xx, and a refused
 * request (4xx) must leave the data as it was. New routes are covered as soon as they are in the document.
 */

const t = withTestApp();

const SEED = 20_240_611;
const RUNS_PER_ROUTE = 28;
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
type Method = (typeof WRITE_METHODS)[number];
const ROLES = ['organizer', 'recruiter', 'talent', 'support'] as const;
type FuzzRole = (typeof ROLES)[number];
/** Tables that change on refused requests by design: sessions, login throttling, transient live messages. */
const UNDIGESTED_TABLES = ['sessions', 'throttles', 'live_spill'];

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
}
interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface WriteRoute {
  method: Method;
  path: string;
  operation: Operation;
}

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007bell',
  'line\r\nbreak',
  '\u001b[31mred',
  '\ud800',
  '\uffff',
  '💥',
  'x'.repeat(100_000),
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2030-02-30',
  '+275760-09-13',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+00:00',
  '9999-12-31T23:59:59.999Z',
  '2030-03-04T08:00:00+14:00',
  '1970-01-01T00:00:00.000Z',
  '24:00',
  '99:99',
  'NaN',
  'null',
  "'; drop table users; --",
  '%00',
  '__proto__',
  'Europe/Nowhere',
  'email,name,bio\nnul@fuzz.test,Nul\u0000,x\nok@fuzz.test,Ok,"a\nb"',
  'company,email,name\nAcme\u0007,r@fuzz.test,R',
];
const nastyNumbers = [
  0,
  -1,
  1,
  5,
  120,
  121,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  0.5,
];
/** Percent-encodes a path segment; a lone surrogate goes out as the invalid UTF-8 it would be. */
const encodeSegment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const controlStrings = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  'Ring \u0007',
  'two\r\nlines',
  '\u001b[31mred',
  'tab\tbed',
);
const plainStrings = fc.constantFrom('Fuzzed text', 'Ana', 'https://fuzz.test', '09:00');
const anyString = fc.oneof(
  { weight: 2, arbitrary: controlStrings },
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, 'text', 42, -0.5, [[[[[[]]]]]], {
    a: { b: { c: {} } },
  }),
  fc.constantFrom(...nastyNumbers),
  fc.jsonValue({ maxDepth: 3 }),
);

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/**
 * How values are generated: `ids` for uuids, and how often a leaf is nasty (out of 12 plausible ones). A mostly
 * plausible request with one bad value reaches the code behind validation; a chaotic one tests validation itself.
 */
interface Generation {
  ids: string[];
  nasty: number;
  /** Free text fields: plausible words, or control characters in every one of them. */
  text: fc.Arbitrary<string>;
}
const SANE = 12;

const either = <T>(g: Generation, plausible: fc.Arbitrary<T>, nasty: fc.Arbitrary<T>) =>
  g.nasty === 0
    ? plausible
    : fc.oneof({ weight: SANE, arbitrary: plausible }, { weight: g.nasty, arbitrary: nasty });

/** Values shaped like the schema, each leaf sometimes replaced by something nasty. */
function valueFor(schema: JsonSchema, g: Generation, depth = 0): fc.Arbitrary<unknown> {
  return either(g, wellTyped(schema, g, depth), wrongType);
}

function wellTyped(schema: JsonSchema, g: Generation, depth: number): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueFor(s, g, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return either(g, fc.constantFrom(...schema.enum), anyString);
  const types = typesOf(schema);
  if (types.length === 0 || depth > 6) return wrongType;
  return fc.oneof(...types.map((type) => ofType(type, schema, g, depth)));
}

function ofType(type: string, schema: JsonSchema, g: Generation, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, valueFor(value, g, depth + 1)]),
      );
      // Every field present, or any of them missing.
      return either(g, fc.record(properties), fc.record(properties, { requiredKeys: [] }));
    }
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, g, depth + 1), { maxLength: 4 });
    case 'string':
      return stringFor(schema, g);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      return either(
        g,
        fc.integer({ min, max: Math.max(min, schema.maximum ?? min + 100) }),
        fc.constantFrom(...nastyNumbers),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return wrongType;
  }
}

function stringFor(schema: JsonSchema, g: Generation): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return either(g, fc.constantFrom(...g.ids), fc.oneof(fc.uuid(), anyString));
    case 'email':
      return either(g, fc.constantFrom('fuzz@fuzz.test', 'ana@fuzz.test'), anyString);
    case 'date':
      return either(g, fc.constantFrom('2030-03-04', '2030-03-05', '2000-01-01', '2100-12-31'), anyString);
    case 'date-time':
      return either(
        g,
        fc.constantFrom('2030-03-04T08:00:00Z', '2030-03-04T08:30:00.000Z', '2030-03-04T09:00:00+01:00'),
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          anyString,
        ),
      );
    default:
      return either(g, g.text, anyString);
  }
}

/**
 * A PDF body as raw bytes (sent as `application/pdf`): a whole small PDF, one cut off, one too large, an empty
 * file, text, or random bytes, some of them behind the PDF magic.
 */
const pdfBodies = fc.oneof(
  fc.constantFrom(
    Buffer.from('%PDF-1.4\n% fuzzed\n%%EOF\n'),
    Buffer.from('%PDF-1.4\n% cut off before its end'),
    Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024), Buffer.from('%%EOF')]),
    Buffer.alloc(0),
    Buffer.from('Just text, named cv.pdf\n%%EOF'),
  ),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc
    .uint8Array({ maxLength: 200 })
    .map((bytes) => Buffer.concat([Buffer.from('%PDF-'), bytes, Buffer.from('%%EOF')])),
);

/** A body as raw JSON text: generated from the route's schema, or garbage of any shape; raw bytes for a PDF. */
function bodyFor(route: WriteRoute, ids: string[]): fc.Arbitrary<string | Buffer | undefined> {
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  const json = (g: Generation) => valueFor(schema ?? {}, g).map((value) => JSON.stringify(value));
  const garbage = fc.oneof(
    wrongType.map((value) => JSON.stringify(value)),
    fc.constantFrom('{', '{"a":', '[1,2', 'null', '"\\u0000"', '{"__proto__":{"x":1}}', deepArray(5_000)),
  );
  if (route.operation.requestBody?.content?.['application/pdf'])
    return fc.oneof({ weight: 4, arbitrary: pdfBodies }, { weight: 1, arbitrary: garbage });
  if (!schema)
    return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: garbage });
  return fc.oneof(
    { weight: 3, arbitrary: json({ ids, nasty: 2, text: plainStrings }) },
    { weight: 2, arbitrary: json({ ids, nasty: 0, text: controlStrings }) },
    { weight: 2, arbitrary: json({ ids, nasty: SANE, text: plainStrings }) },
    { weight: 1, arbitrary: garbage },
  );
}

/** The URL with each path parameter a known id, a random uuid or a nasty string; query parameters likewise. */
function urlFor(
  route: WriteRoute,
  idsByParam: Record<string, string[]>,
  ids: string[],
): fc.Arbitrary<string> {
  const parameters = route.operation.parameters ?? [];
  const paramValue = (name: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...(idsByParam[name] ?? ids)) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: anyString.filter((s) => s !== '' && s.length < 1000) },
    );
  const pathParams = fc.record(
    Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, paramValue(p.name)])),
  );
  const queryParams = fc.record(
    Object.fromEntries(
      parameters
        .filter((p) => p.in === 'query')
        .map((p) => [p.name, anyString.filter((s) => s.length < 1000)]),
    ),
    { requiredKeys: [] },
  );
  return fc.tuple(pathParams, queryParams).map(([path, query]) => {
    const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(path[name] as string));
    const search = new URLSearchParams(query as Record<string, string>).toString();
    return search ? `${url}?${search}` : url;
  });
}

/** Rows of a raw query: both drivers answer `{ rows }`. */
async function rowsOf<Row>(query: SQL): Promise<Row[]> {
  return ((await t.ctx.db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** One md5 over every row of every table but the undigested ones: equal digests, unchanged data. */
async function digestQuery(): Promise<string> {
  const tables = (
    await rowsOf<{ name: string }>(
      sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !UNDIGESTED_TABLES.includes(name));
  const parts = tables.map(
    (name) =>
      `'${name}:', (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from "${name}" t)`,
  );
  return `select md5(concat(${parts.join(', ')})) as digest`;
}

describe('every write route, fuzzed', () => {
  let routes: WriteRoute[] = [];
  let idsByParam: Record<string, string[]> = {};
  let userIdOf: Record<FuzzRole, string>;
  let digestSql: string;

  const digest = async () => (await rowsOf<{ digest: string }>(sql.raw(digestSql)))[0]!.digest;

  beforeAll(async () => {
    const document = (await anonymous(t.app).get('/docs/json')).json() as {
      paths: Record<string, Partial<Record<Method, Operation>>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      WRITE_METHODS.flatMap((method) => {
        const operation = operations[method];
        return operation ? [{ method, path, operation }] : [];
      }),
    );

    const cast = await eventCast(t);
    const day = cast.event.days[0]!;
    const colleague = await buildBookableRecruiter(t.ctx.db, {
      eventId: cast.event.id,
      eventDayId: day.id,
      companyId: cast.company.id,
      durationMinutes: 30,
      openSlotStarts: [new Date('2030-03-04T08:00:00Z'), new Date('2030-03-04T08:30:00Z')],
    });
    const requested = await buildChat(t.ctx.db, {
      eventId: cast.event.id,
      talentId: cast.talentUser.id,
      recruiterId: cast.recruiterUser.id,
      state: 'requested',
    });
    const confirmed = await buildChat(t.ctx.db, {
      eventId: cast.event.id,
      talentId: cast.talentUser.id,
      recruiterId: colleague.id,
      state: 'confirmed',
      booked: {
        eventDayId: day.id,
        startsAt: new Date('2030-03-04T09:00:00Z'),
        endsAt: new Date('2030-03-04T09:30:00Z'),
      },
    });
    // A second event books directly, so fuzzed direct bookings get past the booking mode to the slot checks.
    const direct = await buildEvent(t.ctx.db, { organizerId: cast.event.organizerId, bookingMode: 'direct' });
    await registerTalent(t.ctx.db, direct.id, cast.talentUser.id);
    const directRecruiter = await buildBookableRecruiter(t.ctx.db, {
      eventId: direct.id,
      eventDayId: direct.days[0]!.id,
      companyId: cast.company.id,
      durationMinutes: 30,
      openSlotStarts: [new Date('2030-03-04T08:00:00Z'), new Date('2030-03-04T08:30:00Z')],
    });
    const note = (
      await cast.recruiter.post(`/api/chats/${confirmed.id}/notes`, { body: 'Asked about Rust' })
    ).json();
    await cast.talent.post('/api/support/messages', { body: 'Help, please.' });
    const conversation = (await cast.support.get('/api/support/conversations')).json().conversations[0];
    const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
    const [report] = await t.ctx.db
      .insert(safetyReports)
      .values({
        reporterId: cast.talentUser.id,
        reportedId: cast.recruiterUser.id,
        eventId: cast.event.id,
        reason: 'harassment',
        message: 'Kept inviting me after I declined.',
      })
      .returning();
    userIdOf = {
      organizer: cast.event.organizerId,
      recruiter: cast.recruiterUser.id,
      talent: cast.talentUser.id,
      support: (await buildUser(t.ctx.db, { role: 'support' })).id,
    };
    idsByParam = {
      id: [cast.event.id, direct.id],
      eventId: [cast.event.id, direct.id],
      dayId: [day.id],
      recruiterId: [cast.recruiterUser.id, colleague.id, directRecruiter.id],
      talentId: [cast.talentUser.id],
      companyId: [cast.company.id],
      chatId: [requested.id, confirmed.id],
      conversationId: [conversation.id],
      noteId: [note.id],
      userId: [cast.recruiterUser.id, cast.talentUser.id],
      reportId: [report!.id],
    };
    idsByParam.any = [...Object.values(idsByParam).flat(), organizer.id];
    digestSql = await digestQuery();
  });

  it('finds the write routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('post /api/events');
  });

  it('never answers 5xx, and a refused request changes nothing', async () => {
    const failures: string[] = [];
    for (const [index, route] of routes.entries()) {
      const seed = SEED + index;
      const ids = idsByParam.any!;
      const property = fc.asyncProperty(
        fc.constantFrom(...ROLES),
        urlFor(route, idsByParam, ids),
        bodyFor(route, ids),
        async (role, url, body) => {
          // A fresh session per request: a fuzzed logout must not sign the next request out.
          const client = await sessionClient(t.app, t.ctx, userIdOf[role]);
          const before = await digest();
          const response = await t.app.inject({
            method: route.method.toUpperCase() as Uppercase<Method>,
            url,
            headers: {
              cookie: client.cookie,
              'x-csrf-token': client.csrfToken,
              ...(body === undefined
                ? {}
                : { 'content-type': Buffer.isBuffer(body) ? 'application/pdf' : 'application/json' }),
            },
            ...(body === undefined ? {} : { payload: body }),
          });
          const status = response.statusCode;
          if (status >= 500) throw new Error(`answered ${status}: ${response.body.slice(0, 300)}`);
          if (status >= 400 && (await digest()) !== before) {
            throw new Error(`answered ${status} but changed the data: ${response.body.slice(0, 300)}`);
          }
        },
      );
      const result = await fc.check(property, { seed, numRuns: RUNS_PER_ROUTE, endOnFailure: true });
      if (result.failed) {
        const [role, url, body] = result.counterexample ?? [];
        failures.push(
          `${route.method.toUpperCase()} ${route.path} (seed ${seed}) as ${role} ${url} ` +
            `body ${String(body).slice(0, 200)}: ${String(result.errorInstance).slice(0, 400)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
