/*
 * Starts fetching the dataset a ?data= address names while the app's own scripts still load and
 * run (a few hundred ms on a phone), so the map's picture can follow them at once. Only a dataset
 * of this site's own origin: the app decides about any other (src/model/loadUrl.ts), and takes this
 * response only for the same address. A classic deferred script, as a strict CSP allows no inline one.
 */
(function () {
  'use strict';
  var data = new URLSearchParams(window.location.search).get('data');
  if (!data || typeof fetch !== 'function') return;
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
