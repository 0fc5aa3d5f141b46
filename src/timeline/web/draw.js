(function (id) {
  // Draws the chart in the element `id` from the JSON in the scripts `id + "-spec"` and,
  // for a large chart, `id + "-detail"`: the page calls this function with the id.
  // Without a page (node, in the tests) it returns the rules it shares with the Python.
  if (typeof document === "undefined") { return { inPeriod: inPeriod }; }
  var el = document.getElementById(id);
  if (typeof vegaEmbed !== "function") {
    el.textContent = "The interactive chart needs the Vega libraries on this page.";
    return;
  }
  // A large chart's JSON is stored gzip-compressed and base64-encoded; the browser
  // inflates it with its own DecompressionStream, fetching nothing.
  function read(node) {
    if (!node) { return Promise.resolve(null); }
    if (node.getAttribute("data-encoding") !== "gzip+base64") {
      return Promise.resolve(JSON.parse(node.textContent));
    }
    var bin = atob(node.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  // Data sets the variants share are stored once: give each variant its full copy.
  function unshare(data) {
    var shared = data.shared || {};
    data.variants.forEach(function (v) {
      var own = v.own || {};
      v.spec.datasets = v.spec.datasets || {};
      Object.keys(shared).forEach(function (name) {
        var mine = own[name];
        v.spec.datasets[name] = shared[name].map(function (rec, i) {
          return mine ? Object.assign({}, rec, mine[i]) : rec;
        });
      });
    });
    return data;
  }
  read(document.getElementById(id + "-spec")).then(function (data) {
    start(unshare(data));
  }).catch(function (err) { console.error(err); el.textContent = String(err); });

  function start(data) {
  var variants = data.variants;
  var current = null;
  var result = null;
  var timer = null;
  var detail = data.detail ? zoomDetail(data.detail) : null;
  function choose() {
    var width = el.getBoundingClientRect().width || window.innerWidth;
    var chosen = variants[0];
    for (var i = 0; i < variants.length; i++) {
      if (width >= variants[i].minWidth) { chosen = variants[i]; }
    }
    return chosen;
  }
  // A view as wide as its container is wider than it by its axes and padding: take the
  // difference off the view's width, so the chart fits without being scaled down.
  function fit(round) {
    var view = result && result.view;
    var svg = el.querySelector("svg");
    if (!current.fluid || !view || !svg) { return Promise.resolve(); }
    var room = el.clientWidth;
    var drawn = parseFloat(svg.getAttribute("width"));
    var width = view.signal("width");
    if (!room || !isFinite(drawn) || !isFinite(width) || Math.abs(drawn - room) < 1) {
      return Promise.resolve();
    }
    view.signal("width", Math.max(120, Math.floor(width - (drawn - room))));
    return view.runAsync().then(function () {
      return (round || 0) < 3 ? fit((round || 0) + 1) : null;
    });
  }
  function draw() {
    var next = choose();
    if (next === current) { return fit(); }
    current = next;
    if (result) { result.finalize(); result = null; }
    el.removeAttribute("data-rendered");
    el.setAttribute("data-variant", next.name);
    return vegaEmbed(el, next.spec, data.options).then(function (res) {
      if (current !== next) { res.finalize(); return; }
      result = res;
      el.timelineView = res.view;
      if (detail) { detail.watch(res.view); }
      return fit().then(function () { el.setAttribute("data-rendered", "true"); });
    }).catch(function (err) { console.error(err); el.textContent = String(err); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(draw, 60); }
  draw();
  if (typeof ResizeObserver === "function") { new ResizeObserver(later).observe(el); }
  window.addEventListener("resize", later);
  }

  // The events in a period: an event is in the period [first, last] (instants in
  // milliseconds) when its anchor day's first instant is. `anchor` holds the anchor days
  // (days since 1970-01-01) in ascending order; the result is the half-open range of
  // their positions, [from, to). tests/test_web.py checks this against the calendar
  // periods of timeline.density.
  function inPeriod(anchor, span) {
    var day = 86400000;
    return [bound(anchor, Math.ceil(span[0] / day), false),
            bound(anchor, Math.floor(span[1] / day), true)];
  }
  function bound(list, value, upper) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (upper ? list[mid] <= value : list[mid] < value) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  // Zoomed in on a large chart: once the period in view holds at most `limit` of the
  // events drawn as counts, put those events in the chart's detail data set.
  function zoomDetail(cfg) {
    var rows = null;
    var timer = null;
    function load() {
      if (!rows) {
        rows = read(document.getElementById(id + "-detail"));
      }
      return rows;
    }
    function period(view) {
      for (var i = 0; i < cfg.signals.length; i++) {
        var value = null;
        try { value = view.signal(cfg.signals[i]); } catch (e) { value = null; }
        var range = value && value[cfg.field];
        if (range && range.length === 2) {
          var a = +range[0], b = +range[1];
          return [Math.min(a, b), Math.max(a, b)];
        }
      }
      return null;
    }
    var shown = "";
    function update(view) {
      var span = period(view);
      var key = span ? span.join(",") : "";
      if (key === shown) { return Promise.resolve(); }
      shown = key;
      return load().then(function (d) {
        var day = 86400000, out = [];
        var on = false;
        if (span) {
          var range = inPeriod(d.anchor, span), first = range[0], last = range[1];
          if (last - first <= cfg.limit) {
            on = true;
            for (var k = first; k < last; k++) {
              var source = d.source[k];
              out.push({
                id: d.id[k], lane: d.lanes[d.lane[k]], lane_label: d.labels[d.lane[k]],
                s0: d.s0[k] * day, s1: d.s1[k] * day, slot: d.slot[k], title: d.title[k],
                date: d.date[k], resolved: d.resolved[k], actor: d.actor[k],
                source: source, href: d.link[k] ? source : ""
              });
            }
          }
        }
        el.setAttribute("data-detail-period", key);
        el.setAttribute("data-detail", String(out.length));
        return view.data(cfg.dataset, out).signal(cfg.flag, on).runAsync();
      });
    }
    return {
      watch: function (view) {
        shown = "";
        function later() {
          clearTimeout(timer);
          timer = setTimeout(function () {
            if (el.timelineView === view) { update(view); }
          }, 120);
        }
        cfg.signals.forEach(function (name) {
          try { view.addSignalListener(name, later); } catch (e) { /* not in this form */ }
        });
      }
    };
  }
})
