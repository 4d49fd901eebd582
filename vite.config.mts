import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects an inline React Refresh preamble and talks to its
 * HMR socket, which the production Content-Security-Policy forbids. Drop the
 * CSP meta tag only while serving; the built index.html keeps it.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'attest:relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspInDev()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One bundle loaded from the local disk (Electron) or loopback (browser host): size is not a network concern.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: '127.0.0.1',
    // Convenience for `npm run dev:renderer` next to `attest serve --port 4711`.
    proxy: { '/api': 'http://127.0.0.1:4711' },
  },
});
