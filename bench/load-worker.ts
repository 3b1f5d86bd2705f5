// The load generator: a child process of the bench, so the load never runs on the app's event loop. It answers one
// job per message (see `load.ts`): HTTP load with autocannon, or live sockets held open between messages.
import autocannon from 'autocannon';
import WebSocket from 'ws';
import type { HttpJob, HttpResult, LoadRequest, SocketsJob, WorkerMessage } from './load.js';

const now = () => performance.timeOrigin + performance.now();

async function runHttp(job: HttpJob): Promise<HttpResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const pick = (): LoadRequest => job.requests[next++ % job.requests.length]!;
  const started = now();
  let lastAnswer = started;
  const options: autocannon.Options = {
    url: job.url,
    connections: job.connections,
    ...(job.amount ? { amount: job.amount } : { duration: job.seconds ?? 5 }),
    timeout: 120,
    requests: [
      {
        setupRequest: (request) => {
          const { method, path, headers, body } = pick();
          return {
            ...request,
            method: method ?? 'GET',
            path,
            headers: { ...request.headers, ...headers },
            body,
          };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastAnswer = now();
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  return {
    latencies,
    statuses,
    errors: result.errors + result.timeouts,
    // autocannon reports a fixed amount as done only at its next one-second sample: the last answer ends the run.
    seconds: ((job.amount ? lastAnswer : now()) - started) / 1000,
  };
}

/** Sockets stay open between messages: `open`, then `arrivals` for each round the parent published. */
let sockets: { socket: WebSocket; arrivals: number[] }[] = [];

async function openSockets(job: SocketsJob): Promise<{ opened: number }> {
  const open = (index: number) =>
    new Promise<{ socket: WebSocket; arrivals: number[] }>((resolve, reject) => {
      const target = job.targets[index % job.targets.length]!;
      const socket = new WebSocket(target.url, { headers: target.cookie ? { cookie: target.cookie } : {} });
      const entry = { socket, arrivals: [] as number[] };
      socket.on('error', reject);
      socket.on('message', (data) => {
        const text = data.toString();
        if (text.includes(job.readyWhen)) return resolve(entry);
        if (text.includes(job.countWhen)) entry.arrivals.push(now());
      });
      socket.on('open', () => {
        if (target.hello) socket.send(target.hello);
        else resolve(entry);
      });
    });
  // In batches, so the handshakes do not all queue at once.
  for (let i = 0; i < job.count; i += 100) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(100, job.count - i) }, (_, k) => open(sockets.length + k)),
    );
    sockets.push(...batch);
  }
  return { opened: sockets.length };
}

process.on('message', async (message: WorkerMessage) => {
  try {
    if (message.kind === 'http') process.send!({ ok: true, result: await runHttp(message.job) });
    else if (message.kind === 'sockets') process.send!({ ok: true, result: await openSockets(message.job) });
    else if (message.kind === 'arrivals') {
      process.send!({ ok: true, result: sockets.map((s) => s.arrivals) });
    } else if (message.kind === 'close') {
      for (const { socket } of sockets) socket.terminate();
      sockets = [];
      process.send!({ ok: true, result: null });
    }
  } catch (error) {
    process.send!({ ok: false, error: String(error) });
  }
});
