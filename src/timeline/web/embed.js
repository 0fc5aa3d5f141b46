(function () {
  // Tell the page around the iframe how tall this page's content is, so it can fit the
  // iframe to it: only what a reader opens (the text version, a card) makes it taller.
  if (window.parent === window) { return; }
  var last = 0;
  function report() {
    var height = Math.ceil(document.body.scrollHeight);
    if (height === last) { return; }
    last = height;
    window.parent.postMessage({ type: "timeline-embed-height", height: height }, "*");
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  document.addEventListener("toggle", report, true);
  if (typeof ResizeObserver === "function") { new ResizeObserver(report).observe(document.body); }
  report();
})();
