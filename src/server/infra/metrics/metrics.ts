import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ApiRoute } from '../../../shared/api/route.js';
import type { PoolProbe } from '../db/pool-probe.js';
import { AppError } from '../http/errors.js';
import { bearerTokenMatches, comesFromThisMachine } from '../http/operator-access.js';
import { metricsErrors } from './metrics.errors.js';

/** What `/metrics` reads at each scrape, from the parts that own it. */
export interface MetricsSources {
  pool: PoolProbe;
  mailQueue(): Promise<{ depth: number; oldestCreatedAt: Date | null }>;
  now(): Date;
  liveSockets(): number;
  openRooms(): number;
}

export interface MetricsOptions {
  /** `METRICS_TOKEN`: scrapers must send it as a bearer token; unset, only this machine may scrape. */
  token?: string;
  /**
   * The routes whose answer is a booking's outcome, and the refusals counted under their own name (the code's last
   * part: `chats.slot_taken` → `slot_taken`); any other refusal counts as `refused`, a server error as `failed`.
   */
  bookings: { routes: readonly Pick<ApiRoute, 'method' | 'path'>[]; namedRefusals: readonly string[] };
}

// Node's own figures (CPU, memory, event loop, GC) belong to the process, however many apps a test file builds.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;
const outcomeName = (code: string) => code.slice(code.lastIndexOf('.') + 1);

/**
 * Prometheus metrics of one app. Call before the routes are registered, so its hooks time every route; the
 * sources are handed over once the parts that own them exist (`serve`).
 */
export function installMetrics(app: FastifyInstance, options: MetricsOptions) {
  const registry = new Registry();
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route template, method and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const bookingOutcomes = new Counter({
    name: 'parley_booking_outcomes_total',
    help: 'Answers to slot bookings, by outcome: booked, a named refusal (slot_taken, …), refused or failed.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  for (const outcome of ['booked', ...options.bookings.namedRefusals.map(outcomeName), 'refused', 'failed'])
    bookingOutcomes.inc({ outcome }, 0);

  const bookingRoutes = new Set(options.bookings.routes.map((route) => `${route.method} ${route.path}`));
  const namedRefusals = new Set(options.bookings.namedRefusals);
  const errorCodes = new WeakMap<FastifyRequest, string>();
  app.addHook('onError', async (request, _reply, error) => {
    if (error instanceof AppError) errorCodes.set(request, error.code);
  });
  const record = (request: FastifyRequest, status: number, seconds: number) => {
    // The template, never the URL: ids would make a series per chat, and tokens do not belong in metrics.
    const route = request.routeOptions.url ?? '(unmatched)';
    requestDuration.observe({ method: request.method, route, status_class: statusClass(status) }, seconds);
    if (!bookingRoutes.has(`${request.method} ${route}`)) return;
    const code = errorCodes.get(request);
    const outcome =
      status < 300
        ? 'booked'
        : code && namedRefusals.has(code)
          ? outcomeName(code)
          : status >= 500
            ? 'failed'
            : 'refused';
    bookingOutcomes.inc({ outcome });
  };
  // A callback hook: an async one costs a promise on every request.
  app.addHook('onResponse', (request, reply, done) => {
    record(request, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  return {
    /** Registers `GET /metrics`, reading `sources` at each scrape. */
    serve(sources: MetricsSources) {
      const checkoutWait = new Histogram({
        name: 'parley_db_pool_checkout_wait_seconds',
        help: 'Time a statement or transaction waited for a database connection.',
        buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
      });
      const stopObserving = sources.pool.onCheckout((seconds) => checkoutWait.observe(seconds));
      app.addHook('onClose', async () => stopObserving());
      new Gauge({
        name: 'parley_db_pool_waiting',
        help: 'Statements and transactions waiting for a database connection now.',
        registers: [registry],
        collect() {
          this.set(sources.pool.waiting());
        },
      });
      new Gauge({
        name: 'parley_live_sockets',
        help: 'Open live WebSockets in this process.',
        registers: [registry],
        collect() {
          this.set(sources.liveSockets());
        },
      });
      new Gauge({
        name: 'parley_rooms_open',
        help: 'Video rooms with someone present through this process.',
        registers: [registry],
        collect() {
          this.set(sources.openRooms());
        },
      });
      const mailDepth = new Gauge({
        name: 'parley_mail_queue_depth',
        help: 'Mail waiting in the outbox to be sent (every process shares the outbox).',
        registers: [registry],
      });
      const mailOldestAge = new Gauge({
        name: 'parley_mail_queue_oldest_age_seconds',
        help: 'Age of the oldest mail waiting in the outbox (0 when none waits).',
        registers: [registry],
      });

      // One query feeds both gauges; without the database they keep their last values and the rest is served.
      const readMailQueue = async () => {
        try {
          const queue = await sources.mailQueue();
          mailDepth.set(queue.depth);
          const oldest = queue.oldestCreatedAt?.getTime();
          mailOldestAge.set(oldest === undefined ? 0 : Math.max(0, sources.now().getTime() - oldest) / 1000);
        } catch (error) {
          app.log.warn({ err: error }, 'metrics: the mail queue could not be read');
        }
      };

      const admit = async (request: FastifyRequest) => {
        if (options.token) {
          if (!bearerTokenMatches(request.headers.authorization, options.token)) {
            throw metricsErrors.wrong_token();
          }
        } else if (!comesFromThisMachine(request)) {
          throw metricsErrors.not_local();
        }
      };
      app.get('/metrics', { schema: { hide: true }, onRequest: admit }, async (_request, reply) => {
        await readMailQueue();
        const merged = Registry.merge([processMetrics(), registry]);
        return reply
          .type(registry.contentType)
          .header('cache-control', 'no-store')
          .send(await merged.metrics());
      });
    },
  };
}
