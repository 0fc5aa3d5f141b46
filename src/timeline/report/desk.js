/* The desk's page: filter the table by outlet and status, and sort it by date. No network. */
(function () {
  "use strict";
  var table = document.getElementById("desk-table");
  var controls = document.getElementById("desk-controls");
  if (!table || !controls) { return; }
  var body = table.tBodies[0];
  var outlet = document.getElementById("desk-outlet");
  var status = document.getElementById("desk-status");
  var sort = document.getElementById("desk-sort");
  var summary = document.getElementById("desk-summary");
  var rows = Array.prototype.slice.call(body.rows);

  function compare(a, b) {
    var da = a.getAttribute("data-published") || "";
    var db = b.getAttribute("data-published") || "";
    var newest = sort.getAttribute("data-order") === "newest";
    if (da !== db) {
      if (!da) { return 1; }
      if (!db) { return -1; }
      return (da < db ? -1 : 1) * (newest ? -1 : 1);
    }
    var ia = a.getAttribute("data-id");
    var ib = b.getAttribute("data-id");
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  function update() {
    var wantOutlet = outlet.value;
    var wantStatus = status.value;
    var shown = 0;
    var failed = 0;
    rows.sort(compare);
    rows.forEach(function (row) {
      var keep = (!wantOutlet || row.getAttribute("data-outlet") === wantOutlet) &&
        (!wantStatus || row.getAttribute("data-status") === wantStatus);
      row.hidden = !keep;
      if (keep) {
        shown += 1;
        if (row.getAttribute("data-status") !== "ok") { failed += 1; }
      }
      body.appendChild(row);
    });
    summary.textContent = shown + (shown === 1 ? " case" : " cases") + ", " + failed + " failed" +
      (shown === rows.length ? "" : " (of " + rows.length + ")");
  }

  sort.addEventListener("click", function () {
    var newest = sort.getAttribute("data-order") === "newest";
    sort.setAttribute("data-order", newest ? "oldest" : "newest");
    sort.textContent = newest ? "Date: oldest first" : "Date: newest first";
    update();
  });
  outlet.addEventListener("change", update);
  status.addEventListener("change", update);
  controls.hidden = false;
  update();
})();
