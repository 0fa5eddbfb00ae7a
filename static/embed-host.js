/*! Explainer host script: sizes <iframe data-ptx-embed> to its content.
 * Speaks pym.js's message protocol, so a page may use this or pym.js's own
 * parent script. It also tells each frame the article's address (for "copy
 * link") and any #card=… in the article's address. No other effect.
 * The frame is never reloaded for this: it asks ({type: "ptx:hello"}) once it
 * listens, and gets the answer as messages. */
(function () {
  'use strict';
  var DELIM = 'xPYMx';
  var frames = [];
  var list = document.querySelectorAll('iframe[data-ptx-embed]');
  for (var i = 0; i < list.length; i++) {
    var id = list[i].getAttribute('data-ptx-embed') || 'ptx-embed-' + i;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) continue;
    list[i].setAttribute('scrolling', 'no');
    frames.push({ frame: list[i], id: id });
  }

  function find(source) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].frame.contentWindow === source) return frames[i];
    }
    return null;
  }

  function greet(entry) {
    var src = new URL(entry.frame.src, document.baseURI);
    var to = entry.frame.contentWindow;
    to.postMessage({ type: 'ptx:host', id: entry.id, parentUrl: location.href.split('#')[0] }, src.origin);
    // The frame's own #card= (a producer's choice of start card) wins.
    // The widget's id rule (story::id::is_slug): lowercase, digits, inner hyphens, at most 64.
    var wanted = /(?:^#|&)card=([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)(?:&|$)/.exec(location.hash);
    if (wanted && !/(?:^#|&)card=/.test(src.hash)) to.postMessage({ type: 'ptx:show', card: wanted[1] }, src.origin);
  }

  window.addEventListener('message', function (event) {
    var entry = find(event.source);
    if (!entry) return;
    if (event.data && event.data.type === 'ptx:hello') {
      greet(entry);
      return;
    }
    if (typeof event.data !== 'string') return;
    var parts = event.data.split(DELIM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== entry.id || parts[2] !== 'height') return;
    var height = parseInt(parts[3], 10);
    // 100000: the widget's own cap (messages::MAX_HEIGHT).
    if (height > 0 && height < 100000) entry.frame.style.height = height + 'px';
  });
  // A frame that was listening before this script arrived said hello to
  // nobody: greet every frame now too (one not yet listening ignores it).
  // Not a frame still on its initial about:blank (a lazy one not yet near):
  // a message for the widget's origin cannot reach it, and Firefox logs a
  // console error for every such attempt. That frame says hello once loaded.
  function started(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch (e) {
      return true; // another origin's document: the widget's
    }
  }
  for (var j = 0; j < frames.length; j++) {
    if (frames[j].frame.contentWindow && started(frames[j].frame)) greet(frames[j]);
  }
})();
