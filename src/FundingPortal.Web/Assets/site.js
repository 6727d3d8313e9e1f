// Small enhancements only; every page works without JavaScript.
(function () {
  'use strict';

  var english = (document.documentElement.getAttribute('lang') || 'fr') === 'en';

  // French: 0 and 1 take the singular; English: only 1 does.
  function plural(n, one, many) { return n + ' ' + ((english ? n !== 1 : n > 1) ? many : one); }

  var words = english
    ? { over: 'over', and: ' and ', day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'] }
    : { over: 'terminé', and: ' et ', day: ['jour', 'jours'], hour: ['heure', 'heures'], minute: ['minute', 'minutes'], second: ['seconde', 'secondes'] };

  function count(n, unit) { return plural(n, words[unit][0], words[unit][1]); }

  function remaining(ms) {
    if (ms <= 0) { return words.over; }
    var minutes = Math.floor(ms / 60000), hours = Math.floor(minutes / 60), days = Math.floor(hours / 24);
    if (days >= 1) { return count(days, 'day') + words.and + count(hours % 24, 'hour'); }
    if (hours >= 1) { return count(hours, 'hour') + words.and + count(minutes % 60, 'minute'); }
    if (minutes >= 1) { return count(minutes, 'minute'); }
    return count(Math.floor(ms / 1000), 'second');
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

  // The form posts as usual; while the file travels, the page says so and the button cannot send it twice.
  function uploadProgress() {
    var status = document.querySelector('[data-upload-progress]');
    if (!status) { return; }
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function () {
        var file = form.querySelector('input[type=file]');
        if (!file || !file.files || file.files.length === 0) { return; }
        status.hidden = false;
        form.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
      });
    });
  }

  // A table wider than the screen scrolls inside its frame; keyboard users reach the frame with Tab only while it
  // actually scrolls, and hear it named after its table's caption (WCAG 2.1.1, axe's scrollable-region-focusable).
  // On a phone the table itself is the scrolling box (site.css): it keeps its table role and is named by its caption.
  function scrollRegions() {
    var regions = document.querySelectorAll('.table-scroll, main table');
    if (regions.length === 0) { return; }
    function update() {
      regions.forEach(function (region) {
        var isTable = region.tagName === 'TABLE';
        if (region.scrollWidth > region.clientWidth + 1) {
          region.tabIndex = 0;
          if (!isTable) {
            var caption = region.querySelector('caption');
            region.setAttribute('role', 'region');
            region.setAttribute('aria-label', caption ? caption.textContent.trim() : (english ? 'Table' : 'Tableau'));
          }
        } else {
          region.removeAttribute('tabindex');
          if (!isTable) {
            region.removeAttribute('role');
            region.removeAttribute('aria-label');
          }
        }
      });
    }
    update();
    window.addEventListener('resize', update);
  }

  document.addEventListener('DOMContentLoaded', function () {
    scrollRegions();
    startCountdowns();
    focusErrors();
    printButtons();
    confirmations();
    uploadProgress();
  });
})();
