// The transcript page: the player starts at the hit (data-start, also the #t= media fragment of its
// source, which not every browser honours for every format), the line being said is highlighted and
// kept in view while the audio plays, and clicking a line plays from there. Loaded as a file: the
// pages' Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var audio = document.getElementById('call-audio');
  var timeline = document.getElementById('timeline');
  if (!audio || !timeline) {
    return;
  }
  var lines = Array.prototype.slice.call(timeline.querySelectorAll('li.segment'));
  var start = parseFloat(audio.getAttribute('data-start') || '0');
  var current = null;

  function startAtTheHit() {
    if (start > 0 && Math.abs(audio.currentTime - start) > 0.25) {
      audio.currentTime = start;
    }
  }

  function lineAt(seconds) {
    var found = null;
    for (var i = 0; i < lines.length; i++) {
      if (parseFloat(lines[i].getAttribute('data-start')) <= seconds) {
        found = lines[i];
      } else {
        break;
      }
    }
    return found;
  }

  function follow() {
    var line = lineAt(audio.currentTime + 0.05);
    if (line === current) {
      return;
    }
    if (current) {
      current.classList.remove('current');
    }
    current = line;
    if (line) {
      line.classList.add('current');
      line.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  if (audio.readyState >= 1) {
    startAtTheHit();
  } else {
    audio.addEventListener('loadedmetadata', startAtTheHit, { once: true });
  }
  audio.addEventListener('timeupdate', follow);
  audio.addEventListener('seeked', follow);
  lines.forEach(function (line) {
    line.addEventListener('click', function () {
      audio.currentTime = parseFloat(line.getAttribute('data-start'));
      audio.play().catch(function () { /* the reader presses play themselves */ });
    });
  });
  var selected = timeline.querySelector('li.segment.selected');
  if (selected) {
    selected.scrollIntoView({ block: 'center' });
  }
})();
