/*
 * Stancemap embed script. Paste into an article:
 *   <div data-stancemap-src="https://example.org/stancemap/?embed=1&actor=china"></div>
 *   <script src="https://example.org/stancemap/embed.js" async></script>
 * Each div becomes an iframe that takes the height its content reports. Messages are accepted only
 * from the script's own iframes. Stancemap.send(divOrIframe, { method: 'select', actor: 'china' })
 * drives a map from the page; a reader's selection arrives as a 'stancemap:selected' DOM event.
 * A frame is never taller than 1.5 times the page's window (beyond that, it scrolls inside, its
 * credit line kept in view): maxheight=900 in the map's address (or data-stancemap-maxheight) sets
 * pixels instead, maxheight=2x another multiple of the window's height.
 */
(function () {
  'use strict';
  if (window.Stancemap && window.Stancemap.scan) return window.Stancemap.scan();
  var frames = [];
  var DEFAULT_MAX = { times: 1.5 };

  // "900" or "900px": pixels; "2x": times the window's height. Anything else: the default.
  function readMax(value) {
    var match = /^\s*(\d+(?:\.\d+)?)\s*(px|x)?\s*$/i.exec(value || '');
    if (!match || !(parseFloat(match[1]) > 0)) return DEFAULT_MAX;
    return match[2] && match[2].toLowerCase() === 'x' ? { times: parseFloat(match[1]) } : { px: parseFloat(match[1]) };
  }

  function maxOf(holder, src) {
    var given = holder.getAttribute('data-stancemap-maxheight');
    if (!given) {
      try {
        given = new URL(src, window.location.href).searchParams.get('maxheight');
      } catch (error) {
        given = null;
      }
    }
    return readMax(given);
  }

  function fit(frame) {
    if (!frame.reported) return;
    var max = frame.max.px || frame.max.times * (window.innerHeight || document.documentElement.clientHeight);
    frame.iframe.style.height = Math.max(100, Math.min(frame.reported, Math.round(max), 10000)) + 'px';
  }

  function mount(holder) {
    if (holder.stancemapFrame) return;
    var iframe = document.createElement('iframe');
    iframe.src = holder.getAttribute('data-stancemap-src');
    iframe.title = holder.getAttribute('data-stancemap-title') || 'Stancemap: map of diplomatic positions';
    iframe.setAttribute('loading', holder.getAttribute('data-stancemap-loading') || 'lazy');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (parseInt(holder.getAttribute('data-stancemap-height'), 10) || 640) + 'px';
    holder.appendChild(iframe);
    holder.stancemapFrame = iframe;
    frames.push({ holder: holder, iframe: iframe, max: maxOf(holder, iframe.src), reported: 0 });
  }

  function scan() {
    var holders = document.querySelectorAll('[data-stancemap-src]');
    for (var i = 0; i < holders.length; i++) mount(holders[i]);
  }

  function find(source) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sender !== 'stancemap') return;
    // Only messages from an iframe this script made count; anything else on the page is ignored.
    var frame = find(event.source);
    if (!frame) return;
    if (data.method === 'resize' && typeof data.height === 'number' && isFinite(data.height)) {
      frame.reported = Math.round(data.height);
      fit(frame);
    } else if (data.method === 'selected') {
      frame.holder.dispatchEvent(new CustomEvent('stancemap:selected', { bubbles: true, detail: data.selection || null }));
    }
  });

  function send(target, message) {
    var iframe = target && target.tagName === 'IFRAME' ? target : target && target.stancemapFrame;
    if (!iframe || !iframe.contentWindow) return;
    var command = {};
    for (var key in message) if (Object.prototype.hasOwnProperty.call(message, key)) command[key] = message[key];
    command.sender = 'stancemap';
    iframe.contentWindow.postMessage(command, '*');
  }

  // A window's height changes (a phone turned, the address bar hidden): the bound follows it.
  window.addEventListener('resize', function () {
    for (var i = 0; i < frames.length; i++) fit(frames[i]);
  });

  window.Stancemap = { scan: scan, send: send };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
})();
