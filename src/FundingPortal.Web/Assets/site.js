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

  var countdownTimer;

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
    window.clearInterval(countdownTimer);
    countdownTimer = window.setInterval(tick, 1000);
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

  // Without JavaScript the form posts as usual. With it, the file is checked first (size, PDF), then sent with
  // XMLHttpRequest so the page can show how much has left (a <progress> bar and a live "42 %"), and the server's answer
  // (the page with its success message, or with the server's error next to the field) replaces the page as a post would.
  function uploadProgress() {
    var status = document.querySelector('[data-upload-progress]');
    if (!status || !window.FormData || !window.DOMParser) { return; }
    var bar = status.querySelector('progress');
    var percent = status.querySelector('[data-upload-percent]');
    var maxBytes = parseInt(status.getAttribute('data-max-bytes'), 10);
    function show(value) {
      bar.value = value;
      percent.textContent = status.getAttribute('data-percent').replace('{0}', String(value));
    }
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var input = form.querySelector('input[type=file]');
        if (!input || !input.files || input.files.length === 0) { return; }
        event.preventDefault();
        clearFileError(input);
        var file = input.files[0];
        var problem = file.size > maxBytes ? 'data-too-large' : (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) ? null : 'data-wrong-type';
        if (problem) {
          showFileError(input, status.getAttribute('data-error-prefix'), status.getAttribute(problem));
          return;
        }
        var buttons = form.querySelectorAll('button[type=submit]');
        function enable(on) { buttons.forEach(function (button) { button.disabled = !on; }); }
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable) { show(Math.min(99, Math.floor(e.loaded * 100 / e.total))); }
        });
        xhr.addEventListener('load', function () {
          if (xhr.status === 200 && xhr.responseText) {
            show(100);
            replacePage(xhr);
            return;
          }
          failed();
        });
        xhr.addEventListener('error', failed);
        xhr.addEventListener('abort', failed);
        function failed() {
          enable(true);
          status.hidden = true;
          showFileError(input, status.getAttribute('data-error-prefix'), status.getAttribute('data-failed'));
        }
        status.hidden = false;
        show(0);
        enable(false);
        xhr.send(new FormData(form));
      });
    });
  }

  // A new attempt clears the message of the last one, the browser's or the server's.
  function clearFileError(input) {
    input.parentNode.querySelectorAll('.field-error').forEach(function (shown) { shown.remove(); });
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }

  function showFileError(input, prefix, message) {
    var error = document.createElement('p');
    error.className = 'field-error';
    error.id = input.id + '-client-error';
    var hidden = document.createElement('span');
    hidden.className = 'sr-only';
    hidden.textContent = prefix;
    error.appendChild(hidden);
    error.appendChild(document.createTextNode(message));
    input.insertAdjacentElement('afterend', error);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
    input.focus();
  }

  // The server's answer shown as a post would show it: its page, its address after a redirect, the focus on its message.
  function replacePage(xhr) {
    var answer = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    document.title = answer.title;
    document.body.replaceWith(document.adoptNode(answer.body));
    if (xhr.responseURL && xhr.responseURL.indexOf('handler=') < 0) { window.history.replaceState(null, '', xhr.responseURL); }
    enhance();
    var message = document.querySelector('[data-autofocus]') || document.querySelector('main .notice-success');
    if (message) {
      if (!message.hasAttribute('tabindex')) { message.setAttribute('tabindex', '-1'); }
      message.focus();
    }
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
    window.onresize = update;
  }

  function enhance() {
    scrollRegions();
    startCountdowns();
    focusErrors();
    printButtons();
    confirmations();
    uploadProgress();
  }

  document.addEventListener('DOMContentLoaded', enhance);
})();
