// Builds the server and the web client when their build is missing or older than the sources, so a fresh clone
// needs nothing but `npm install` before `npm start` or `npm run backup`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function stale(output, sources) {
  if (!existsSync(path.join(root, output))) return true;
  const built = statSync(path.join(root, output)).mtimeMs;
  return sources.some((source) => {
    const full = path.join(root, source);
    return (existsSync(full) ? newestMtime(full) : 0) > built;
  });
}

function run(script) {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function buildServerIfStale() {
  if (stale('dist/server/main.js', ['src/server', 'src/shared'])) run('build:server');
}

export function buildWebIfStale() {
  if (stale('dist/web/index.html', ['src/web', 'src/shared'])) run('build:web');
}
