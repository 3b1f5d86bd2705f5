// `npm run build:web` ends here: the JavaScript a talent's browser downloads before the first page shows (the login
// page, and the home screen after it) must stay within budget, gzip-compressed as the server sends it. Reads the
// chunk graph Vite writes to dist/web/.vite/manifest.json; exits non-zero when a screen is over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const budgetBytes = 180 * 1024;
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');
const manifest = JSON.parse(readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8'));

/** The screens a talent may open first, as the manifest names the modules they need besides the app's entry. */
// The English catalog is loaded before the first page is drawn (German weighs the same).
const screens = [
  { name: 'login page', modules: ['pages/LoginPage.tsx', 'i18n/messages/en/index.ts'] },
  { name: "talent's home screen", modules: ['pages/home/HomePage.tsx', 'i18n/messages/en/index.ts'] },
];

/** Every chunk a module needs before it runs: itself and its static imports (what Vite preloads), not lazy ones. */
function chunksOf(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest: did the page move?`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunksOf(imported, into);
  return into;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let over = false;
for (const screen of screens) {
  const files = new Set();
  for (const key of ['index.html', ...screen.modules]) chunksOf(key, files);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const content = readFileSync(path.join(webDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    brotli += brotliCompressSync(content).length;
  }
  const verdict = gzip <= budgetBytes ? 'ok' : 'OVER BUDGET';
  over ||= gzip > budgetBytes;
  console.log(
    `${screen.name}: ${files.size} files, ${kb(raw)}, ${kb(gzip)} gzip (budget ${kb(budgetBytes)}), ${kb(brotli)} brotli: ${verdict}`,
  );
}
if (over) process.exit(1);
