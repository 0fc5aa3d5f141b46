(function () {
  // Fit each timeline iframe to the height its page reports; ignore every other message.
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "timeline-embed-height") { return; }
    var height = Number(data.height);
    if (!isFinite(height) || height < 100 || height > 20000) { return; }
    var frames = document.querySelectorAll("iframe.timeline-embed");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
      }
    }
  });
})();
