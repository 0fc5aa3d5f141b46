/* The live preview: on each change the server announces, fetch the state and redraw. */
(function () {
  "use strict";
  var applied = -1;
  var drawn = -1;
  var chart = document.getElementById("preview-chart");
  var header = document.getElementById("preview-header");
  var problems = document.getElementById("preview-problems");
  var heading = document.getElementById("preview-heading");
  var list = document.getElementById("preview-list");
  var warnings = document.getElementById("preview-warnings");
  var warningList = document.getElementById("preview-warning-list");
  var link = document.getElementById("preview-link");

  function fill(ul, items) {
    while (ul.firstChild) { ul.removeChild(ul.firstChild); }
    items.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      ul.appendChild(li);
    });
  }

  /* Scripts set through innerHTML do not run: put a fresh copy of each in its place. */
  function runScripts(root) {
    Array.prototype.slice.call(root.querySelectorAll("script")).forEach(function (old) {
      var type = old.getAttribute("type");
      if (type && type !== "text/javascript" && type !== "module") { return; }
      var fresh = document.createElement("script");
      fresh.text = old.text;
      old.parentNode.replaceChild(fresh, old);
    });
  }

  function apply(state) {
    if (state.version <= applied) { return; }
    applied = state.version;
    if (state.good !== drawn && state.good > 0) {
      header.innerHTML = state.header;
      chart.innerHTML = state.chart;
      runScripts(chart);
      drawn = state.good;
    }
    heading.textContent = state.heading;
    fill(list, state.problems);
    problems.hidden = state.problems.length === 0;
    problems.classList.toggle("preview-nochart", drawn < 0);
    fill(warningList, state.warnings.map(function (w) { return "warning: " + w; }));
    warnings.hidden = state.warnings.length === 0;
    document.body.setAttribute("data-version", String(state.version));
    document.body.setAttribute("data-good", String(drawn));
  }

  function load() {
    fetch("/state", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(apply)
      .catch(function () { link.textContent = "(the preview has stopped)"; });
  }

  var events = new EventSource("/events");
  events.onmessage = function (e) {
    link.textContent = "";
    var version = JSON.parse(e.data).version;
    if (version > applied) { load(); }
  };
  events.onerror = function () { link.textContent = "(waiting for the preview server)"; };
  load();
})();
