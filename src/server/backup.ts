import { type CommandIo, runBackupCommand, runRestoreCommand } from './modules/backup/backup.cli.js';

const io: CommandIo = {
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  print: (line) => console.log(line),
  fail: (line) => console.error(line),
  now: () => new Date(),
};

const [command, ...args] = process.argv.slice(2);
const run = command === 'restore' ? runRestoreCommand : runBackupCommand;
process.exitCode = await run(args, io);
