// Small enhancements only; every page works without JavaScript.
(function () {
  'use strict';

  function plural(n, one, many) { return n + ' ' + (n > 1 ? many : one); }

  function remaining(ms) {
    if (ms <= 0) { return 'terminé'; }
    var minutes = Math.floor(ms / 60000), hours = Math.floor(minutes / 60), days = Math.floor(hours / 24);
    if (days >= 1) { return plural(days, 'jour', 'jours') + ' et ' + plural(hours % 24, 'heure', 'heures'); }
    if (hours >= 1) { return plural(hours, 'heure', 'heures') + ' et ' + plural(minutes % 60, 'minute', 'minutes'); }
    if (minutes >= 1) { return plural(minutes, 'minute', 'minutes'); }
    return plural(Math.floor(ms / 1000), 'seconde', 'secondes');
  }

  // Counts down from the server's clock, not the visitor's, which may be wrong.
  function startCountdowns() {
    var nodes = document.querySelectorAll('[data-countdown-to]');
    if (nodes.length === 0) { return; }
    var serverNow = Date.parse(document.documentElement.getAttribute('data-server-now') || '');
    var skew = isNaN(serverNow) ? 0 : serverNow - Date.now();
    function tick() {
      var now = Date.now() + skew;
      nodes.forEach(function (node) {
        var left = Date.parse(node.getAttribute('data-countdown-to')) - now;
        var prefix = node.getAttribute('data-prefix') || '';
        node.textContent = left > 0 ? prefix + remaining(left) : (node.getAttribute('data-ended') || 'Délai écoulé');
      });
    }
    tick();
    window.setInterval(tick, 1000);
  }

  function focusErrors() {
    var summary = document.querySelector('[data-autofocus]');
    if (summary) { summary.focus(); }
  }

  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    startCountdowns();
    focusErrors();
    printButtons();
    confirmations();
  });
})();
