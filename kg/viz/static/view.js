// kg HTML view: legend, filters, search, neighbourhood highlight, tooltips.
// Text from the graph only ever reaches the page through textContent or DOM
// properties (never innerHTML, never an HTML string), so a name or a sentence
// that looks like markup is shown as the characters it is.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = DATA.meta;
  var t0 = performance.now();
  var state = { stabilized: false, stabilizedMs: null, selected: null };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function tipElement(lines) {
    var box = el("div", "kg-tip");
    (lines || []).forEach(function (line) {
      box.appendChild(el("div", line[0], line[1]));
    });
    return box;
  }

  // ---- data ---------------------------------------------------------------
  var typeStyle = {};
  meta.types.forEach(function (t) { typeStyle[t.type] = t; });
  DATA.nodes.forEach(function (n) {
    n.title = tipElement(n.kgTip);
    n.kgColor = n.color;
  });
  DATA.edges.forEach(function (e) { e.title = tipElement(e.kgTip); });
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var docDate = {};
  meta.documents.forEach(function (d) { docDate[d.id] = d.date; });

  // ---- filters ------------------------------------------------------------
  var hiddenTypes = {};
  var docSel = document.getElementById("kg-doc");
  var dateSel = document.getElementById("kg-date");
  function docAllowed(doc) {
    if (docSel.value && doc !== docSel.value) return false;
    if (dateSel.value && docDate[doc] !== dateSel.value) return false;
    return true;
  }
  var docFiltered = function () { return Boolean(docSel.value || dateSel.value); };
  var edgesAt = {};
  DATA.edges.forEach(function (e) {
    (edgesAt[e.from] = edgesAt[e.from] || []).push(e);
    (edgesAt[e.to] = edgesAt[e.to] || []).push(e);
  });
  function nodeVisible(n) {
    if (hiddenTypes[n.kgType]) return false;
    if (!docFiltered()) return true;
    if ((n.kgDocs || []).some(docAllowed)) return true;
    return (edgesAt[n.id] || []).some(function (e) { return docAllowed(e.kgDoc); });
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      if (docFiltered() && !docAllowed(e.kgDoc)) return false;
      var a = nodes.get(e.from), b = nodes.get(e.to);
      return Boolean(a && b && nodeVisible(a) && nodeVisible(b));
    }
  });
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    showStats();
  }

  // ---- header, legend, note ---------------------------------------------
  document.getElementById("kg-title").textContent = meta.title;
  function showStats() {
    document.getElementById("kg-stats").textContent =
      nodeView.length + " / " + meta.totalNodes + " nodes · " + edgeView.length + " / " + meta.totalEdges + " edges";
  }
  var legend = document.getElementById("kg-legend");
  meta.types.forEach(function (t) {
    var item = el("label", "kg-legend-item");
    item.dataset.type = t.type;
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      hiddenTypes[t.type] = !box.checked;
      refresh();
    });
    var swatch = el("span", "kg-swatch " + t.shape);
    swatch.style.background = t.color;
    item.appendChild(box);
    item.appendChild(swatch);
    item.appendChild(el("span", "kg-type", t.type + " " + t.label));
    item.appendChild(el("span", "kg-count", "(" + t.count + ")"));
    legend.appendChild(item);
  });
  if (meta.leftOut > 0) {
    var note = document.getElementById("kg-note");
    note.hidden = false;
    note.textContent = "只显示度数最高的 " + DATA.nodes.length + " 个节点，另有 " + meta.leftOut +
      " 个未显示 · Showing the " + DATA.nodes.length + " best-connected of " + meta.totalNodes + " nodes; " +
      meta.leftOut + " left out (kg build --html-max-nodes N to change).";
  }
  function addOptions(select, items) {
    items.forEach(function (it) {
      var o = el("option", null, it[1]);
      o.value = it[0];
      select.appendChild(o);
    });
  }
  addOptions(docSel, meta.documents.map(function (d) { return [d.id, d.id + (d.date ? " (" + d.date + ")" : "")]; }));
  var dates = [];
  meta.documents.forEach(function (d) { if (d.date && dates.indexOf(d.date) < 0) dates.push(d.date); });
  dates.sort();
  addOptions(dateSel, dates.map(function (d) { return [d, d]; }));
  docSel.addEventListener("change", refresh);
  dateSel.addEventListener("change", refresh);

  // ---- network ------------------------------------------------------------
  var status = document.getElementById("kg-status");
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  window.network = network;
  state.networkMs = performance.now() - t0;
  function settled() {
    if (state.stabilized) return;
    network.setOptions({ physics: { enabled: false } });
    state.stabilized = true;
    state.stabilizedMs = performance.now() - t0;
    status.textContent = "";
    document.body.dataset.stabilized = "1";
  }
  network.on("stabilizationProgress", function (p) {
    state.iterations = p.iterations;
    status.textContent = "布局中 laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (!DATA.options.physics || DATA.options.physics.enabled === false || DATA.nodes.length === 0) {
    // positions were computed at build time: nothing to stabilise
    network.fit({ animation: false });
    network.once("afterDrawing", settled);
  }

  // ---- neighbourhood highlight and details -------------------------------
  var info = document.getElementById("kg-info");
  var dimmed = false;
  function highlight(id) {
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.get().map(function (n) {
      return { id: n.id, color: keep[n.id] ? n.kgColor : "rgba(200,200,200,0.5)", font: { color: keep[n.id] ? "#222" : "#bbb" } };
    }));
    dimmed = true;
    state.selected = id;
    info.replaceChildren(tipElement(nodes.get(id).kgTip));
  }
  function unhighlight() {
    if (!dimmed) return;
    nodes.update(nodes.get().map(function (n) { return { id: n.id, color: n.kgColor, font: { color: "#222" } }; }));
    dimmed = false;
    state.selected = null;
  }
  network.on("click", function (p) {
    if (p.nodes.length) highlight(p.nodes[0]);
    else {
      unhighlight();
      if (p.edges.length) info.replaceChildren(tipElement(edges.get(p.edges[0]).kgTip));
    }
  });

  // ---- search -------------------------------------------------------------
  var results = document.getElementById("kg-results");
  var search = document.getElementById("kg-search");
  function find(q) {
    q = q.trim().toLowerCase().replace(/\s+/g, "");
    if (!q) return [];
    return nodes.get({ filter: function (n) { return n.kgSearch.indexOf(q) >= 0; } })
      .sort(function (a, b) { return (b.size - a.size) || (a.id < b.id ? -1 : 1); });
  }
  function focusNode(id) {
    if (!nodeView.get(id)) {  // filtered out: show everything again
      hiddenTypes = {};
      legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
      docSel.value = "";
      dateSel.value = "";
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    highlight(id);
  }
  search.addEventListener("input", function () {
    var found = find(search.value);
    results.replaceChildren();
    found.slice(0, 30).forEach(function (n) {
      var li = el("li");
      var b = el("button", null, n.label + " · " + n.kgType);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (found.length > 30) results.appendChild(el("li", "kg-hint", "… " + (found.length - 30) + " more"));
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var found = find(search.value);
    if (found.length) focusNode(found[0].id);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    search.value = "";
    results.replaceChildren();
    hiddenTypes = {};
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    docSel.value = "";
    dateSel.value = "";
    unhighlight();
    network.unselectAll();
    refresh();
    network.fit();
  });

  showStats();
  // for tests and power users: the data sets, views, search and state
  window.kgView = {
    nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, state: state,
    find: find, focusNode: focusNode, refresh: refresh, meta: meta
  };
})();
