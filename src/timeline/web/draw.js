(function (id) {
  // Draws the chart of this fragment from the JSON in its scripts `id + "-spec"` and, for
  // a large chart, `id + "-detail"`: the page calls this function with the id. Without a
  // page (node, in the tests) it returns the rules it shares with the Python.
  if (typeof document === "undefined") { return { inPeriod: inPeriod, nextWidth: nextWidth }; }
  // This fragment's elements are the ones just before this script: a fragment pasted
  // twice finds its own, and the second copy takes ids of its own (`id-2`, ...).
  var me = document.currentScript;
  function mine(selector) {
    for (var n = me && me.previousElementSibling; n; n = n.previousElementSibling) {
      if (n.matches(selector)) { return n; }
      var inner = n.querySelector(selector);
      if (inner) { return inner; }
    }
    return document.querySelector(selector);
  }
  var el = mine('.timeline-chart[id="' + id + '"]') || document.getElementById(id);
  var specNode = mine('script[id="' + id + '-spec"]');
  var detailNode = mine('script[id="' + id + '-detail"]');
  var tools = mine(".timeline-tools");
  var card = mine(".timeline-card");
  if (document.getElementById(id) !== el) { id = ownIds(id); }
  function ownIds(old) {
    var n = 2;
    while (document.getElementById(old + "-" + n)) { n++; }
    var fresh = old + "-" + n;
    el.id = fresh;
    if (specNode) { specNode.id = fresh + "-spec"; }
    if (detailNode) { detailNode.id = fresh + "-detail"; }
    var figure = el.closest("figure");
    var finding = figure && figure.querySelector('[id="' + old + '-finding"]');
    if (finding) {
      finding.id = fresh + "-finding";
      figure.setAttribute("aria-describedby", fresh + "-finding");
    }
    return fresh;
  }
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
  read(specNode).then(function (data) {
    start(unshare(data));
  }).catch(function (err) { console.error(err); el.textContent = String(err); });

  function start(data) {
  var variants = data.variants;
  var current = null;
  var result = null;
  var timer = null;
  var detail = data.detail ? zoomDetail(data.detail) : null;
  var controls = interact(data.events || []);
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
  function fit() {
    var view = result && result.view;
    if (!current.fluid || !view) { return Promise.resolve(); }
    var known = { fits: -Infinity, over: Infinity, last: null, final: null };
    function step(round) {
      var svg = el.querySelector("svg");
      var room = el.clientWidth;
      var drawn = svg ? parseFloat(svg.getAttribute("width")) : NaN;
      var width = view.signal("width");
      if (!room || !isFinite(drawn) || !isFinite(width)) { return Promise.resolve(); }
      var next = nextWidth(known, width, drawn, room);
      if (next !== null && round >= 16) {
        // out of rounds: the widest width seen to fit, if this one does not
        next = drawn - room >= 1 && isFinite(known.fits) ? known.fits : null;
        if (next === null) { return Promise.resolve(); }
        view.signal("width", next);
        return view.runAsync();
      }
      if (next === null) { return Promise.resolve(); }
      view.signal("width", next);
      return view.runAsync().then(function () { return step(round + 1); });
    }
    return step(0);
  }
  function draw() {
    var next = choose();
    if (next === current) { return fit(); }
    current = next;
    if (result) { result.finalize(); result = null; }
    el.removeAttribute("data-rendered");
    el.setAttribute("data-variant", next.name);
    var options = Object.assign({}, data.options, { patch: patch });
    return vegaEmbed(el, next.spec, options).then(function (res) {
      if (current !== next) { res.finalize(); return; }
      result = res;
      el.timelineView = res.view;
      if (detail) { detail.watch(res.view); }
      controls.watch(res.view);
      return fit().then(function () { el.setAttribute("data-rendered", "true"); });
    }).catch(function (err) { console.error(err); el.textContent = String(err); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(draw, 60); }
  draw();
  if (typeof ResizeObserver === "function") { new ResizeObserver(later).observe(el); }
  window.addEventListener("resize", later);
  }

  // The view width to draw next so that the chart (the view plus its axes, padding and
  // any label reaching past the plot's edge) fills `room` without running over it; null
  // when it does. What is drawn grows with the width but not in step: a label that reaches
  // past the edge at one width stays inside at another. So `known` keeps the widest width
  // seen to fit and the narrowest seen to run over, and a guess outside them halves the
  // gap between them instead, which ends however the drawn width moves.
  function nextWidth(known, width, drawn, room) {
    var last = known.last;
    known.last = { width: width, drawn: drawn };
    if (known.final === width) { return null; }
    if (drawn - room >= 1) {
      if (last && last.width > width && last.drawn - drawn < 1) {
        // a narrower plot drew nothing narrower: what runs over is not the plot (a
        // legend wider than the room), so the wider plot stays
        known.final = last.width;
        return last.width;
      }
      known.over = Math.min(known.over, width);
    } else {
      known.fits = Math.max(known.fits, width);
      if (room - drawn < 1) { return null; }
    }
    var next = Math.floor(width - (drawn - room));
    if (next >= known.over || next <= known.fits) {
      next = Math.floor((known.fits + known.over) / 2);
    }
    next = Math.max(120, next);
    return next === width ? null : next;
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
        rows = read(detailNode);
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

  // Vega's compiled spec, adjusted so every element a screen reader meets has a name:
  // the brush is decoration, and a layer that may be empty says what it would hold. A
  // width that follows the container is set by `fit` alone: Vega's own reset to the
  // container's width on every window resize (an iframe made taller, too) would draw the
  // chart too wide for a moment, and the page fitted to that would resize it again.
  function patch(vg) {
    (vg.signals || []).forEach(function (s) {
      if (s.name === "width" && s.on) {
        s.on = s.on.filter(function (h) { return h.events !== "window:resize"; });
      }
    });
    (function walk(marks) {
      (marks || []).forEach(function (m) {
        var name = m.name || "";
        if (/^brush_brush(_bg)?$/.test(name)) { m.aria = false; }
        if (/^event_bars_approximate_/.test(name)) { m.description = "Events with approximate dates"; }
        if (/^detail_/.test(name)) { m.description = "The events of the period in view"; }
        walk(m.marks);
      });
    })(vg.marks);
    return vg;
  }

  // The reader's ways in besides the mouse: zoom buttons and a pinch; lane checkboxes that
  // agree with the legend; the keyboard through the events in date order (`events`, from
  // the page); and a card with the details of the event tapped, clicked or focused.
  function interact(events) {
    var view = null, byId = {}, marks = {}, pinch = null, touches = {}, laneTemplate = null;
    var order = events.map(function (e) { return e.id; });
    var current = order.length ? order[0] : null;
    events.forEach(function (e) { byId[e.id] = e; });
    var stage = el.parentNode;
    var boxes = tools ? tools.querySelectorAll(".timeline-lanes input[type=checkbox]") : [];

    function timeScale() {
      var names = ["main_x", "main_y"];
      for (var i = 0; i < names.length; i++) {
        try {
          var type = view.scale(names[i]).type;
          if (type === "utc" || type === "time") { return names[i]; }
        } catch (e) { /* not in this form */ }
      }
      return null;
    }
    function zoomTo(span) {
      view.signal("zoom_s0", span);
      return view.runAsync();
    }
    function zoom(how) {
      var name = view && timeScale();
      if (!name) { return; }
      if (how === "reset") {
        var band = el.querySelector(".ov_band_1_marks path");
        if (band) { band.dispatchEvent(new MouseEvent("dblclick", { bubbles: true })); }
        zoomTo(null);
        return;
      }
      var d = view.scale(name).domain().map(Number);
      var mid = (d[0] + d[1]) / 2, half = (d[1] - d[0]) / 2 * (how === "in" ? 0.5 : 2);
      zoomTo([mid - half, mid + half]);
    }
    if (tools) {
      tools.addEventListener("click", function (e) {
        var button = e.target.closest("button[data-zoom]");
        if (button) { zoom(button.getAttribute("data-zoom")); }
      });
    }
    // A pinch with two fingers zooms time; one finger scrolls the page (touch-action).
    el.addEventListener("pointerdown", function (e) {
      if (e.pointerType === "touch") { touches[e.pointerId] = [e.clientX, e.clientY]; pinch = null; }
    }, true);
    el.addEventListener("pointermove", function (e) {
      if (!(e.pointerId in touches) || !view) { return; }
      touches[e.pointerId] = [e.clientX, e.clientY];
      var ids = Object.keys(touches), name = timeScale();
      if (ids.length !== 2 || !name) { return; }
      var a = touches[ids[0]], b = touches[ids[1]], axis = name === "main_y" ? 1 : 0;
      var dist = Math.max(8, Math.abs(a[axis] - b[axis]));
      if (!pinch) { pinch = { dist: dist, domain: view.scale(name).domain().map(Number) }; return; }
      var d = pinch.domain, mid = (d[0] + d[1]) / 2, half = (d[1] - d[0]) / 2 * pinch.dist / dist;
      zoomTo([mid - half, mid + half]);
    }, true);
    ["pointerup", "pointercancel"].forEach(function (type) {
      el.addEventListener(type, function (e) { delete touches[e.pointerId]; pinch = null; }, true);
    });

    // Lanes: the checkboxes set the chart's lane selection, and follow the legend's.
    function setLanes() {
      if (!view || !laneTemplate) { return; }
      var shown = [];
      for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { shown.push(boxes[i].value); } }
      // none shown is a value no lane has: an empty selection would mean every lane
      var values = shown.length ? shown : [""];
      view.data("lanes_store", values.map(function (v) {
        return { unit: laneTemplate.unit, fields: laneTemplate.fields, values: [v] };
      }));
      view.runAsync();
    }
    function syncLanes(tuples) {
      var shown = tuples.map(function (t) { return t.values[0]; });
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = !tuples.length || shown.indexOf(boxes[i].value) >= 0;
      }
    }
    for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener("change", setLanes); }

    // The details card.
    function info(id, datum) {
      if (byId[id]) { return byId[id]; }
      var d = datum || {}, tip = d.tip || {};
      return {
        title: tip.title || d.title || "", lane: tip.Lane || d.lane_label || "",
        date: d.date || "", resolved: tip.Resolved || d.resolved || "",
        actor: tip.Who || d.actor || "", quote: d.quote || "", source: d.source || "",
        href: d.href || ""
      };
    }
    function line(text, cls) {
      var p = document.createElement("p");
      if (cls) { p.className = cls; }
      p.textContent = text;
      card.appendChild(p);
      return p;
    }
    function show(id, datum, anchor) {
      if (!card) { return; }
      var e = info(id, datum);
      card.textContent = "";
      line(e.title, "timeline-card-title");
      line(e.lane);
      line(e.date ? "In the story: " + e.date + ". Resolved: " + e.resolved + "."
        : "Date: " + e.resolved + ".");
      if (e.actor) { line("Who: " + e.actor); }
      if (e.quote) { line("“" + e.quote + "”", "timeline-card-quote"); }
      var src = line("Source: ");
      if (e.href) {
        var a = document.createElement("a");
        a.href = e.href; a.target = "_blank"; a.rel = "noopener noreferrer";
        a.textContent = e.source;
        src.appendChild(a);
      } else {
        src.appendChild(document.createTextNode(e.source));
      }
      var close = document.createElement("button");
      close.type = "button";
      close.setAttribute("aria-label", "Close the details");
      close.textContent = "×";
      close.addEventListener("click", hide);
      card.appendChild(close);
      card.hidden = false;
      card.setAttribute("data-event", id);
      var s = stage.getBoundingClientRect(), r = anchor.getBoundingClientRect();
      var top = r.bottom - s.top + 8, h = card.offsetHeight;
      if (top + h > s.height) { top = Math.max(0, r.top - s.top - h - 8); }
      card.style.top = Math.round(top) + "px";
    }
    function hide() {
      if (!card) { return; }
      card.hidden = true;
      card.removeAttribute("data-event");
    }

    // The keyboard: one Tab stop among the events, the arrow keys move in date order.
    function idOf(node) {
      var item = node && node.__data__;
      var d = item && item.datum;
      return d && d.id !== undefined && node.getAttribute("aria-roledescription") === "event"
        ? String(d.id) : null;
    }
    function equip() {
      marks = {};
      var nodes = el.querySelectorAll('[aria-roledescription="event"]');
      for (var i = 0; i < nodes.length; i++) {
        var id = idOf(nodes[i]);
        if (id === null) { continue; }
        if (!(id in marks)) { marks[id] = nodes[i]; }
        if (nodes[i].getAttribute("tabindex") !== "-1") { nodes[i].setAttribute("tabindex", "-1"); }
      }
      if (!events.length) {
        order = Object.keys(marks).sort(function (a, b) {
          return marks[a].__data__.datum.s0 - marks[b].__data__.datum.s0;
        });
      }
      if (!(current in marks)) { current = step(-1, 1); }
      if (current !== null) { marks[current].setAttribute("tabindex", "0"); }
    }
    function step(from, by) {
      for (var j = from + by; j >= 0 && j < order.length; j += by) {
        if (order[j] in marks) { return order[j]; }
      }
      return null;
    }
    function moveTo(id) {
      if (id === null) { return; }
      if (current in marks) { marks[current].setAttribute("tabindex", "-1"); }
      current = id;
      marks[id].setAttribute("tabindex", "0");
      marks[id].focus();
    }
    el.addEventListener("keydown", function (e) {
      var id = idOf(e.target);
      if (id === null) { return; }
      var at = order.indexOf(id), key = e.key;
      if (key === "ArrowRight" || key === "ArrowDown") { moveTo(step(at, 1)); }
      else if (key === "ArrowLeft" || key === "ArrowUp") { moveTo(step(at, -1)); }
      else if (key === "Home") { moveTo(step(-1, 1)); }
      else if (key === "End") { moveTo(step(order.length, -1)); }
      else if (key === "Enter" || key === " ") {
        e.target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      } else if (key === "Escape") {
        var band = el.querySelector(".bands_0_marks path");
        if (band) { band.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
        hide();
      } else { return; }
      e.preventDefault();
    });
    el.addEventListener("focusin", function (e) {
      var id = idOf(e.target);
      if (id === null) { return; }
      if (id !== current) {
        if (current in marks) { marks[current].setAttribute("tabindex", "-1"); }
        current = id;
        e.target.setAttribute("tabindex", "0");
      }
      show(id, e.target.__data__.datum, e.target);
    });
    stage.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !stage.contains(e.relatedTarget)) { hide(); }
    });
    var queued = false;
    if (typeof MutationObserver === "function") {
      new MutationObserver(function () {
        if (queued) { return; }
        queued = true;
        requestAnimationFrame(function () { queued = false; equip(); });
      }).observe(el, { childList: true, subtree: true });
    }
    return {
      watch: function (v) {
        view = v;
        hide();
        try {
          var store = v.data("lanes_store");
          laneTemplate = store.length ? store[0] : laneTemplate;
          v.addDataListener("lanes_store", function (name, tuples) { syncLanes(tuples); });
        } catch (e) { laneTemplate = null; }
        v.addEventListener("click", function (evt, item) {
          var d = item && item.datum;
          if (d && d.id !== undefined && d.tip) {
            show(String(d.id), d, evt.target);
          } else if (!d || !d.kind) {
            hide();
          }
        });
        equip();
      }
    };
  }
})
