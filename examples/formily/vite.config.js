import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

// Vue, Vite and @vitejs/plugin-vue come from the repository's workspaces (node_modules above),
// Formily, Element Plus and sass from this folder's. This repository's build of the package (pkg/).
// In your own project, `npm install filing-check` and delete `resolve.alias`.
const filingCheck = fileURLToPath(new URL('../../pkg', import.meta.url));

export default defineConfig({
  plugins: [vue()],
  base: './',
  resolve: { alias: [{ find: /^filing-check(?=\/|$)/, replacement: filingCheck }] },
  // @formily/element-plus imports its styles as SCSS (hence sass), written with @import and
  // Sass's global functions, which Dart Sass 1.x still compiles but warns about, file by file.
  css: { preprocessorOptions: { scss: { silenceDeprecations: ['import', 'global-builtin'] } } },
});
