/*! Explainer host script: sizes <iframe data-ptx-embed> to its content.
 * Speaks pym.js's message protocol, so a page may use this or pym.js's own
 * parent script. It also passes the article's address (for "copy link") and
 * any #card=… in the article's address into the frame. No other effect. */
(function () {
  'use strict';
  var DELIM = 'xPYMx';
  var frames = {};
  var list = document.querySelectorAll('iframe[data-ptx-embed]');
  for (var i = 0; i < list.length; i++) {
    var frame = list[i];
    var id = frame.getAttribute('data-ptx-embed') || 'ptx-embed-' + i;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) continue;
    var src = new URL(frame.getAttribute('src'), document.baseURI);
    src.searchParams.set('childId', id);
    src.searchParams.set('parentUrl', location.href.split('#')[0]);
    var wanted = /(?:^#|&)card=([a-z0-9-]{1,64})(?:&|$)/.exec(location.hash);
    if (wanted && !/(?:^#|&)card=/.test(src.hash)) src.hash = 'card=' + wanted[1];
    // Swap in a fresh iframe rather than changing src: a (lazy) iframe that
    // already started loading may ignore the new address.
    var fresh = frame.cloneNode(false);
    fresh.setAttribute('scrolling', 'no');
    fresh.setAttribute('src', src.href);
    frame.replaceWith(fresh);
    frames[id] = fresh;
  }
  window.addEventListener('message', function (event) {
    if (typeof event.data !== 'string') return;
    var parts = event.data.split(DELIM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return;
    var frame = Object.prototype.hasOwnProperty.call(frames, parts[1]) ? frames[parts[1]] : null;
    if (!frame || event.source !== frame.contentWindow) return;
    var height = parseInt(parts[3], 10);
    if (height > 0 && height < 100000) frame.style.height = height + 'px';
  });
})();
