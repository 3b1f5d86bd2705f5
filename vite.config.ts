import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { needsFormatting } from './src/shared/i18n/translator';

/**
 * The background segmentation model (`@mediapipe/selfie_segmentation`) is a script plus wasm and model files it
 * fetches by name at run time, not an ES module: they are served as they are under `/mediapipe/`, copied into the
 * build and served from node_modules in development. Our own server serves them: no CDN.
 */
function mediapipeAssets(): Plugin {
  const source = path.resolve(import.meta.dirname, 'node_modules/@mediapipe/selfie_segmentation');
  const files = readdirSync(source).filter((file) => /\.(js|wasm|data|tflite|binarypb)$/.test(file));
  const types: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
  return {
    name: 'parley-mediapipe-assets',
    configureServer(server) {
      server.middlewares.use('/mediapipe', (request, response, next) => {
        const file = path.basename(new URL(request.url ?? '/', 'http://dev').pathname);
        if (!files.includes(file)) return next();
        response.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
        createReadStream(path.join(source, file)).pipe(response);
      });
    },
    generateBundle() {
      for (const file of files)
        this.emitFile({
          type: 'asset',
          fileName: `mediapipe/${file}`,
          source: readFileSync(path.join(source, file)),
        });
    },
  };
}

/**
 * The web's message catalogs arrive parsed: each ICU message becomes its syntax tree at build time, so the browser
 * runs the formatter without the parser (`no-parser`, aliased below). Plain text stays text.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'parley-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]i18n[\\/]messages[\\/].+\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [
          key,
          needsFormatting(message) ? parse(message) : message,
        ]),
      );
      // Still JSON, so Vite's own JSON plugin turns it into a module as before.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

const compressible = /\.(js|css|html|svg|json|wasm|data|tflite|binarypb)$/;
const brotliAtMost = promisify(brotliCompress);
const gzipAtMost = promisify(gzip);

/**
 * Writes a `.br` and a `.gz` beside each text-like file of the build, compressed once with the slowest, smallest
 * settings, so the server sends them as they are (see docs/decisions/010-precompressed-web-client.md). Brotli's
 * best quality takes seconds per MB: the multi-MB media models get a quick one.
 */
function precompress(): Plugin {
  return {
    name: 'parley-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const jobs = Object.entries(bundle)
        .filter(([fileName]) => compressible.test(fileName))
        .map(async ([fileName, output]) => {
          const content = Buffer.from(output.type === 'chunk' ? output.code : output.source);
          if (content.length < 1024) return;
          const quality = content.length <= 1024 * 1024 ? constants.BROTLI_MAX_QUALITY : 5;
          const [brotli, gzipped] = await Promise.all([
            brotliAtMost(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: quality,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAtMost(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          const target = path.join(outDir, fileName);
          await Promise.all([writeFile(`${target}.br`, brotli), writeFile(`${target}.gz`, gzipped)]);
        });
      await Promise.all(jobs);
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [precompiledMessages(), react(), mediapipeAssets(), precompress()],
  resolve: {
    alias: {
      '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
    },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // The chunk graph, which `scripts/web-budget.mjs` follows to weigh a talent's first page.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page runs (React, the router, the query cache, Zod under the API contract) in one file
          // rather than a dozen small ones: fewer requests, and it compresses better. Mantine stays split by use,
          // so a page preloads only the components it shows.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack|zod)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/dev': 'http://127.0.0.1:3000',
      '/live': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
