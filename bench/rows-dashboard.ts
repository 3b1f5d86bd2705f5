import { ms } from './report.js';
import { record } from './report.js';
import { healthRequest, interleaved, type Section, statusNote } from './section.js';

/**
 * The organizer's dashboard of the whole fair (every registration, chat and opened slot counted), one request at a
 * time as an organizer's open tab asks for it after each change, beside `/health` in the same run.
 */
export async function dashboardRow(s: Section): Promise<void> {
  const organizer = await s.clientFor(s.scenario.organizerId);
  const path = `/api/events/${s.scenario.eventId}/dashboard`;
  const requests = [{ path, headers: { cookie: organizer.cookie } }];
  // Unmeasured first: the route's first requests pay for JIT compilation and the database's cold pages.
  await s.load.http({ url: s.base, connections: 1, amount: 5, requests });
  const amount = s.quick ? 10 : 40;
  const run = await interleaved(
    s.load,
    { url: s.base, connections: 1, amount, requests: healthRequest },
    { url: s.base, connections: 1, amount, requests },
    3,
  );
  const wanted = 100;
  record({
    database: s.database,
    name: "organizer's dashboard of the whole fair, one at a time, p95",
    figure: ms(run.measured.p95),
    baseline: `/health p95 ${ms(run.baseline.p95)}`,
    ratio: `× ${(run.measured.p95 / run.baseline.p95).toFixed(1)}`,
    latency: run.measured,
    target: s.database === 'PostgreSQL' ? `≤ ${wanted} ms` : `≤ ${wanted} ms (set for PostgreSQL)`,
    pass: s.database === 'PostgreSQL' ? run.measured.p95 <= wanted && run.measured.failures === 0 : null,
    notes: statusNote(run.measured),
  });
}
