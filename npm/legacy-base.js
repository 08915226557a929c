// Where the package's files are, for the legacy build (legacy.js): bundlers that predate
// `import.meta.url` (webpack 4) can neither parse it nor emit the .wasm, so the page serves a copy
// of the package's files and says where, once, before the first check.
// The URL the package's files (web/, opencc/) are read from: it stands for `import.meta.url`
// (scripts/package.sh defines one as the other), so it names a file in the package's folder. Until
// setAssetBase() is called it is the page itself, which is right only when the page sits beside a
// copy of the package: otherwise the first load fails with init_failed and the URL it tried.
import { FilingCheckError } from './api.js';

export let __filingCheckAssetBase = typeof location !== 'undefined' ? location.href : 'file:///';

/**
 * Tells the legacy build where the package's files are served, e.g. setAssetBase('/filing-check/')
 * after copying node_modules/filing-check/ to public/filing-check/. Relative URLs are resolved
 * against the page.
 * @param {string} url a folder URL (a trailing slash is added)
 */
export function setAssetBase(url) {
  if (typeof url !== 'string' || url === '') {
    throw new FilingCheckError('invalid_argument', 'setAssetBase: expected the URL of the folder holding the package\'s files, e.g. "/filing-check/"');
  }
  const folder = url.endsWith('/') ? url : `${url}/`;
  try {
    __filingCheckAssetBase = new URL(`${folder}index.js`, typeof location !== 'undefined' ? location.href : undefined).href;
  } catch (e) {
    throw new FilingCheckError('invalid_argument', `setAssetBase: "${folder.slice(0, 200)}" is not a URL (${e.message})`);
  }
}
