/*
 * Starts fetching the dataset a ?data= address names while the app's own scripts still load and
 * run (a few hundred ms on a phone), so the map's picture can follow them at once. Only a dataset
 * of this site's own origin: the app decides about any other (src/load/loadUrl.ts), and takes this
 * response only for the same address. Preloads the chunks such a map needs, so they load beside
 * the first chunk rather than after it.
 *
 * A classic script in the head, not async (a strict CSP allows no inline one): it runs before the
 * page's body is parsed and laid out, which on a ?data= map would otherwise come first (50-70 ms on
 * a desktop). It is small and arrives with the stylesheet, which the first paint waits for anyway.
 *
 * In the build it also starts the app: the page has no module script of its own (vite.config.ts moves
 * it here). On any other view at once, once the page is parsed; on a ?data= map, once the early
 * picture is drawn (or will not be). The app's first chunk (React and the app) takes some 50 ms to
 * compile and run on a desktop, four times that on a phone: loaded beside the dataset, it held the
 * picture back by as much.
 */
(function () {
  'use strict';
  /*
   * The prerendered page is the app's frame around the built-in dataset: keep the frame, hide that
   * dataset's content at once (styles: html[data-early]), and let the early picture
   * (src/graph/picture/earlyPicture.ts) paint the new map into it while the app loads.
   * Only in the build (which writes data-picture beside its prerendered page), and not for embeds or
   * themes, whose frame differs from the prerendered one: the app draws those itself.
   */
  function pictureFirst(params) {
    var picture = script && script.getAttribute('data-picture');
    if (!picture || params.has('embed') || params.has('theme')) return;
    document.documentElement.setAttribute('data-early', 'loading');
    // Settles once the picture is drawn or will not be; never rejects.
    return import(picture).then(
      function () {
        return window.stancemapEarlyDrawn;
      },
      function () {},
    );
  }
  /*
   * The dataset's check (src/load/checkWorker.ts), in a worker started now, so that its code loads
   * while the dataset does and the check runs as soon as the text has arrived, beside the early
   * picture. The app takes the result (src/load/loadUrl.ts), or checks on the page if this fails.
   */
  function check(href, text) {
    var path = script && script.getAttribute('data-check');
    if (!path || typeof Worker !== 'function') return undefined;
    try {
      var worker = new Worker(path, { type: 'module' });
      var checked = new Promise(function (resolve, reject) {
        worker.onmessage = function (event) {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = function (event) {
          event.preventDefault();
          worker.terminate();
          reject(new Error('the check could not run in a worker'));
        };
        text
          .then(function (body) {
            if (body === null) throw new Error('no dataset');
            worker.postMessage({ text: body, href: href });
          })
          .catch(function (error) {
            worker.terminate();
            reject(error);
          });
      });
      checked.catch(function () {});
      return checked;
    } catch (error) {
      return undefined;
    }
  }
  /** The app's entry, once the page is parsed (it takes over the prerendered page) and `after` has settled. */
  function startApp(after) {
    var entry = script && script.getAttribute('data-entry');
    if (!entry) return;
    function add(element, attributes) {
      element.crossOrigin = '';
      Object.keys(attributes).forEach(function (name) {
        element[name] = attributes[name];
      });
      document.head.appendChild(element);
    }
    if (!after) add(document.createElement('link'), { rel: 'modulepreload', fetchPriority: 'low', href: entry });
    else {
      // On a ?data= map with its picture, not preloaded: a modulepreload compiles the chunk too, which
      // is the picture's delay. Downloaded only (a prefetch) while the picture is drawn, once the
      // dataset has arrived: beside the dataset it took a phone's bandwidth from it, and after the
      // picture it added its whole download (some 80 KB) to the app's start.
      var prefetch = function () {
        add(document.createElement('link'), { rel: 'prefetch', href: entry });
      };
      window.stancemapEarlyData.text.then(prefetch, prefetch);
    }
    var parsed = new Promise(function (resolve) {
      if (document.readyState !== 'loading') resolve();
      else document.addEventListener('readystatechange', resolve, { once: true });
    });
    Promise.all([parsed, after]).then(function () {
      add(document.createElement('script'), { type: 'module', src: entry });
    });
  }
  /** Begins what a ?data= map needs; the early picture's promise, if there is to be one. */
  function begin(params) {
    var data = params.get('data');
    if (!data || typeof fetch !== 'function') return undefined;
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
      return undefined;
    }
    if (url.origin !== window.location.origin) return undefined;
    var response = fetch(url);
    // Read once, by whichever of the early picture and the app comes first; null for an HTTP error.
    var text = response.then(function (r) {
      return r.ok ? r.text() : null;
    });
    // The app reports a failed fetch; until it takes the response, a rejection is not "unhandled".
    response.catch(function () {});
    text.catch(function () {});
    window.stancemapEarlyData = { href: url.href, origin: data, response: response, text: text, checked: check(url.href, text) };
    return pictureFirst(params);
  }
  // The build lists the chunks a ?data= map needs besides the first one, and the app's entry (vite.config.ts).
  var script = document.currentScript;
  var pictured;
  try {
    pictured = begin(new URLSearchParams(window.location.search));
  } finally {
    // Whatever went wrong above, the app starts: it loads and reports the dataset itself.
    startApp(pictured);
  }
})();
