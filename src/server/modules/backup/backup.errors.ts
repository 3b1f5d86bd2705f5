import { defineErrors } from '../../infra/http/errors.js';

export const backupErrors = defineErrors('backup', {
  not_local: { kind: 'forbidden', message: 'Backups are taken only from the machine the server runs on.' },
  wrong_token: {
    kind: 'unauthenticated',
    message: "This backup request does not carry the running server's control token.",
  },
  server_database: {
    kind: 'invalid',
    message:
      'DATABASE_URL is set: the data lives in a PostgreSQL server. Back it up with pg_dump ' +
      '(pg_dump --format=custom --file=parley.dump "$DATABASE_URL") and restore with pg_restore ' +
      '(pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" parley.dump).',
  },
  no_database: { kind: 'not_found', message: 'There is no embedded database to back up in this DATA_DIR.' },
  server_unreachable: {
    kind: 'conflict',
    message: 'The server holding the embedded database did not answer the backup request.',
  },
  target_exists: { kind: 'conflict', message: 'A file already exists there: choose another name.' },
  not_a_backup: {
    kind: 'invalid',
    message: 'That file is not a Parley backup (a .tar.gz made by npm run backup).',
  },
  server_running: {
    kind: 'conflict',
    message: 'The server is running on this DATA_DIR: stop it before restoring.',
  },
});
