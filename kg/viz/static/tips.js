// kg HTML view: the tooltips and the details panel's text, built as DOM nodes from the page's data.
// Text from the graph only ever reaches the page through textContent or DOM properties (never
// innerHTML, never an HTML string). Used by view.js: kgEl(tag, class, text) makes an element;
// kgCopy(text, button) copies; kgTips(meta, node) returns { lines(item), element(lines, interactive) }
// (node(id): a node's data).
function kgEl(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function kgCopy(text, button) {  // the citation to the clipboard (or a selected text area)
  function done() { button.textContent = "已复制 Copied"; }
  function fallback() {
    var area = kgEl("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); done(); } catch (err) { /* the text stays selectable */ }
    area.remove();
  }
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
}

function kgTips(meta, node) {
  "use strict";
  var el = kgEl;
  // ---- tooltips: lines are [kind, text] (a quote may carry its citation as a third element) ----------
  // evidence is stored once (meta.texts) and each quote as ["q", text index, document index or id, date,
  // start, end, where]; expand() rebuilds the text and citation kg.viz.payload.quote_line writes
  var docIndex = {};
  meta.documents.forEach(function (d) { docIndex[d.id] = d; });
  function join(sep, parts) {
    return parts.filter(function (p) { return p !== undefined && p !== null && p !== ""; }).join(sep);
  }
  function expand(line) {
    if (line[0] !== "q" || typeof line[1] !== "number") return line;
    var sentence = meta.texts[line[1]];
    var doc = typeof line[2] === "number" ? meta.documents[line[2]] : { id: line[2] };
    var date = line[3] || doc.date || "", path = doc.path || doc.id || "";
    var chars = Array.from(sentence);  // clipped by code points, as in Python
    var clip = chars.length <= 160 ? sentence : chars.slice(0, 159).join("") + "…";
    var text = "“" + clip + "”" + (line[6] ? " [" + join(" · ", [date, path]) + "]" : "");
    var span = line[4] !== null && line[5] !== null ? "chars " + line[4] + "–" + line[5] : "";
    return ["q", text, "“" + sentence + "” — " +
      join(", ", [doc.paper, date, doc.headline ? "《" + doc.headline + "》" : "", path, span])];
  }
  function lines(item) {  // a node's, an edge's or a group's tooltip, in full
    var lines = (item.kgTip || []).map(expand);
    if (item.from !== undefined && !item.kgGroupEdge) {  // an edge: names, predicate, date and document
      var a = node(item.from), b = node(item.to);
      var where = lines.some(function (l) { return l[0] === "i"; }) ? [] :
        [["i", join(" · ", [item.kgDate, (docIndex[item.kgDoc] || {}).path || item.kgDoc])]];
      var at = lines.length && lines[lines.length - 1][0] === "q" ? lines.length - 1 : lines.length;
      lines = [["h", a.label + " → " + b.label], ["m", item.label]].concat(lines.slice(0, at), where, lines.slice(at));
    }
    if (item.kgDocs && item.kgDocs.length) {
      lines.push(["k", "文档 documents"]);
      item.kgDocs.forEach(function (id) {
        var d = docIndex[id] || {};
        lines.push(["i", join(" · ", [d.date, d.path || id])]);
      });
    }
    return lines;
  }
  function element(lines, interactive) {
    var box = el("div", "kg-tip");
    (lines || []).forEach(function (line) {
      var row = el("div", line[0], line[1]);
      if (interactive && line[0] === "q" && line[2]) {
        var b = el("button", "kg-copy", "复制引用 Copy citation");
        b.type = "button";
        b.dataset.cite = line[2];
        b.addEventListener("click", function () { kgCopy(line[2], b); });
        row.appendChild(b);
      }
      box.appendChild(row);
    });
    return box;
  }
  return { lines: lines, element: element };
}
