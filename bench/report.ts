import type { LatencySummary } from './measure.js';

/** One row of the table as measured: the figure beside its same-run baseline, and whether the target holds. */
interface RowResult {
  database: string;
  name: string;
  figure: string;
  baseline?: string;
  ratio?: string;
  latency?: Pick<LatencySummary, 'p50' | 'p95' | 'p99'>;
  cpu?: string;
  target: string;
  /** null when the row has no pass/fail reading (a figure only). */
  pass: boolean | null;
  notes?: string;
}

const results: RowResult[] = [];

export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const perSecond = (n: number) => `${n.toFixed(n < 100 ? 1 : 0)}/s`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const latencyText = (l: RowResult['latency']) =>
  l ? `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} ms` : '—';
const mark = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'PASS' : 'FAIL');

export function record(row: RowResult): void {
  results.push(row);
  console.log(`  [${mark(row.pass)}] ${row.name}`);
  const parts = [
    `figure ${row.figure}`,
    row.baseline && `baseline ${row.baseline}`,
    row.ratio && `ratio ${row.ratio}`,
    row.latency && `p50/p95/p99 ${latencyText(row.latency)}`,
    row.cpu && `CPU ${row.cpu}`,
    `target ${row.target}`,
  ].filter(Boolean);
  console.log(`         ${parts.join(' | ')}`);
  if (row.notes) console.log(`         ${row.notes}`);
}

/** The whole run as a Markdown table, ready for `docs/PERFORMANCE.md`. */
export function printTable(): void {
  const cells = (r: RowResult) => [
    r.database,
    r.name,
    r.figure,
    r.baseline ?? '—',
    r.ratio ?? '—',
    latencyText(r.latency),
    r.cpu ?? '—',
    r.target,
    mark(r.pass),
  ];
  console.log(
    '\n| database | row | figure | baseline (same run) | ratio | p50 / p95 / p99 | CPU per request | target | mark |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${cells(r).join(' | ')} |`);
  const failed = results.filter((r) => r.pass === false).length;
  const passed = results.filter((r) => r.pass === true).length;
  console.log(
    `\n${passed} PASS, ${failed} FAIL, ${results.length - passed - failed} figures without a target.`,
  );
}
