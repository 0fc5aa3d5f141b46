(function () {
  // Size each timeline iframe before it loads: `data-heights` holds "width:height" pairs,
  // widths ascending, and the iframe takes the height of the last width it reaches, so
  // the article does not move when the chart arrives. Then fit it to the height its
  // page reports (a `timeline-embed-height` message), never shorter than that: it grows
  // only when a reader opens something in it. Every other message is ignored.
  var MAX = 200000;
  function reserved(frame) {
    var pairs = (frame.getAttribute("data-heights") || "").trim().split(/\s+/);
    var width = frame.getBoundingClientRect().width;
    var height = 0;
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split(":");
      if (pair.length === 2 && (height === 0 || Number(pair[0]) <= width)) { height = Number(pair[1]); }
    }
    return isFinite(height) ? height : 0;
  }
  function fit(frame) {
    var want = Math.max(reserved(frame), frame.timelineReported || 0);
    if (!(want > 0)) { return; }
    if (want > MAX) {
      console.warn("timeline embed: the page is " + Math.ceil(want) + " px tall; the iframe " +
        "stops at " + MAX + " px and scrolls");
      want = MAX;
    }
    frame.style.height = Math.ceil(want) + "px";
  }
  var frames = document.querySelectorAll("iframe.timeline-embed");
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (frame.timelineSized) { continue; }
    frame.timelineSized = true;
    fit(frame);
    if (typeof ResizeObserver === "function") {
      (function (f) {
        var width = f.getBoundingClientRect().width;
        new ResizeObserver(function () {
          var now = f.getBoundingClientRect().width;
          if (now !== width) { width = now; fit(f); }
        }).observe(f);
      })(frame);
    }
  }
  if (window.timelineEmbedListening) { return; }
  window.timelineEmbedListening = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "timeline-embed-height") { return; }
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) { return; }
    var all = document.querySelectorAll("iframe.timeline-embed");
    for (var k = 0; k < all.length; k++) {
      if (all[k].contentWindow === event.source) {
        all[k].timelineReported = height;
        fit(all[k]);
      }
    }
  });
})();
