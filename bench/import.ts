import { buildEvent, buildUser } from '../src/server/test/factories.js';
import type { BenchDatabase } from './databases.js';
import { measure, report, summarize } from './measure.js';
import { serveBenchApp } from './serve.js';

const ROWS = 5_000;

/** Another organizer's requests (their event list, 2 in flight) while one organizer imports 5,000 talents. */
export async function importUnderLoad(target: BenchDatabase): Promise<void> {
  const { app, ctx, base, clientFor } = await serveBenchApp(target);
  try {
    const importer = await buildUser(ctx.db, { role: 'organizer' });
    const event = await buildEvent(ctx.db, { organizerId: importer.id });
    const other = await clientFor((await buildUser(ctx.db, { role: 'organizer' })).id);
    const organizer = await clientFor(importer.id);
    const eventList = () =>
      fetch(`${base}/api/events`, { headers: { cookie: other.cookie } }).then((r) => r.arrayBuffer());
    // The same requests with no import running: the target (p99 under 250 ms) is read against this baseline.
    const baseline = await measure(400, 2, eventList);
    report(`another organizer's event list, no import (baseline)`, baseline);
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
        await eventList();
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all([otherUser(), otherUser()]);
    const result = await imported;
    const during = summarize(latencies, result.seconds);
    report(`another organizer's event list during the import`, during);
    console.log(
      `    → import of ${ROWS} talents answered ${result.status} with ${result.created} created in ${result.seconds.toFixed(1)} s; p99 during / baseline × ${(during.p99 / baseline.p99).toFixed(1)} (target: p99 under 250 ms)`,
    );
  } finally {
    await app.close();
  }
}
