(function () {
  // Tell the page around the iframe how tall this page is, so it can fit it.
  if (window.parent === window) { return; }
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) { return; }
    last = height;
    window.parent.postMessage({ type: "timeline-embed-height", height: height }, "*");
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (typeof ResizeObserver === "function") { new ResizeObserver(report).observe(document.body); }
  report();
})();
