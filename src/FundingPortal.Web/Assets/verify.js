// The verification page: hashes the chosen PDF in the browser (Web Crypto) and asks the page about its SHA-256 only,
// so the file never leaves the visitor's computer. Without Web Crypto the form posts the file as usual.
(function () {
  'use strict';

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-verify-file]');
    if (!form || !window.crypto || !window.crypto.subtle || !window.FileReader) { return; }
    var input = form.querySelector('input[type=file]');
    var progress = form.querySelector('[data-verify-progress]');
    form.addEventListener('submit', function (event) {
      if (!input.files || input.files.length === 0) { return; }
      event.preventDefault();
      progress.hidden = false;
      input.files[0].arrayBuffer()
        .then(function (bytes) { return window.crypto.subtle.digest('SHA-256', bytes); })
        .then(function (digest) {
          window.location.assign(window.location.pathname + '?empreinte=' + hex(digest));
        })
        .catch(function () { progress.hidden = true; form.submit(); });
    });
  });
})();
