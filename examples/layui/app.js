// The page's own script (a classic script, ES5 as such pages are): layui's form on two forms, each
// bound to its whole filing by filing-check's adapter. The map says which form control holds which
// part of the filing (JSON Pointers; `*` is a list index, taken into the control's name).
layui.use('form', function () {
  var form = layui.form;
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
    var el = document.getElementById(kind);
    var binding = FilingCheckForms.bindLayui(form, el, {
      names: NAMES[kind],
      base: JSON.parse(document.getElementById(kind + '-base').textContent),
      today: el.getAttribute('data-today'), // rendered by the server: the library never reads a clock
      lang: 'zh-Hans',
      rule: kind, // one verify rule per form: lay-verify="appearance" / "defence"
      summary: '#' + kind + '-summary',
      onUnavailable: function (e) { document.getElementById(kind + '-summary').textContent = '校验程序未能加载，暂不能提交（' + e.code + '）'; }
    });
    form.verify(binding.verify);
    window.bindings[kind] = binding;
  });
});
