import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

// Vue, Vite and @vitejs/plugin-vue come from the repository's workspaces (node_modules above),
// vee-validate from this folder's. This repository's build of the package (pkg/). In your own
// project, `npm install filing-check` and delete `resolve.alias`.
const filingCheck = fileURLToPath(new URL('../../pkg', import.meta.url));

export default defineConfig({
  plugins: [vue()],
  base: './',
  resolve: { alias: [{ find: /^filing-check(?=\/|$)/, replacement: filingCheck }] },
});
