// The collector's desk: the Call button (POST /api/calls) and the call's live progress
// (GET /api/calls/{callId}, polled once a second until it ends). Loaded as a file: the pages'
// Content-Security-Policy allows no inline script. A new call is offered in the promise and
// dispute forms' "Call" lists, so what the collector logs is linked to it.
(function () {
  'use strict';
  var POLL_MS = 1000;
  var PHASES = [
    ['ringing-collector', 'Your phone'],
    ['ringing', 'Ringing'],
    ['answered', 'Answered'],
    ['bridged', 'Connected'],
    ['ended', 'Ended']
  ];
  var WORDS = {
    'dialling': 'Dialling…',
    'ringing': 'Ringing…',
    'answered': 'The customer answered.',
    'bridged': 'Connected: you are talking with the customer.',
    'ended': 'The call has ended.'
  };

  function csrf() {
    var field = document.getElementById('call-csrf') || document.querySelector('input[name=_csrf]');
    return field ? field.value : '';
  }

  function show(status, text, kind) {
    status.className = 'call-status' + (kind ? ' ' + kind : '');
    status.textContent = '';
    var line = document.createElement('div');
    line.id = 'call-phase-text';
    line.textContent = text;
    status.appendChild(line);
  }

  function phases(status, reached) {
    var list = document.createElement('ol');
    list.className = 'phases';
    var index = PHASES.findIndex(function (p) { return p[0] === reached; });
    PHASES.forEach(function (phase, i) {
      var item = document.createElement('li');
      item.textContent = phase[1];
      item.setAttribute('data-phase', phase[0]);
      if (i <= index) {
        item.className = 'reached';
      }
      list.appendChild(item);
    });
    status.appendChild(list);
  }

  function offerCall(callId) {
    document.querySelectorAll('select.call-link').forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value === '') {
          option.remove();
        }
      });
      var option = document.createElement('option');
      option.value = callId;
      option.textContent = 'This call (just placed)';
      select.insertBefore(option, select.firstChild);
      select.value = callId;
    });
  }

  function when(iso) {
    var at = new Date(iso);
    return isNaN(at.getTime()) ? iso : at.toLocaleString();
  }

  function follow(button, status, callId) {
    fetch('/api/calls/' + encodeURIComponent(callId), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.json().then(function (body) { return {status: response.status, body: body}; });
      })
      .then(function (answer) {
        if (answer.status !== 200) {
          show(status, 'The call can no longer be followed: ' + (answer.body.error || answer.status), 'failed');
          button.disabled = false;
          return;
        }
        var phase = answer.body.phase;
        var text = WORDS[phase] || phase;
        if (phase === 'ended') {
          var leg = answer.body.collectorLeg;
          if (leg && leg !== 'ANSWERED') {
            text += ' Your phone was not answered (' + leg.toLowerCase().replace(/_/g, ' ') + ').';
          } else if (answer.body.hangupCauseText) {
            text += ' (' + answer.body.hangupCauseText + ')';
          }
        }
        show(status, text, phase === 'ended' ? 'ended' : '');
        status.setAttribute('data-phase', phase);
        phases(status, phase === 'dialling' ? 'ringing-collector' : phase);
        if (phase === 'ended') {
          button.disabled = false;
          return;
        }
        window.setTimeout(function () { follow(button, status, callId); }, POLL_MS);
      })
      .catch(function () {
        window.setTimeout(function () { follow(button, status, callId); }, POLL_MS * 2);
      });
  }

  function place(button, status) {
    button.disabled = true;
    show(status, 'Asking the compliance gate…', '');
    fetch('/api/calls', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf()},
      body: JSON.stringify({accountId: Number(button.getAttribute('data-account-id'))})
    }).then(function (response) {
      return response.json().then(function (body) { return {status: response.status, body: body}; });
    }).then(function (answer) {
      if (answer.status === 202 && answer.body.callId) {
        status.setAttribute('data-call-id', answer.body.callId);
        status.setAttribute('data-phase', 'ringing-collector');
        show(status, 'Your phone is ringing: pick up to be connected.', '');
        phases(status, 'ringing-collector');
        offerCall(answer.body.callId);
        window.setTimeout(function () { follow(button, status, answer.body.callId); }, POLL_MS);
        return;
      }
      if (answer.status === 409 && answer.body.allowed === false) {
        var text = 'Not placed: ' + (answer.body.description || answer.body.reason);
        if (answer.body.nextAllowedAt) {
          text += ' It may next be called ' + when(answer.body.nextAllowedAt) + '.';
        }
        show(status, text, 'denied');
        status.setAttribute('data-phase', 'denied');
      } else {
        show(status, 'Not placed: ' + (answer.body.error || ('the server answered ' + answer.status)), 'failed');
        status.setAttribute('data-phase', 'failed');
      }
      button.disabled = false;
    }).catch(function () {
      show(status, 'Not placed: the server could not be reached.', 'failed');
      button.disabled = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('call-button');
    var status = document.getElementById('call-status');
    if (button && status) {
      button.addEventListener('click', function () { place(button, status); });
    }
  });
})();
