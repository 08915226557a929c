// The page's own code, a classic script as on a jQuery or layui page: it uses the API the drop-in
// defines (window.FilingCheck). Here it only says which engine runs the checks once they are ready.
(function () {
  'use strict';
  var note = document.getElementById('engine');
  window.FilingCheck.initIds().then(function () {
    note.textContent = '校验引擎：' + window.FilingCheck.engine();
  }, function (e) {
    note.textContent = '校验程序未能加载（' + e.code + '），提交后由服务器校验';
  });
}());
