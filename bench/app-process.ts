// A second app process for the bench: the same app on the same PostgreSQL database, reporting its port.
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/server/app.js';
import { openPostgres } from '../src/server/infra/db/client.js';
import { benchAppDeps } from './serve.js';

const database = await openPostgres(process.env.BENCH_APP_DATABASE_URL!);
const { app } = await createApp(benchAppDeps(database));
await app.listen({ port: 0, host: '127.0.0.1' });
process.send!({ port: (app.server.address() as AddressInfo).port });
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
