import path from 'node:path';
import { dataDirOf } from '../../config.js';
import { AppError } from '../../infra/http/errors.js';
import { defaultBackupPath, restoreBackup, takeBackup } from './backup.archive.js';
import { backupErrors } from './backup.errors.js';

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  /** Where relative paths given on the command line start: `npm run` moves to the project folder first. */
  cwd: string;
  print(line: string): void;
  fail(line: string): void;
  now(): Date;
}

/** `npm run backup [file]`: resolves to the process exit code. */
export function runBackupCommand(args: string[], io: CommandIo): Promise<number> {
  return reportErrors(io, async () => {
    const dataDir = embeddedDataDir(io.env);
    const target = args[0] ? path.resolve(io.cwd, args[0]) : defaultBackupPath(dataDir, io.now());
    await takeBackup({ dataDir, target });
    io.print(`Backup written to ${target}`);
    return 0;
  });
}

/** `npm run restore <file>`: resolves to the process exit code. */
export function runRestoreCommand(args: string[], io: CommandIo): Promise<number> {
  return reportErrors(io, async () => {
    const dataDir = embeddedDataDir(io.env);
    if (!args[0]) {
      io.fail('Usage: npm run restore <backup file>   (backups are under DATA_DIR/backups/ by default)');
      return 1;
    }
    const file = path.resolve(io.cwd, args[0]);
    const previous = await restoreBackup({ dataDir, file, now: io.now() });
    io.print(`Restored ${dataDir} from ${file}.`);
    if (previous)
      io.print(`The data it replaced is kept in ${previous}; delete it once you no longer need it.`);
    return 0;
  });
}

function embeddedDataDir(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) throw backupErrors.server_database();
  return dataDirOf(env);
}

async function reportErrors(io: CommandIo, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.fail(error.message);
    return 1;
  }
}
