// kg HTML view: node labels that do not overlap.
// vis-network draws every label that is big enough on screen, so around a hub they pile up. Before each
// drawing, the labels vis would draw are taken most important first (the node under the pointer and the
// selected one, the selected node's neighbours, key nodes and groups, then bigger nodes) and one is drawn
// only if its box, on screen, stays clear of the labels already taken; the others appear as the reader
// zooms in and there is room. Used by view.js: kgLabels(network, rank, minimum, scaling) returns
// { boxes, highlight } (rank(id): lower first; minimum(id): the least px on screen of a node's label, 0 for
// none; scaling: the nodes' scaling.label options).
// (No text is written into the page here: only which canvas labels vis draws.)
function kgLabels(network, rank, minimum, scaling) {
  "use strict";
  var PAD = 2;  // screen pixels kept between two labels
  var CELL = 64;  // screen pixels per cell of the grid that finds neighbouring labels
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};  // face and label text -> width at 100 px
  var chars = {};  // a character other than CJK -> its width at 100 px, in the last face
  var patched = false;
  var near = null;  // the highlighted node's neighbourhood (id -> true), or null
  var boxes = [];  // the labels drawn last time: [id, left, top, right, bottom] in screen pixels

  // a label's width at 100 px: the sum of its characters' (CJK ones are 1 em; the others are measured
  // once each); within 1 % of measureText on a 198-page build's 2,000 labels, and 20 times faster
  function width(text, face) {
    var key = face + "\n" + text;
    if (widths[key] === undefined) {
      var w = 0;
      Array.from(text).forEach(function (ch) {
        if (ch.codePointAt(0) >= 0x2e80) w += 100;
        else {
          if (measure.kgFace !== face) {  // setting a font is slow: once per face
            measure.font = "100px " + face;
            measure.kgFace = face;
            chars = {};
          }
          if (chars[ch] === undefined) chars[ch] = measure.measureText(ch).width;
          w += chars[ch];
        }
      });
      widths[key] = w;
    }
    return widths[key];
  }
  // a node label's size on screen, in px: its font at this scale, at least its minimum (key labels stay
  // readable however far the reader zooms out), at most scaling.label.maxVisible (vis 9 only fades by it);
  // 0 when vis would not draw it
  function onScreen(label, scale, minimum) {
    var size = label.fontOptions.size * scale;
    if (size < minimum) return minimum;
    if (size < scaling.drawThreshold - 1) return 0;
    return Math.min(size, label.elementOptions.scaling.label.maxVisible);
  }
  // vis 9 draws a label along its edge by moving the canvas to the edge's middle and turning it, then
  // drawing at (0, 0); for an edge exactly level it skips the move (no turn needed), so the label lands
  // at the canvas origin, far from its edge. Here the move is made when vis did not make it.
  var world = null;  // the canvas transform at the start of this drawing
  function edgeLabel(label, draw, args) {
    var m = args[0].getTransform();
    var level = label.fontOptions.align !== "horizontal" && label.pointToSelf === false && world &&
      m.a === world.a && m.b === world.b && m.c === world.c && m.d === world.d && m.e === world.e && m.f === world.f;
    if (!level) return draw.apply(label, args);
    args[0].save();
    args[0].translate(args[1], label.size.yLine);
    try {
      return draw.apply(label, args);
    } finally {
      args[0].restore();
    }
  }
  // the label class of vis: skip the labels marked hidden, and draw a node's label at onScreen() px,
  // scaled towards its node (edge labels are vis's own)
  function patch(label) {
    var proto = Object.getPrototypeOf(label);
    var draw = proto.draw;
    proto.draw = function (ctx, x, y, selected, hover, baseline) {
      if (this.kgHidden) return;
      if (this.isEdgeLabel) return edgeLabel(this, draw, arguments);
      var view = this.body.view, scale = view.scale, font = this.fontOptions.size;
      var k = onScreen(this, scale, this.kgMinimum || 0) / (font * scale);
      if (!k || k === 1) return draw.apply(this, arguments);
      var ay = baseline === "hanging" ? y - this.size.height / 2 : y;  // just below the node, or its centre
      ctx.save();
      ctx.translate(x, ay);
      ctx.scale(k, k);
      ctx.translate(-x, -ay);
      if (k > 1) view.scale = Math.max(scale, scaling.drawThreshold / font);  // past vis's own size check
      try {
        return draw.apply(this, arguments);
      } finally {
        view.scale = scale;
        ctx.restore();
      }
    };
    patched = true;
  }
  function box(node, scale, minimum) {  // where the label is drawn, as patch() draws it
    var label = node.labelModule, text = node.options.label;
    if (!text || !label) return null;
    var size = label.fontOptions.size, px = onScreen(label, scale, minimum);
    if (!px) return null;
    var k = px / (size * scale);
    var w = width(String(text), label.fontOptions.face) * size * k / 100;
    var h = size * k * String(text).split("\n").length;
    var inside = ["box", "ellipse", "circle", "database", "text"].indexOf(node.options.shape) >= 0;
    var below = node.y + (node.shape.height || 2 * node.options.size) / 2;
    var top = inside ? node.y - h / 2 : below + k * (size / 2 + 4);
    return [(node.x - w / 2) * scale, top * scale, (node.x + w / 2) * scale, (top + h) * scale];  // screen units
  }
  function byImportance(a, b) {  // [level, rank, id]: lower first
    return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  }
  function clear(grid, b) {
    var x0 = Math.floor((b[0] - PAD) / CELL), x1 = Math.floor((b[2] + PAD) / CELL);
    var y0 = Math.floor((b[1] - PAD) / CELL), y1 = Math.floor((b[3] + PAD) / CELL);
    var x, y, k, cell, o;
    for (x = x0; x <= x1; x++) {
      for (y = y0; y <= y1; y++) {
        cell = grid[x + "," + y] || [];
        for (k = 0; k < cell.length; k++) {
          o = cell[k];
          if (b[0] - PAD < o[2] && o[0] < b[2] + PAD && b[1] - PAD < o[3] && o[1] < b[3] + PAD) return false;
        }
      }
    }
    for (x = x0; x <= x1; x++) for (y = y0; y <= y1; y++) (grid[x + "," + y] = grid[x + "," + y] || []).push(b);
    return true;
  }
  function declutter(ctx) {
    world = ctx.getTransform();
    var body = network.body, nodes = body.nodes, scale = body.view.scale, ids = body.nodeIndices;
    var i, node;
    if (!patched) {
      for (i = 0; i < ids.length && !patched; i++) if (nodes[ids[i]].labelModule) patch(nodes[ids[i]].labelModule);
      if (!patched) return;
    }
    var frame = network.canvas.frame.canvas;
    var lo = network.canvas.DOMtoCanvas({ x: 0, y: 0 });
    var hi = network.canvas.DOMtoCanvas({ x: frame.clientWidth, y: frame.clientHeight });
    var shown = [];
    for (i = 0; i < ids.length; i++) {
      node = nodes[ids[i]];
      if (!node.labelModule) continue;
      node.labelModule.kgHidden = false;
      node.labelModule.kgMinimum = minimum(ids[i]);
      var b = box(node, scale, node.labelModule.kgMinimum);
      if (!b || b[2] < lo.x * scale || b[0] > hi.x * scale || b[3] < lo.y * scale || b[1] > hi.y * scale) continue;
      var level = node.hover || node.selected ? 0 : near && near[ids[i]] ? 1 : 2;  // off screen: no room kept
      shown.push([level, rank(ids[i]), ids[i], b]);
    }
    shown.sort(byImportance);
    var grid = {};
    boxes = [];
    shown.forEach(function (s) {  // (a label may cover another node's shape: its white outline keeps it legible)
      if (clear(grid, s[3]) || s[0] === 0) boxes.push([s[2]].concat(s[3]));  // under the pointer, or selected: always
      else nodes[s[2]].labelModule.kgHidden = true;
    });
  }
  network.on("beforeDrawing", declutter);
  return {
    boxes: function () { return boxes; },
    highlight: function (keep) { near = keep; }
  };
}
