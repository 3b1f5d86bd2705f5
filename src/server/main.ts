import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startClock } from './infra/clock.js';
import { DatabaseLockedError, openDatabase } from './infra/db/client.js';
import { clockJobs } from './jobs.js';
import { resolveSessionSecret } from './modules/auth/auth.secret.js';
import {
  loopbackUrl,
  newControlToken,
  removeControlFile,
  writeControlFile,
} from './modules/backup/backup.control.js';
import { seedDemoIfEmpty } from './modules/demo/demo.seed.js';
import { describeMailDelivery } from './modules/mailbox/mailbox.access.js';
import { localTransport, smtpTransport, startMailWorker } from './infra/mail/mail.worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const controlToken = database.snapshot ? newControlToken() : undefined;
  const { app, ctx } = await createApp({
    database,
    sessionSecret: await resolveSessionSecret(database, {
      fromEnv: config.sessionSecret,
      dataDir: config.dataDir,
    }),
    publicUrl: config.publicUrl,
    mailFrom: config.mailFrom,
    localMailbox: !config.smtpUrl,
    devMailbox: config.devMailbox,
    production: config.production,
    iceServers: config.iceServers,
    controlToken,
    metricsToken: config.metricsToken,
    logLevel: process.env.LOG_LEVEL || 'warn',
  });

  const seeded = await seedDemoIfEmpty({ ctx, force: config.seedDemo });
  const worker = startMailWorker({
    db: database.db,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : localTransport,
    onError: (error) => app.log.error({ err: error }, 'mail delivery round failed'),
    log: app.log,
  });
  const clock = startClock({
    ctx,
    jobs: clockJobs,
    onError: (error) => app.log.error({ err: error }, 'clock round failed'),
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    if (controlToken) removeControlFile(config.dataDir, controlToken);
    await clock.stop();
    await app.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (controlToken) {
    const url = loopbackUrl(app.server.address() as AddressInfo);
    writeControlFile(config.dataDir, { url, token: controlToken, pid: process.pid });
  }
  const lines = [
    '',
    `Parley is running at ${config.publicUrl} (database: ${database.kind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server'})`,
    `API docs: ${config.publicUrl}/docs`,
    describeMailDelivery({ ...ctx.mailbox, smtpUrl: config.smtpUrl, publicUrl: config.publicUrl }),
  ];
  if (seeded) {
    lines.push('', 'Demo data created. Every demo account uses the password "parley-demo":');
    for (const account of seeded.accounts)
      lines.push(`  ${account.email.padEnd(32)} ${account.name} (${account.label})`);
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DatabaseLockedError) {
    console.error(`Parley cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
