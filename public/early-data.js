/*
 * Starts fetching the dataset a ?data= address names while the app's own scripts still load and
 * run (a few hundred ms on a phone), so the map's picture can follow them at once. Only a dataset
 * of this site's own origin: the app decides about any other (src/model/loadUrl.ts), and takes this
 * response only for the same address. Preloads the chunks such a map needs, so they load beside
 * the first chunk rather than after it. A classic deferred script, as a strict CSP allows no inline one.
 */
(function () {
  'use strict';
  // The build lists the chunks a ?data= map needs besides the first one (vite.config.ts).
  var script = document.currentScript;
  var data = new URLSearchParams(window.location.search).get('data');
  if (!data || typeof fetch !== 'function') return;
  // Needed at once: fetched and compiled now. Needed once the picture is up: fetched only, at low priority.
  [['data-preload', 'modulepreload'], ['data-prefetch', 'prefetch']].forEach(function (pair) {
    ((script && script.getAttribute(pair[0])) || '').split(' ').forEach(function (path) {
      if (!path) return;
      var link = document.createElement('link');
      link.rel = pair[1];
      link.href = path;
      document.head.appendChild(link);
    });
  });
  var url;
  try {
    url = new URL(data, window.location.href);
  } catch (error) {
    return;
  }
  if (url.origin !== window.location.origin) return;
  var response = fetch(url);
  // The app reports a failed fetch; until it takes the response, a rejection is not "unhandled".
  response.catch(function () {});
  window.stancemapEarlyData = { href: url.href, response: response };
})();
