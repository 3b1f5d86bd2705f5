import type { AddressInfo } from 'node:net';
import { createApp } from '../src/server/app.js';
import { createSession } from '../src/server/modules/auth/auth.usecases.js';
import { buildEvent, buildUser } from '../src/server/test/factories.js';
import type { BenchDatabase } from './databases.js';
import { type LatencySummary, report } from './measure.js';

const ROWS = 5_000;

function summarize(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { count: sorted.length, perSecond: sorted.length / seconds, p50: at(50), p95: at(95), p99: at(99) };
}

/** Another organizer's requests (their event list, 2 in flight) while one organizer imports 5,000 talents. */
export async function importUnderLoad(target: BenchDatabase): Promise<void> {
  const { app, ctx } = await createApp({
    database: target.database,
    sessionSecret: 'bench-secret-bench-secret-bench',
    publicUrl: 'http://bench.test',
    localMailbox: true,
    webDir: '/nonexistent',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const clientFor = async (userId: string) => {
    const session = await createSession(ctx.db, userId, new Date());
    return { cookie: `parley_session=${app.signCookie(session.token)}`, csrf: session.csrfToken };
  };
  try {
    const importer = await buildUser(ctx.db, { role: 'organizer' });
    const event = await buildEvent(ctx.db, { organizerId: importer.id });
    const other = await clientFor((await buildUser(ctx.db, { role: 'organizer' })).id);
    const organizer = await clientFor(importer.id);
    const csv = [
      'email,name,headline',
      ...Array.from({ length: ROWS }, (_, i) => `p${i}@bench.test,P ${i},Role`),
    ];
    let running = true;
    const started = performance.now();
    const imported = fetch(`${base}/api/events/${event.id}/import`, {
      method: 'POST',
      headers: {
        cookie: organizer.cookie,
        'x-csrf-token': organizer.csrf,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ kind: 'talents', csv: csv.join('\n') }),
    }).then(async (response) => {
      const body = (await response.json()) as { created: number };
      running = false;
      return {
        status: response.status,
        created: body.created,
        seconds: (performance.now() - started) / 1000,
      };
    });
    const latencies: number[] = [];
    const otherUser = async () => {
      while (running) {
        const t0 = performance.now();
        await fetch(`${base}/api/events`, { headers: { cookie: other.cookie } }).then((r) => r.arrayBuffer());
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all([otherUser(), otherUser()]);
    const result = await imported;
    report(`another organizer's event list during the import`, summarize(latencies, result.seconds));
    console.log(
      `    → import of ${ROWS} talents answered ${result.status} with ${result.created} created in ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await app.close();
  }
}
