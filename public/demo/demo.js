// Scrollytelling for the demo article: the paragraph crossing the middle of the screen drives the map.
(function () {
  'use strict';
  var map = document.getElementById('map');
  var log = document.getElementById('reader-events');
  var current = null;

  function activate(step) {
    if (step === current) return;
    current = step;
    document.querySelectorAll('.step').forEach(function (s) { s.classList.toggle('is-active', s === step); });
    var command = JSON.parse(step.getAttribute('data-step'));
    // A date step keeps the map clear of selections; the other steps show every date.
    if (command.method !== 'asof') window.Stancemap.send(map, { method: 'asof', date: null });
    window.Stancemap.send(map, command);
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) activate(entry.target); });
  }, { rootMargin: '-45% 0px -45% 0px' });
  document.querySelectorAll('.step').forEach(function (step) { observer.observe(step); });

  // Selections the reader makes in the map arrive as DOM events on the map's holder.
  map.addEventListener('stancemap:selected', function (event) {
    var selection = event.detail;
    var item = document.createElement('li');
    item.textContent = selection ? JSON.stringify(selection) : 'cleared';
    log.appendChild(item);
  });
})();
