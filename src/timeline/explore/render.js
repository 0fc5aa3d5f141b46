(function (id, spec, options, fluid) {
  // Draws a chart in the element `id` of a notebook's output with the Vega libraries
  // inlined before this script. A chart as wide as its container is drawn only once the
  // output has a width (JupyterLab lays an output out after running its scripts), then
  // drawn again when the cell's width changes, and narrowed by its axes and padding so it
  // fits without being scaled. A chart of a fixed width is drawn once.
  var el = document.getElementById(id);
  if (!el) { return; }
  if (typeof vegaEmbed !== "function") {
    el.textContent = "The chart needs the Vega libraries, which did not load.";
    return;
  }
  var result = null;
  var drawn = 0;
  var timer = null;
  function fit(round) {
    var view = result && result.view;
    var svg = el.querySelector("svg, canvas");
    if (!view || !svg) { return Promise.resolve(); }
    var room = el.clientWidth;
    var wide = parseFloat(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
    var width;
    try { width = view.signal("width"); } catch (e) { return Promise.resolve(); }
    if (!room || !isFinite(wide) || !isFinite(width) || wide <= room + 1) {
      return Promise.resolve();
    }
    view.signal("width", Math.max(120, Math.floor(width - (wide - room))));
    return view.runAsync().then(function () { return round < 3 ? fit(round + 1) : null; });
  }
  function draw() {
    var width = Math.floor(el.getBoundingClientRect().width);
    if (!width || width === drawn || (result && !fluid)) { return; }
    drawn = width;
    if (result) { result.finalize(); result = null; }
    vegaEmbed(el, spec, options).then(function (res) {
      result = res;
      el.timelineView = res.view;
      return fit(0);
    }).then(function () {
      el.setAttribute("data-rendered", "true");
    }).catch(function (err) { console.error(err); el.textContent = String(err); });
  }
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(function () { clearTimeout(timer); timer = setTimeout(draw, 60); }).observe(el);
  }
  draw();
})
