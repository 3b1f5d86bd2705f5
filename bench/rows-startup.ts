import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, record } from './report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** `npm start`'s own entry (it runs the server in its process), in `dataDir`, until `/health` answers. */
async function start(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  for (let waited = 0; waited < 120_000; waited += 250) {
    await sleep(250);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return child;
  }
  child.kill('SIGKILL');
  throw new Error('the built app did not answer /health within two minutes');
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Bytes as they crossed the wire (no decompression), with the response's headers. */
function fetchRaw(
  url: string,
): Promise<{ body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

const decode = async (raw: { body: Buffer; headers: Record<string, unknown> }) => {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw.body).toString('utf8');
  return raw.body.toString('utf8');
};

/**
 * The JavaScript a talent's browser fetches before the first page shows: the entry scripts and modulepreloads of
 * `/`, and every static import they reach (not dynamic `import()`), as served with `Accept-Encoding: br, gzip`.
 */
const ONE_PACKET = 1024;

async function firstPageJavaScript(base: string) {
  const html = await decode(await fetchRaw(`${base}/`));
  const queue = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => new URL(m[1]!, `${base}/`).toString());
  const seen = new Set<string>();
  let wire = 0;
  let gzip = 0;
  const files: { name: string; bytes: number; encoding: string; cacheControl: string }[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const raw = await fetchRaw(url);
    const text = await decode(raw);
    wire += raw.body.length;
    gzip += gzipSync(text).length;
    files.push({
      name: path.basename(new URL(url).pathname),
      bytes: raw.body.length,
      encoding: String(raw.headers['content-encoding'] ?? 'uncompressed'),
      cacheControl: String(raw.headers['cache-control'] ?? 'none'),
    });
    for (const m of text.matchAll(/(?:^|[;}\n\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(new URL(m[1]!, url).toString());
    }
  }
  return { wire, gzip, files };
}

/** Idle RSS of the built app on PGlite with the demo data (first start, then a restart), and the first page's JS. */
export async function startupRows(quick: boolean): Promise<void> {
  const built = spawnSync(
    process.execPath,
    [
      '-e',
      "import('./scripts/build-if-stale.mjs').then((b) => { b.buildServerIfStale(); b.buildWebIfStale(); })",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-bench-start-'));
  const settle = quick ? 3000 : 10_000;
  try {
    const port = await freePort();
    let app = await start(dataDir, port);
    await sleep(settle);
    const first = rssMb(app.pid!);
    const js = await firstPageJavaScript(`http://127.0.0.1:${port}`);
    await stop(app);
    app = await start(dataDir, port);
    await sleep(settle);
    const again = rssMb(app.pid!);
    await stop(app);
    const bare = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { PGlite } = await import('@electric-sql/pglite'); const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
         const db = await PGlite.create(${JSON.stringify(path.join(dataDir, 'pglite'))}, { extensions: { btree_gist } });
         await db.query('select count(*) from users'); process.send?.('ready'); setInterval(() => {}, 1000);`,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    await new Promise((resolve) => bare.once('message', resolve));
    await sleep(settle);
    const bareRss = rssMb(bare.pid!);
    bare.kill();
    record({
      database: 'PGlite',
      name: 'idle RSS after npm start with the demo data (restart; first start)',
      figure: `${again.toFixed(0)} MB (first start ${first.toFixed(0)} MB)`,
      baseline: `a bare PGlite process on the same data ${bareRss.toFixed(0)} MB`,
      ratio: `× ${(again / bareRss).toFixed(2)}`,
      target: '≤ 250 MB',
      pass: again <= 250 && first <= 250,
      notes: `read from /proc/<pid>/status VmRSS ${settle / 1000} s after /health first answered`,
    });
    // Below one TCP packet's worth, compression saves no round trip: the build leaves such files as they are.
    const compressed = js.files.every((f) => f.bytes < ONE_PACKET || f.encoding !== 'uncompressed');
    const cachedForAYear = js.files.every(
      (f) => /max-age=31536000/.test(f.cacheControl) && /immutable/.test(f.cacheControl),
    );
    record({
      database: '—',
      name: 'JavaScript a talent downloads before the first page shows',
      figure: `${kb(js.gzip)} gzip, ${kb(js.wire)} on the wire in ${js.files.length} files`,
      target: '≤ 180 KB gzip, compressed on the wire, hashed assets cached for a year',
      pass: js.gzip <= 180 * 1024 && compressed && cachedForAYear,
      notes: js.files
        .map((f) => `${f.name} ${kb(f.bytes)} ${f.encoding}, cache-control: ${f.cacheControl}`)
        .join('; '),
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
