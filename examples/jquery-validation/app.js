// The page's own script (a classic script, ES5 as such pages are): jquery-validation on two forms,
// each bound to its whole filing by filing-check's adapter. The map says which form control holds
// which part of the filing (JSON Pointers; `*` is a list index, taken into the control's name).
(function () {
  var NAMES = {
    appearance: {
      '/hearing/date': 'hearingDate', '/hearing/caseNumber': 'caseNumber',
      '/agency/name': 'agencyName', '/agency/creditCode': 'agencyCreditCode',
      '/appearing/*/name': 'appearing[*][name]', '/appearing/*/idNumber': 'appearing[*][idNumber]', '/appearing/*/post': 'appearing[*][post]'
    },
    defence: {
      '/caseNumber': 'caseNumber', '/defendant/name': 'defendantName', '/defendant/legalRepresentative': 'legalRepresentative',
      '/copyReceivedOn': 'copyReceivedOn', '/submittedOn': 'submittedOn', '/signedOn': 'signedOn',
      '/evidence/*/name': 'evidence[*][name]', '/agents/*/name': 'agents[*][name]', '/agents/*/post': 'agents[*][post]'
    }
  };
  window.bindings = {};
  Object.keys(NAMES).forEach(function (kind) {
    var form = document.getElementById(kind);
    $(form).validate({ errorElement: 'p' }); // the portal's own settings first
    window.bindings[kind] = FilingCheckForms.bindJqueryValidation(jQuery, form, {
      names: NAMES[kind],
      base: JSON.parse(document.getElementById(kind + '-base').textContent),
      today: form.getAttribute('data-today'), // rendered by the server: the library never reads a clock
      lang: 'zh-Hans',
      summary: '#' + kind + '-summary',
      onUnavailable: function (e) { document.getElementById(kind + '-summary').textContent = '校验程序未能加载，暂不能提交（' + e.code + '）'; }
    });
  });
})();
