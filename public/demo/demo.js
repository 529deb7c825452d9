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
    // Each step names the whole view, the day and the selection together, so the map never shows a
    // quote beside a day it was not yet said.
    var step_ = JSON.parse(step.getAttribute('data-step'));
    window.Stancemap.send(map, { method: 'asof', date: step_.asof });
    var select = { method: step_.select ? 'select' : 'clear' };
    for (var key in step_.select) if (Object.prototype.hasOwnProperty.call(step_.select, key)) select[key] = step_.select[key];
    window.Stancemap.send(map, select);
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
