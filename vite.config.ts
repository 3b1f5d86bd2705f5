import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: 'src/web',
  plugins: [react(), mediapipeAssets()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, manifest: true },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/dev': 'http://127.0.0.1:3000',
      '/live': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
