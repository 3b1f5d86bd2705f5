import type { LoadRequest } from './load.js';
import { capture, postgresBackendCpuMs } from './capture.js';
import { kb, ms, percent, perSecond, record } from './report.js';
import { appCpuMs, healthRequest, interleaved, type Section, statusNote } from './section.js';

const listPath = (eventId: string) => `/api/events/${eventId}/recruiters`;

async function talentRequests(s: Section): Promise<LoadRequest[]> {
  const viewers = await Promise.all(s.scenario.talentIds.slice(-20).map((id) => s.clientFor(id)));
  return viewers.map((v) => ({ path: listPath(s.scenario.eventId), headers: { cookie: v.cookie } }));
}

/** The talents' recruiter list at 50 connections as a share of `/health`, and one request at a time. */
export async function listRows(s: Section): Promise<void> {
  const requests = await talentRequests(s);
  const seconds = s.quick ? 1.5 : 4;
  const rounds = 3;
  // The measured side runs a fixed number of requests, so none is cut off in flight and its percentiles are whole.
  const perConnection = s.quick ? 1 : 2;
  let cpu = 0;
  const busy = await interleaved(
    s.load,
    { url: s.base, connections: 50, seconds, requests: healthRequest },
    { url: s.base, connections: 50, amount: 50 * perConnection, requests },
    rounds,
    async (run) => {
      cpu += await appCpuMs(run);
    },
  );
  const share = busy.measured.perSecond / busy.baseline.perSecond;
  const wanted = s.database === 'PostgreSQL' ? 0.25 : 0.2;
  record({
    database: s.database,
    name: "talents' recruiter list, 50 connections, req/s as a share of /health",
    figure: perSecond(busy.measured.perSecond),
    baseline: `/health ${perSecond(busy.baseline.perSecond)} (p95 ${ms(busy.baseline.p95)})`,
    ratio: percent(share),
    latency: busy.measured,
    cpu: `${ms(cpu / Math.max(1, busy.measured.count))} app process`,
    target: `≥ ${percent(wanted)}`,
    pass: share >= wanted && busy.measured.failures === 0,
    notes: statusNote(busy.measured),
  });
  const amount = s.quick ? 15 : 60;
  const single = await interleaved(
    s.load,
    { url: s.base, connections: 1, amount, requests: healthRequest },
    { url: s.base, connections: 1, amount, requests },
    rounds,
  );
  record({
    database: s.database,
    name: "talents' recruiter list, one at a time, p95",
    figure: ms(single.measured.p95),
    baseline: `/health p95 ${ms(single.baseline.p95)}`,
    ratio: `× ${(single.measured.p95 / single.baseline.p95).toFixed(1)}`,
    latency: single.measured,
    target: s.database === 'PostgreSQL' ? '≤ 15 ms' : '≤ 15 ms (set for PostgreSQL)',
    pass: s.database === 'PostgreSQL' ? single.measured.p95 <= 15 && single.measured.failures === 0 : null,
    notes: statusNote(single.measured),
  });
}

export interface DatabaseCpu {
  recruiters: number;
  msPerRequest: number | null;
  statementsPerRequest: number;
}

/**
 * Database CPU of `amount` requests made one at a time: on PostgreSQL the server backends' CPU from `/proc`, on
 * PGlite this process's CPU inside PGlite's calls. Statements are counted by capture.
 */
async function databaseCpuPerRequest(
  s: Section,
  requests: LoadRequest[],
  amount: number,
): Promise<{ msPerRequest: number | null; statementsPerRequest: number }> {
  await s.load.http({ url: s.base, connections: 1, amount: 3, requests });
  const before = s.database === 'PostgreSQL' ? await postgresBackendCpuMs(s.ctx.db) : 0;
  capture.reset();
  capture.recording = true;
  const result = await s.load.http({ url: s.base, connections: 1, amount, requests });
  capture.recording = false;
  const count = result.latencies.length;
  const statementsPerRequest = capture.statements.length / count;
  if (s.database === 'PGlite')
    return { msPerRequest: capture.pgliteCpuMicros / 1000 / count, statementsPerRequest };
  const after = await postgresBackendCpuMs(s.ctx.db);
  return {
    msPerRequest: before === null || after === null ? null : (after - before) / count,
    statementsPerRequest,
  };
}

export async function listCpuAt(s: Section, recruiters: number): Promise<DatabaseCpu> {
  const measured = await databaseCpuPerRequest(s, await talentRequests(s), s.quick ? 15 : 60);
  return { recruiters, ...measured };
}

export async function recordListCpu(s: Section, sizes: DatabaseCpu[]): Promise<void> {
  const health = await databaseCpuPerRequest(s, healthRequest, s.quick ? 15 : 60);
  const figures = sizes.map((size) => size.msPerRequest);
  const known = figures.filter((f): f is number => f !== null);
  record({
    database: s.database,
    name: `database CPU per list request at ${sizes.map((size) => size.recruiters.toLocaleString('en')).join(' / ')} recruiters`,
    figure: `${figures.map((f) => (f === null ? 'n/a' : f.toFixed(1))).join(' / ')} ms`,
    baseline: `/health ${health.msPerRequest === null ? 'n/a' : ms(health.msPerRequest)}`,
    ratio: known.length > 1 ? `largest / smallest × ${(known.at(-1)! / known[0]!).toFixed(1)}` : undefined,
    target: 'flat, ≤ 5 ms at every size',
    pass: known.length === figures.length ? known.every((f) => f <= 5) : null,
    notes: `statements per list request: ${sizes.map((size) => size.statementsPerRequest.toFixed(1)).join(' / ')}${s.database === 'PostgreSQL' ? ' (server backends, /proc, 10 ms ticks summed over all requests)' : ' (process CPU inside PGlite calls)'}`,
  });
}

/** The large team's overview and its whole-team chat list (first page, default parameters), 10 connections. */
export async function teamRows(s: Section): Promise<void> {
  const recruiter = await s.clientFor(s.scenario.recruiterIds[0]!);
  const pages = [
    { name: 'team overview', path: `/api/events/${s.scenario.eventId}/team` },
    { name: 'whole-team chat list', path: `/api/events/${s.scenario.eventId}/chats?recruiterId=team` },
  ];
  const requestsOf = (path: string) => [{ path, headers: { cookie: recruiter.cookie } }];
  // Both pages are served unmeasured first, as the talents' list is by the rows before it: the first requests of a
  // route pay for its JIT compilation and for filling the team cache, which a fair's steady state no longer sees.
  for (const page of pages)
    await s.load.http({ url: s.base, connections: 10, amount: 100, requests: requestsOf(page.path) });
  for (const page of pages) {
    const response = await fetch(`${s.base}${page.path}`, { headers: { cookie: recruiter.cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    const seconds = s.quick ? 1.5 : 4;
    const amount = s.quick ? 20 : 50;
    let cpu = 0;
    const run = await interleaved(
      s.load,
      { url: s.base, connections: 10, seconds, requests: healthRequest },
      {
        url: s.base,
        connections: 10,
        amount,
        requests: requestsOf(page.path),
      },
      3,
      async (measured) => {
        cpu += await appCpuMs(measured);
      },
    );
    record({
      database: s.database,
      name: `${page.name}, 10 connections: p95 and bytes of the first page`,
      figure: `p95 ${ms(run.measured.p95)}, ${kb(bytes)} (${response.status})`,
      baseline: `/health p95 ${ms(run.baseline.p95)}`,
      ratio: `× ${(run.measured.p95 / run.baseline.p95).toFixed(1)}`,
      latency: run.measured,
      cpu: `${ms(cpu / Math.max(1, run.measured.count))} app process`,
      target: 'p95 ≤ 30 ms, ≤ 100 KB a page',
      pass: run.measured.p95 <= 30 && bytes <= 100 * 1024 && run.measured.failures === 0,
      notes: statusNote(run.measured),
    });
  }
}
