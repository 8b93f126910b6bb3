// kg HTML view: legend, filters, search, neighbourhood highlight, focus, overview groups, tooltips.
// Text from the graph only ever reaches the page through textContent or DOM
// properties (never innerHTML, never an HTML string), so a name or a sentence
// that looks like markup is shown as the characters it is.
(function () {
  "use strict";
  var t0 = performance.now();  // since navigation: the file read and parsed, vis-network run
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = DATA.meta;
  function rows(table) {  // {columns, rows} -> records (kg.viz.compact.table)
    return table.rows.map(function (row) {
      var item = {};
      for (var i = 0; i < row.length; i++) if (row[i] !== null) item[table.columns[i]] = row[i];
      return item;
    });
  }
  DATA.nodes = rows(DATA.nodes);
  DATA.edges = rows(DATA.edges);
  var state = { stabilized: false, stabilizedMs: null, selected: null, focus: null, grouped: false, startedMs: t0 };

  var el = kgEl;
  var tips = kgTips(meta, function (id) { return nodes.get(id); });
  var tipLines = tips.lines, tipElement = tips.element;

  // ---- data ---------------------------------------------------------------
  var typeStyle = {};
  meta.types.forEach(function (t) { typeStyle[t.type] = t; });
  var first = {};  // the positions of the first view, restored by Reset
  var byId = {};  // the data as given (what filters read: type, documents, group), not the live DataSet
  DATA.nodes.forEach(function (n) {  // tooltips are made on the first hover (see titled)
    byId[n.id] = n;
    n.kgColor = n.color;
    if (n.x !== undefined) first[n.id] = { id: n.id, x: n.x, y: n.y };
  });
  // ---- overview: one node per community, opened on click -----------------
  function groupId(i) { return "group:" + i; }
  var groupNodes = [], groupEdges = [], expanded = {};
  state.grouped = Boolean(meta.overview);
  if (meta.overview) {
    var sum = {};
    DATA.nodes.forEach(function (n) {
      if (n.kgGroup === undefined || meta.groups[n.kgGroup].size < 3) return;
      var s = sum[n.kgGroup] = sum[n.kgGroup] || { x: 0, y: 0, k: 0 };
      s.x += n.x; s.y += n.y; s.k += 1;
    });
    meta.groups.forEach(function (g, i) {
      if (!sum[i]) return;
      var tip = [["h", g.label], ["m", g.size + " nodes · 点击展开 click to open"]];
      groupNodes.push({
        id: groupId(i), label: g.label + " +" + (g.size - 1), shape: "dot", color: "#76b7b2", kgColor: "#76b7b2",
        x: sum[i].x / sum[i].k, y: sum[i].y / sum[i].k, size: 20, borderWidth: 2, kgGroupOf: i, kgSize: g.size,
        kgType: "Group", kgSearch: "", kgTip: tip
      });
    });
    var end = function (id) {
      var n = byId[id];
      return n.kgGroup !== undefined && sum[n.kgGroup] ? groupId(n.kgGroup) : id;
    };
    var links = {};
    DATA.edges.forEach(function (e) {
      var a = end(e.from), b = end(e.to);
      if (a === b || (a === e.from && b === e.to)) return;
      var key = a < b ? a + "\n" + b : b + "\n" + a;
      links[key] = (links[key] || 0) + 1;
    });
    Object.keys(links).sort().forEach(function (key, k) {
      var ab = key.split("\n");
      groupEdges.push({
        id: "group-edge:" + k, from: ab[0], to: ab[1], kgGroupEdge: true, width: Math.min(8, 1 + Math.log(links[key])),
        color: { color: "#c8c8c8" }, arrows: { to: { enabled: false } }, kgTip: [["m", links[key] + " edges"]]
      });
    });
  }
  var nodes = new vis.DataSet(DATA.nodes.concat(groupNodes));
  var edges = new vis.DataSet(DATA.edges.concat(groupEdges));
  function grouped() { return state.grouped; }
  function inClosedGroup(n) {
    return grouped() && n.kgGroup !== undefined && !expanded[n.kgGroup] && meta.groups[n.kgGroup].size >= 3;
  }
  function openGroup(id) {
    var i = nodes.get(id).kgGroupOf;
    expanded[i] = true;
    refresh();
    network.fit({ nodes: nodeView.getIds({ filter: function (n) { return n.kgGroup === i; } }), animation: false });
    sizeGroups();
  }
  var docDate = {};
  meta.documents.forEach(function (d) { docDate[d.id] = d.date; });

  // ---- filters ------------------------------------------------------------
  var hiddenTypes = {};
  var focusSet = null;
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
    if (n.kgGroupOf !== undefined) return grouped() && !expanded[n.kgGroupOf];
    if (n.kgAlone || inClosedGroup(n)) return false;  // listed beside the canvas / inside a closed group
    if (focusSet && !focusSet[n.id]) return false;
    if (hiddenTypes[n.kgType]) return false;
    if (!docFiltered()) return true;
    if ((n.kgDocs || []).some(docAllowed)) return true;
    return (edgesAt[n.id] || []).some(function (e) { return docAllowed(e.kgDoc); });
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      if (e.kgGroupEdge) return grouped() && Boolean(nodeView.get(e.from) && nodeView.get(e.to));
      if (docFiltered() && !docAllowed(e.kgDoc)) return false;
      var a = byId[e.from], b = byId[e.to];
      return Boolean(a && b && nodeVisible(a) && nodeVisible(b));
    }
  });
  function ungroup() { state.grouped = false; }
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    showStats();
  }

  // ---- header, legend, note ---------------------------------------------
  document.getElementById("kg-title").textContent = meta.title;
  var aloneNodes = DATA.nodes.filter(function (n) { return n.kgAlone; });
  function showStats() {
    document.getElementById("kg-stats").textContent =
      nodeView.length + " / " + meta.totalNodes + " nodes · " + edgeView.length + " / " + meta.totalEdges + " edges" +
      (aloneNodes.length ? " · " + aloneNodes.length + " unconnected (listed at the right)" : "");
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
      ungroup();
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
  var note = document.getElementById("kg-note");
  var noteText = "";
  if (meta.leftOut > 0) {
    noteText = "只显示度数最高的 " + DATA.nodes.length + " 个节点，另有 " + meta.leftOut +
      " 个未显示 · Showing the " + DATA.nodes.length + " best-connected of " + meta.totalNodes + " nodes; " +
      meta.leftOut + " left out (kg build --html-max-nodes N to change).";
  }
  if (meta.overview) {
    noteText += (noteText ? " " : "") + "概览：每组一个节点，点击展开 · Overview: one node per group, " +
      "named after its main place; click a group to open it.";
  }
  function showNote(text) {
    note.hidden = !text;
    note.textContent = text;
  }
  showNote(noteText);
  function addOptions(select, items) {
    items.forEach(function (it) {
      var o = el("option", null, it[1]);
      o.value = it[0];
      select.appendChild(o);
    });
  }
  addOptions(docSel, meta.documents.map(function (d) {
    return [d.id, (d.date ? d.date + " · " : "") + (d.path || d.id)];
  }));
  var dates = [];
  meta.documents.forEach(function (d) { if (d.date && dates.indexOf(d.date) < 0) dates.push(d.date); });
  dates.sort();
  addOptions(dateSel, dates.map(function (d) { return [d, d]; }));
  function filtered() { ungroup(); refresh(); }
  docSel.addEventListener("change", filtered);
  dateSel.addEventListener("change", filtered);

  // ---- network ------------------------------------------------------------
  var status = document.getElementById("kg-status");
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  window.network = network;
  state.networkMs = performance.now() - t0;
  var firstView = null;
  network.on("dragEnd", function (p) {  // a moved node keeps its place through filters
    if (!p.nodes.length) return;
    var at = network.getPositions(p.nodes);
    nodes.update(p.nodes.filter(function (id) { return nodes.get(id); }).map(function (id) {
      return { id: id, x: at[id].x, y: at[id].y };
    }));
  });

  function settled() {
    if (state.stabilized) return;
    state.stabilized = true;
    state.stabilizedMs = performance.now() - t0;
    status.textContent = "";
    document.body.dataset.stabilized = "1";
  }
  // positions were computed at build time: fit, remember the first view, and it is settled
  // group nodes and the names of the largest 25 keep one size on screen, whatever the zoom
  var labelled = groupNodes.map(function (g) { return g.kgSize; }).sort(function (a, b) { return b - a; })[
    Math.min(groupNodes.length, 25) - 1];
  function sizeGroups() {
    if (!grouped()) return;
    var scale = network.getScale();
    nodes.update(groupNodes.map(function (g) {
      return {
        id: g.id, size: Math.min(30, 6 + 2 * Math.sqrt(g.kgSize)) / scale,
        font: Object.assign({}, nodes.get(g.id).font, { size: g.kgSize >= labelled || scale > 0.5 ? 15 / scale : 14 })
      };
    }));
  }
  network.on("zoom", sizeGroups);
  // a tooltip is made when the pointer first rests on its node or edge (vis shows it after tooltipDelay)
  var titled = { node: {}, edge: {} };
  function giveTitle(set, kind, id) {
    if (id === undefined || titled[kind][id] || !set.get(id)) return;
    titled[kind][id] = true;
    set.update({ id: id, title: tipElement(tipLines(set.get(id))) });
  }
  network.on("hoverNode", function (p) { giveTitle(nodes, "node", p.node); });
  network.on("hoverEdge", function (p) { giveTitle(edges, "edge", p.edge); });
  function fitFirst() {
    network.fit({ animation: false });
    if (grouped()) {
      sizeGroups();
      network.fit({ animation: false });
    }
  }
  fitFirst();
  firstView = { position: network.getViewPosition(), scale: network.getScale() };
  network.once("afterDrawing", settled);
  if (DATA.nodes.length === 0) settled();

  // labels that would overlap wait for a zoom (labels.js): the selected node and its neighbours first,
  // then groups (largest first), key nodes, bigger nodes
  var ranks = {};
  DATA.nodes.concat(groupNodes).forEach(function (n) {
    ranks[n.id] = n.kgGroupOf !== undefined ? -2e6 - n.kgSize : (n.kgKey ? -1e6 : 0) - (n.size || 0);
  });
  var labels = kgLabels(network, function (id) { return ranks[id] || 0; }, function (id) {
    return byId[id] && byId[id].kgKey ? meta.keyMinimum : 0;  // key labels stay readable zoomed out
  }, DATA.options.nodes.scaling.label);

  // ---- neighbourhood highlight and details -------------------------------
  var info = document.getElementById("kg-info");
  var dimmed = false;
  function showInfo(id) {
    var n = nodes.get(id);
    var box = tipElement(tipLines(n), true);
    if (!n.kgAlone) {
      var actions = el("div", "kg-actions");
      [[1, "聚焦 Focus on this"], [2, "两层 2 steps"]].forEach(function (a) {
        var b = el("button", "kg-focus", a[1]);
        b.type = "button";
        b.dataset.depth = String(a[0]);
        b.addEventListener("click", function () { focusOn(id, a[0]); });
        actions.appendChild(b);
      });
      box.insertBefore(actions, box.children[2] || null);
    }
    info.replaceChildren(box);
  }
  function highlight(id) {
    var keep = {};
    keep[id] = true;
    (edgesAt[id] || []).forEach(function (e) { keep[e.from] = true; keep[e.to] = true; });
    nodes.update(nodes.get().map(function (n) {  // DataSet.update is shallow: keep the font's size
      return {
        id: n.id, color: keep[n.id] ? n.kgColor : "rgba(200,200,200,0.5)",
        font: Object.assign({}, n.font, { color: keep[n.id] ? "#222" : "#bbb" })
      };
    }));
    dimmed = true;
    labels.highlight(keep);
    state.selected = id;
    showInfo(id);
  }
  function unhighlight() {
    if (!dimmed) return;
    nodes.update(nodes.get().map(function (n) {
      return { id: n.id, color: n.kgColor, font: Object.assign({}, n.font, { color: "#222" }) };
    }));
    dimmed = false;
    labels.highlight(null);
    state.selected = null;
  }
  network.on("click", function (p) {
    if (p.nodes.length && nodes.get(p.nodes[0]).kgGroupOf !== undefined) {
      openGroup(p.nodes[0]);
      return;
    }
    if (p.nodes.length) highlight(p.nodes[0]);
    else {
      unhighlight();
      if (p.edges.length && edges.get(p.edges[0])) info.replaceChildren(tipElement(tipLines(edges.get(p.edges[0])), true));
    }
  });

  // ---- focus on a node: its neighbourhood only ----------------------------
  function neighbourhood(id, depth) {
    var seen = {};
    seen[id] = true;
    var frontier = [id];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (u) {
        (edgesAt[u] || []).forEach(function (e) {
          [e.from, e.to].forEach(function (v) { if (!seen[v]) { seen[v] = true; next.push(v); } });
        });
      });
      frontier = next;
    }
    return seen;
  }
  function focusOn(id, depth) {
    depth = depth || 1;
    focusSet = neighbourhood(id, depth);
    state.focus = { id: id, depth: depth };
    ungroup();
    refresh();
    unhighlight();
    network.selectNodes([id]);
    network.fit({ nodes: Object.keys(focusSet).filter(function (k) { return nodeView.get(k); }), animation: false });
    showInfo(id);
    showNote("聚焦 Focus: " + nodes.get(id).label + " (" + depth + (depth > 1 ? " steps" : " step") +
      ", " + nodeView.length + " nodes) · 重置 Reset shows everything.");
  }

  // ---- unconnected nodes: a list beside the canvas ------------------------
  var aloneBox = document.getElementById("kg-alone");
  if (aloneNodes.length) {
    aloneBox.hidden = false;
    aloneBox.querySelector("summary").textContent = "未连接 Unconnected (" + aloneNodes.length + ")";
    var list = aloneBox.querySelector("ul");
    aloneNodes.slice().sort(function (a, b) {
      return (a.kgType < b.kgType ? -1 : a.kgType > b.kgType ? 1 : 0) || (a.label < b.label ? -1 : 1);
    }).forEach(function (n) {
      var li = el("li");
      var b = el("button", null, n.label + " · " + (typeStyle[n.kgType] ? typeStyle[n.kgType].label : n.kgType));
      b.type = "button";
      b.dataset.id = n.id;
      b.addEventListener("click", function () { showInfo(n.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

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
    var n = nodes.get(id);
    if (n && n.kgAlone) {  // not on the canvas: its details only
      showInfo(id);
      return;
    }
    if (!nodeView.get(id)) {  // filtered out: show everything again
      hiddenTypes = {};
      focusSet = null;
      state.focus = null;
      legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
      docSel.value = "";
      dateSel.value = "";
      refresh();
    }
    if (n && inClosedGroup(n)) openGroup(groupId(n.kgGroup));
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
  function reset() {
    search.value = "";
    results.replaceChildren();
    hiddenTypes = {};
    focusSet = null;
    state.focus = null;
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    docSel.value = "";
    dateSel.value = "";
    unhighlight();
    network.unselectAll();
    nodes.update(Object.keys(first).map(function (id) { return first[id]; }));
    state.grouped = Boolean(meta.overview);
    expanded = {};
    refresh();
    showNote(noteText);
    network.moveTo({ position: firstView.position, scale: firstView.scale, animation: false });
    sizeGroups();
  }
  document.getElementById("kg-reset").addEventListener("click", reset);

  if (meta.focus && nodes.get(meta.focus)) {  // a focus page: the person selected, their details shown
    network.selectNodes([meta.focus]);
    showInfo(meta.focus);
    state.selected = meta.focus;
  }
  showStats();
  // for tests and power users: the data sets, views, search and state
  window.kgView = {
    nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, state: state, firstView: firstView,
    find: find, focusNode: focusNode, focusOn: focusOn, openGroup: openGroup, refresh: refresh, reset: reset,
    meta: meta, tipLines: tipLines, labelBoxes: labels.boxes
  };
})();
