// The entry for bundlers that read package.json's "module" field and not "exports": webpack 4
// (Vue CLI 4, behind many Vue 2 + Element UI portals), which cannot parse `import.meta`. The same
// API as index.js, plus setAssetBase(): the page serves a copy of the package's files and says
// where. scripts/package.sh builds pkg/legacy.js from this file and index.js.
export * from './index.js';
// Named here, it takes the place of index.js's setAssetBase (which does nothing there).
export { setAssetBase } from './legacy-base.js';
