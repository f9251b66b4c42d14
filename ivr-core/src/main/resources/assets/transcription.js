// Refreshes the transcription page's numbers every few seconds from GET /api/transcription/summary
// (same session cookie); the running and parked lists change on a reload.
(function () {
  'use strict';
  var PERIOD_MS = 5000;

  function refresh() {
    fetch('/api/transcription/summary', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (summary) {
        if (!summary) {
          return;
        }
        var done = summary.counts.DONE || 0;
        var bar = document.getElementById('queue-progress');
        if (bar) {
          bar.value = summary.donePercent;
          bar.textContent = summary.donePercent + '%';
        }
        var text = document.getElementById('queue-done');
        if (text) {
          text.textContent = done + ' of ' + summary.total + ' jobs done (' + summary.donePercent + '%)';
        }
        Object.keys(summary.counts).forEach(function (status) {
          var cell = document.querySelector('[data-count-of="' + status + '"]');
          if (cell) {
            cell.textContent = summary.counts[status];
          }
        });
        var node = document.getElementById('node-state');
        if (node && summary.node) {
          node.textContent = 'This node: ' + summary.node.state + ' (' + summary.node.message + ')';
        }
      })
      .catch(function () { /* the next poll tries again */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    window.setInterval(refresh, PERIOD_MS);
  });
}());
