import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// This repository's build of the package (pkg/). In your own project, `npm install filing-check`
// and delete `resolve.alias`.
const filingCheck = fileURLToPath(new URL('../../pkg', import.meta.url));

export default defineConfig({
  // JSX through Vite's own esbuild (no React plugin needed for a production build).
  esbuild: { jsx: 'automatic' },
  base: './',
  resolve: { alias: [{ find: /^filing-check(?=\/|$)/, replacement: filingCheck }] },
});
