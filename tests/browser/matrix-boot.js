// The browser matrix's page bootstrap (tests/browser/matrix.html), a classic script in ES5 plus
// dynamic import() (Chromium 63, Firefox 67, Safari 11.1), so that even an engine that cannot parse
// the package reports why. It loads matrix-page.js, which runs the whole corpus, and POSTs what
// happened to the test server (tests/browser/matrix.mjs) at /matrix/<kind>?run=<id>:
//   log     progress and uncaught errors, as they happen;
//   result  the corpus outcomes and parity records, or the stage that failed and its error;
// then goes on to the demo page (www/, with tests/browser/matrix-demo.js added by the server).
(function () {
  'use strict';
  var params = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var i = kv.indexOf('=');
    params[decodeURIComponent(i < 0 ? kv : kv.slice(0, i))] = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1));
  });
  function describe(e) {
    if (e === null || e === undefined) return String(e);
    var text = (e.name ? e.name + ': ' : '') + (e.message !== undefined ? e.message : String(e));
    if (e.code) text = '[' + e.code + '] ' + text;
    return text;
  }
  function post(kind, body) {
    body.run = params.run;
    return fetch('/matrix/' + kind + '?run=' + encodeURIComponent(params.run), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
  }
  window.addEventListener('error', function (ev) {
    post('log', { message: 'uncaught: ' + (ev.error ? describe(ev.error) : ev.message) + ' (' + ev.filename + ':' + ev.lineno + ')' });
  });
  window.addEventListener('unhandledrejection', function (ev) {
    post('log', { message: 'unhandled rejection: ' + describe(ev.reason) });
  });
  function state(text) {
    var node = document.getElementById('state');
    if (node) node.textContent = text;
  }
  post('log', { message: 'boot: ' + navigator.userAgent });
  import('/tests/browser/matrix-page.js')
    .then(function (page) { return page.run(params, post, describe); },
      function (e) { return { ua: navigator.userAgent, fatal: 'loading the corpus runner (import /tests/browser/matrix-page.js): ' + describe(e) }; })
    .then(function (result) {
      state('done');
      return post('result', result);
    })
    .then(function () {
      if (params.demo !== '0') location.href = '/www/index.html?matrix-run=' + encodeURIComponent(params.run) + '&csp=' + encodeURIComponent(params.csp || '');
    }, function (e) {
      post('log', { message: 'could not post the result: ' + describe(e) });
    });
}());
