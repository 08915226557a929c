// Added by the browser matrix's test server (tests/browser/matrix.mjs) as the first script of the
// demo page (www/index.html?matrix-run=<id>) — a classic ES5 script, so it runs before the page's
// module and in any engine. It catches what the page throws, waits for body[data-ready], then
// reports whether the page's first check produced findings and whether typing a resident identity
// number with a wrong check character shows that finding. POSTs to /matrix/demo?run=<id>.
(function () {
  'use strict';
  var run = (/[?&]matrix-run=([^&]*)/.exec(location.search) || [])[1];
  if (!run) return;
  run = decodeURIComponent(run);
  var errors = [];
  var firstErrorAt = 0;
  var done = false;
  var started = Date.now();
  function describe(e) {
    if (e === null || e === undefined) return String(e);
    return (e.code ? '[' + e.code + '] ' : '') + (e.name ? e.name + ': ' : '') + (e.message !== undefined ? e.message : String(e));
  }
  function report(body) {
    if (done) return;
    done = true;
    body.run = run;
    body.errors = errors;
    body.ms = Date.now() - started;
    fetch('/matrix/demo?run=' + encodeURIComponent(run), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
  }
  function text(id) {
    var node = document.getElementById(id);
    return node ? node.textContent.replace(/\s+/g, ' ').trim() : '(no #' + id + ')';
  }
  window.addEventListener('error', function (ev) {
    if (ev.target && ev.target !== window && ev.target.tagName !== 'SCRIPT') return;
    firstErrorAt = firstErrorAt || Date.now();
    if (ev.target && ev.target !== window && ev.target.tagName) {
      // A script (or a module it imports) that could not be fetched: seen in the capture phase only.
      errors.push('could not load <' + ev.target.tagName.toLowerCase() + '> ' + (ev.target.src || ev.target.href || ''));
    } else {
      errors.push((ev.error ? describe(ev.error) : ev.message) + ' (' + ev.filename + ':' + ev.lineno + ')');
    }
  }, true);
  window.addEventListener('unhandledrejection', function (ev) {
    firstErrorAt = firstErrorAt || Date.now();
    errors.push('unhandled rejection: ' + describe(ev.reason));
  });
  function inspect() {
    var findings = document.querySelectorAll('#findings > li');
    var first = findings.length ? findings[0].textContent.replace(/\s+/g, ' ').trim().slice(0, 160) : '';
    var field = document.getElementById('head-id');
    field.value = '110105194912310021';
    var event = document.createEvent('Event');
    event.initEvent('input', true, true);
    field.dispatchEvent(event);
    var message = text('head-id-msg');
    report({
      ready: true, status: text('status'), findings: findings.length, firstFinding: first,
      idMessage: message.slice(0, 200), idFinding: message.indexOf('校验码应为“X”') >= 0 && message.indexOf('GB 11643-1999') >= 0,
    });
  }
  var poll = setInterval(function () {
    if (document.body && document.body.getAttribute('data-ready') === 'true') {
      clearInterval(poll);
      try { inspect(); } catch (e) { report({ ready: true, status: text('status'), fatal: 'inspecting the page: ' + describe(e) }); }
    } else if (Date.now() - started > 30000 || (firstErrorAt && Date.now() - firstErrorAt > 10000)) {
      // An uncaught error before the page is ready almost always means it never will: say so soon.
      clearInterval(poll);
      report({ ready: false, status: text('status') });
    }
  }, 50);
}());
