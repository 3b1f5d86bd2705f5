import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LatencySummary, summarize } from './measure.js';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface HttpJob {
  url: string;
  connections: number;
  /** Either a number of requests or a duration. */
  amount?: number;
  seconds?: number;
  /** Sent in turn, one per request. */
  requests: LoadRequest[];
}
export interface HttpResult {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  seconds: number;
}
export interface SocketsJob {
  count: number;
  /** Sockets are spread over the targets in turn; `hello` is sent on open, then the socket waits for `readyWhen`. */
  targets: { url: string; cookie?: string; hello?: string }[];
  readyWhen: string;
  /** A message containing this is one arrival. */
  countWhen: string;
}
export type WorkerMessage =
  | { kind: 'http'; job: HttpJob }
  | { kind: 'sockets'; job: SocketsJob }
  | { kind: 'arrivals' }
  | { kind: 'close' };

export interface HttpSummary extends LatencySummary {
  statuses: Record<string, number>;
  /** Transport errors and timeouts plus answers outside 2xx. */
  failures: number;
  seconds: number;
}

/** A load generator in a child process; one job at a time. */
export class LoadWorker {
  private readonly child: ChildProcess;
  private queue = Promise.resolve<unknown>(undefined);

  constructor() {
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');
    this.child = fork(script, {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  private ask<T>(message: WorkerMessage): Promise<T> {
    const answer = this.queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          this.child.once('message', (reply: { ok: boolean; result?: T; error?: string }) =>
            reply.ok ? resolve(reply.result as T) : reject(new Error(reply.error)),
          );
          this.child.send(message);
        }),
    );
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  http(job: HttpJob): Promise<HttpResult> {
    return this.ask<HttpResult>({ kind: 'http', job });
  }

  openSockets(job: SocketsJob): Promise<{ opened: number }> {
    return this.ask({ kind: 'sockets', job });
  }

  /** Per socket, the wall-clock times (ms since the epoch) at which each counted message arrived. */
  arrivals(): Promise<number[][]> {
    return this.ask({ kind: 'arrivals' });
  }

  closeSockets(): Promise<void> {
    return this.ask({ kind: 'close' });
  }

  stop(): void {
    this.child.kill();
  }
}

/** Several runs of one job (the rounds of an A/B/A/B comparison) as one: latencies merged, rates averaged. */
export function summarizeHttp(runs: HttpResult[]): HttpSummary {
  const latencies = runs.flatMap((r) => r.latencies);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const statuses: Record<string, number> = {};
  let errors = 0;
  for (const run of runs) {
    errors += run.errors;
    for (const [status, n] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  }
  const ok = Object.entries(statuses)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { ...summarize(latencies, seconds), statuses, failures: errors + latencies.length - ok, seconds };
}

/** Wall-clock milliseconds, comparable between the bench's processes. */
export const wallClock = () => performance.timeOrigin + performance.now();
