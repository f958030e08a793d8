// Builds the web app (web/) into web/dist, which `detente serve` serves. The output must pass the
// server's Content-Security-Policy: one external script and stylesheet, nothing inline.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  // Absolute, so the build works from whatever directory `npx detente serve` runs in.
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: '/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inlined assets would become data: URLs in script or style; keep every asset a file.
    assetsInlineLimit: 0,
    // The modulepreload polyfill is needless for one entry chunk, and would be extra code.
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
