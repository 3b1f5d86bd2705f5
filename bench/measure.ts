/** Small measuring tools for the benchmarks: they print figures, they assert nothing. */
export interface LatencySummary {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `task` `total` times with `concurrency` in flight and summarizes the latencies in milliseconds. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return summarize(latencies, (performance.now() - started) / 1000);
}

/** Percentiles of latencies in milliseconds gathered over `seconds`. */
export function summarize(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export function report(label: string, summary: LatencySummary): void {
  const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  console.log(
    `  ${label.padEnd(52)} ${fmt(summary.perSecond).padStart(9)}/s   p50 ${fmt(summary.p50).padStart(7)} ms   p95 ${fmt(summary.p95).padStart(7)} ms   p99 ${fmt(summary.p99).padStart(7)} ms   (n=${summary.count})`,
  );
}
