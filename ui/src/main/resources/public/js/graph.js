// The force-directed graph, drawn on a canvas so that thousands of nodes stay interactive.
// Layers per frame: links, highlighted links, nodes (one path per label), rings, then labels in
// screen space placed greedily by degree on a collision grid. Nothing is allocated per frame. The force layout
// runs elsewhere (layout.js: in a Web Worker where there is one); its positions come back once per tick.
import {t, labelName} from "./i18n.js";
import {createLayout} from "./layout.js";

const palette = {
  University: "#4e79a7", Enterprise: "#f28e2b", Platform: "#59a14f", Park: "#17becf", Unit: "#e15759",
  Industry: "#d4a72c", Region: "#b07aa1", Task: "#7f6650", AnnexTask: "#b8a99a", Indicator: "#ff9da7",
  Target: "#86bcb6", Document: "#3c4858", Section: "#9aa5b1", Synthetic: "#4e79a7",
};
const fallback = d3.schemeTableau10;
export const colour = label => palette[label] ?? fallback[[...label].reduce((h, c) => h + c.charCodeAt(0), 0) % 10];

const FONT = '12px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
/** Opacity of what is not on a path while one is shown. */
const FADED = 0.14;
/** How much a node's label is wanted, by kind: the actors planners look for first. */
const LABEL_PRIORITY = {University: 4, Enterprise: 4, Platform: 3, Park: 3, Industry: 1.5, Region: 1.5, Unit: 1};
const labelWeight = n => (LABEL_PRIORITY[n.label] ?? 0.6) * (1 + n.deg);
const LABEL_H = 16, CELL_W = 8, CELL_H = 8, MAX_LABELS = 300, LABEL_ZOOM = 1.4, TOP_LABELS = 40;
const linkKey = (source, type, target) => `${source}\u0001${type}\u0001${target}`;
const idOf = end => typeof end === "object" ? end.id : end;

/**
 * Creates the graph in container. handlers: onSelect(id|null), onExpand(id), onChange() after data or
 * filters changed (for the legend); layout: "worker" (default) or "page", where the force layout runs.
 * Returns the graph's controls.
 */
export function createGraph(container, {onSelect = () => {}, onExpand = () => {}, onChange = () => {}, layout: where = "worker"} = {}) {
  const canvas = document.createElement("canvas");
  container.append(canvas);
  const context = canvas.getContext("2d");

  const raw = new Map();        // id → copy of the node as received
  const rawLinks = new Map();   // key → copy of the link as received (ends are ids)
  const sims = new Map();       // id → simulation node, kept while hidden so positions survive
  const hidden = new Set();
  const expanded = new Set();   // ids brought in by expanding: shown whatever the label filter says
  let labelFilter = null, typeFilter = null;
  let nodes = [], links = [], groups = [], order = [];
  let selected = null, hover = null, pathMode = false;
  // a path being shown: the view moves to its nodes once the layout has placed them (focus.at: when asked)
  let focus = null, beforeFocus = null;
  let width = 0, height = 0, dpr = 1;
  let transform = d3.zoomIdentity, autoFit = true, userMoved = false;
  let quadtree = null, quadStale = true;
  let drawPending = false, ticks = 0, fittedAtTick = 0, awaitingSettle = false;
  let grid = new Uint32Array(0), gridCols = 0, gridRows = 0, stamp = 0;
  const placed = [];
  let placedCount = 0;
  const frameTimes = new Float64Array(240);
  let frameCount = 0;
  const hooks = {drawnAt: 0, firstDrawMs: null, frames: 0, layoutUpdates: 0};

  const layout = createLayout({onPositions: applyPositions, where});

  /** Takes the layout's positions for nodes; a node held by a drag stays where the pointer put it. */
  function applyPositions(positions, {ticks: tick, settled}) {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n.fx != null) continue;
      n.x = positions[2 * i];
      n.y = positions[2 * i + 1];
    }
    ticks = tick;
    hooks.layoutUpdates++;
    quadStale = true;
    if (settled) {
      awaitingSettle = false;
      if (autoFit) fitNow(false);
    }
    requestDraw();
  }

  const zoom = d3.zoom()
    .scaleExtent([0.03, 10])
    .on("zoom", event => {
      transform = event.transform;
      // the reader's own move ends any move to a path still to come
      if (event.sourceEvent) { autoFit = false; userMoved = true; focus = null; }
      requestDraw();
    });

  const drag = d3.drag()
    .container(canvas)
    .subject(event => {
      const node = nearest(transform.invertX(event.x), transform.invertY(event.y), Math.max(18, 16 / transform.k));
      return node ? {node, x: transform.applyX(node.x), y: transform.applyY(node.y)} : null;
    })
    .on("start", event => dragStart(event.subject.node, !event.active))
    .on("drag", event => pin(event.subject.node, transform.invertX(event.x), transform.invertY(event.y)))
    .on("end", event => dragEnd(event.subject.node, !event.active));

  /** A drag holds the node where the pointer is and keeps the layout warm (alphaTarget 0.3) until it ends. */
  function dragStart(node, first) {
    autoFit = false;
    if (first) layout.heat({target: 0.3, restart: true});
    pin(node, node.x, node.y);
  }

  function pin(node, x, y) {
    node.fx = node.x = x;
    node.fy = node.y = y;
    layout.pin(node.id, x, y);
    quadStale = true;
    requestDraw();
  }

  function dragEnd(node, last) {
    if (last) layout.heat({target: 0});
    node.fx = node.fy = null;
    layout.pin(node.id, null, null);
  }

  d3.select(canvas).call(drag).call(zoom).on("dblclick.zoom", null);

  canvas.addEventListener("click", event => {
    const node = nodeAtEvent(event);
    // onSelect selects the node here too (through graph.select) and shows its details
    onSelect(node ? node.id : null);
  });
  canvas.addEventListener("dblclick", event => {
    const node = nodeAtEvent(event);
    if (node) onExpand(node.id);
  });
  canvas.addEventListener("pointermove", event => {
    const node = nodeAtEvent(event);
    if (node !== hover) {
      hover = node;
      canvas.classList.toggle("over-node", !!node);
      canvas.title = node ? `${node.name}（${labelName(node.label)}）` : "";
      requestDraw();
    }
  });

  const resizer = new ResizeObserver(resize);
  resizer.observe(container);
  resize();

  function resize() {
    const box = container.getBoundingClientRect();
    width = Math.max(1, box.width);
    height = Math.max(1, box.height);
    dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    gridCols = Math.ceil(width / CELL_W) + 1;
    gridRows = Math.ceil(height / CELL_H) + 1;
    grid = new Uint32Array(gridCols * gridRows);
    stamp = 0;
    if (autoFit) fitNow(false);
    requestDraw();
  }

  function nodeAtEvent(event) {
    const rect = canvas.getBoundingClientRect();
    return nodeAt(event.clientX - rect.left, event.clientY - rect.top);
  }

  /** The node nearest to the graph point (x, y) within radius, from a quadtree rebuilt only after the layout moved. */
  function nearest(x, y, radius) {
    if (quadStale) {
      quadtree = d3.quadtree(nodes, d => d.x, d => d.y);
      quadStale = false;
    }
    return quadtree.find(x, y, radius);
  }

  /** The node under the screen point (x, y). */
  function nodeAt(x, y) {
    const gx = transform.invertX(x), gy = transform.invertY(y);
    const node = nearest(gx, gy, Math.max(20, 20 / transform.k));
    if (!node) return null;
    const reach = node.r + 4 / transform.k;
    return (node.x - gx) ** 2 + (node.y - gy) ** 2 <= reach * reach ? node : null;
  }

  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(draw);
  }

  function draw(now) {
    drawPending = false;
    // a small graph is shown first when settled: until then the last picture stays
    if (awaitingSettle) return;
    if (autoFit && ticks - fittedAtTick >= 15 && layout.alpha > 0.05) { fittedAtTick = ticks; fitNow(false); }
    if (focus) followPath(now);
    const k = transform.k;
    const x0 = -transform.x / k, y0 = -transform.y / k, x1 = (width - transform.x) / k, y1 = (height - transform.y) / k;
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.fillStyle = "#fbfcfd";
    context.fillRect(0, 0, width, height);
    context.translate(transform.x, transform.y);
    context.scale(k, k);

    const emphasis = selected != null || pathMode;
    context.lineWidth = 1 / k;
    // a path fades everything else further than a selection does: the path is what the reader asked to read
    context.strokeStyle = pathMode ? "rgba(120,130,145,0.07)" : emphasis ? "rgba(120,130,145,0.18)" : "rgba(120,130,145,0.38)";
    context.beginPath();
    for (let i = 0; i < links.length; i++) {
      const l = links[i], s = l.source, d = l.target;
      if (l.hl) continue;
      if ((s.x < x0 && d.x < x0) || (s.x > x1 && d.x > x1) || (s.y < y0 && d.y < y0) || (s.y > y1 && d.y > y1)) continue;
      context.moveTo(s.x, s.y);
      context.lineTo(d.x, d.y);
    }
    context.stroke();
    if (emphasis) {
      context.lineWidth = (pathMode ? 3.5 : 2.2) / k;
      context.strokeStyle = pathMode ? "#d9480f" : "#1f6feb";
      context.beginPath();
      for (let i = 0; i < links.length; i++) {
        const l = links[i];
        if (!l.hl) continue;
        context.moveTo(l.source.x, l.source.y);
        context.lineTo(l.target.x, l.target.y);
      }
      context.stroke();
      if (pathMode) drawArrowheads(k);
    }

    const small = (nodes.length > 2000 ? 3.5 : 2.2) / k;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      context.fillStyle = group.colour;
      context.globalAlpha = pathMode ? FADED : emphasis ? 0.45 : 1;
      for (let pass = 0; pass < (emphasis ? 2 : 1); pass++) {
        if (pass === 1) context.globalAlpha = 1;
        context.beginPath();
        for (let i = 0; i < group.nodes.length; i++) {
          const n = group.nodes[i];
          if (emphasis && (pass === 1) !== !!n.hl) continue;
          const r = n.r;
          if (n.x + r < x0 || n.x - r > x1 || n.y + r < y0 || n.y - r > y1) continue;
          // small nodes as plain rectangles: fillRect skips the path rasteriser, which scans the whole
          // bounding box of a path once per fill
          if (r < small) context.fillRect(n.x - r, n.y - r, 2 * r, 2 * r);
          else if (group.square) context.rect(n.x - r * 0.85, n.y - r * 0.85, r * 1.7, r * 1.7);
          else { context.moveTo(n.x + r, n.y); context.arc(n.x, n.y, r, 0, 2 * Math.PI); }
        }
        context.fill();
      }
    }
    context.globalAlpha = 1;
    if (nodes.length <= 1500) {
      context.lineWidth = 1 / k;
      context.strokeStyle = "#ffffff";
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        context.beginPath();
        for (let i = 0; i < group.nodes.length; i++) {
          const n = group.nodes[i];
          if (n.x + n.r < x0 || n.x - n.r > x1 || n.y + n.r < y0 || n.y - n.r > y1) continue;
          if (group.square) context.rect(n.x - n.r * 0.85, n.y - n.r * 0.85, n.r * 1.7, n.r * 1.7);
          else { context.moveTo(n.x + n.r, n.y); context.arc(n.x, n.y, n.r, 0, 2 * Math.PI); }
        }
        context.stroke();
      }
    }
    // a path's nodes ringed in its colour: the small ones (a task, a unit) stay findable
    if (pathMode) {
      context.lineWidth = 2 / k;
      context.strokeStyle = "#d9480f";
      context.beginPath();
      for (const n of pathOrder) { context.moveTo(n.x + n.r + 3 / k, n.y); context.arc(n.x, n.y, n.r + 3 / k, 0, 2 * Math.PI); }
      context.stroke();
    }
    ring(sims.get(selected), "#1f6feb", 3);
    if (hover && hover.id !== selected) ring(hover, "#1f2933", 1.5);

    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawLabels();

    hooks.drawnAt = now;
    hooks.frames++;
    if (hooks.firstDrawMs == null && nodes.length > 0) hooks.firstDrawMs = performance.now();
    frameTimes[frameCount % frameTimes.length] = now;
    frameCount++;
  }

  function ring(n, colour, widthPx) {
    if (!n || !nodes.includes(n)) return;
    context.beginPath();
    context.arc(n.x, n.y, n.r + 3 / transform.k, 0, 2 * Math.PI);
    context.lineWidth = widthPx / transform.k;
    context.strokeStyle = colour;
    context.stroke();
  }

  /** An arrowhead halfway along each path link, pointing from the relationship's source to its target. */
  function drawArrowheads(k) {
    const size = 7 / k;
    context.fillStyle = "#d9480f";
    context.beginPath();
    for (let i = 0; i < links.length; i++) {
      const l = links[i];
      if (!l.hl) continue;
      const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y, length = Math.hypot(dx, dy);
      if (length < 3 * size) continue;
      const ux = dx / length, uy = dy / length;
      const tipX = l.source.x + dx / 2 + ux * size / 2, tipY = l.source.y + dy / 2 + uy * size / 2;
      context.moveTo(tipX, tipY);
      context.lineTo(tipX - ux * size - uy * size * 0.55, tipY - uy * size + ux * size * 0.55);
      context.lineTo(tipX - ux * size + uy * size * 0.55, tipY - uy * size - ux * size * 0.55);
      context.closePath();
    }
    context.fill();
  }

  function drawLabels() {
    stamp++;
    if (stamp === 0xffffffff) { grid.fill(0); stamp = 1; }
    placedCount = 0;
    context.font = FONT;
    context.textBaseline = "middle";
    context.lineJoin = "round";
    const k = transform.k;
    // every node of a path is named, whatever else wants the place: the path is what the reader reads
    if (pathMode) for (const n of pathOrder) tryLabel(n, k, true, 4);
    if (hover) tryLabel(hover, k, true);
    const sel = sims.get(selected);
    if (sel) tryLabel(sel, k, true);
    // beside a path the faded nodes stay unnamed
    if (pathMode) return;
    for (let i = 0; i < order.length && placedCount < MAX_LABELS; i++) {
      const n = order[i];
      if (n === hover || n === sel) continue;
      if (!(n.hl || i < TOP_LABELS || n.r * k >= 7 || k >= LABEL_ZOOM)) continue;
      // right of the node, else left, above or below: in a dense overview one spot alone loses actors' names
      tryLabel(n, k, false, 4);
    }
  }

  /**
   * Names n beside it where no label is yet: right of it, or (spots > 1) left, above or below.
   * force names it even when every spot is taken, at the first one.
   */
  function tryLabel(n, k, force, spots = 1) {
    const sx = transform.applyX(n.x), sy = transform.applyY(n.y);
    if (sx < -50 || sx > width + 10 || sy < -10 || sy > height + 10) return;
    if (n.tw == null) {
      n.short = n.name.length > 18 ? `${n.name.slice(0, 17)}…` : n.name;
      n.tw = context.measureText(n.short).width;
    }
    const gap = n.r * k + 3;
    let lx = 0, top = 0, free = false;
    for (let spot = 0; spot < spots && !free; spot++) {
      if (spot === 0) { lx = sx + gap; top = sy - LABEL_H / 2; }
      else if (spot === 1) { lx = sx - gap - n.tw; top = sy - LABEL_H / 2; }
      else { lx = sx - n.tw / 2; top = spot === 2 ? sy - gap - LABEL_H : sy + gap; }
      free = isFree(lx, top, n.tw);
    }
    if (!free) {
      if (!force) return;
      lx = sx + gap;
      top = sy - LABEL_H / 2;
    }
    const c0 = Math.max(0, Math.floor(lx / CELL_W)), c1 = Math.min(gridCols - 1, Math.floor((lx + n.tw) / CELL_W));
    const r0 = Math.max(0, Math.floor(top / CELL_H)), r1 = Math.min(gridRows - 1, Math.floor((top + LABEL_H) / CELL_H));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) grid[r * gridCols + c] = stamp;
    // a plate behind the text: stroking CJK glyphs for a halo costs far more than a rectangle
    context.fillStyle = "rgba(251,252,253,0.82)";
    context.fillRect(lx - 1, top + 1, n.tw + 2, LABEL_H - 2);
    context.fillStyle = n.hl || n.id === selected ? "#0b3d91" : "#2b3640";
    context.fillText(n.short, lx, top + LABEL_H / 2);
    n.lx = lx;
    n.ly = top + LABEL_H / 2;
    placed[placedCount++] = n;
  }

  /** Whether no label of this frame covers the box at (lx, top) tw wide. */
  function isFree(lx, top, tw) {
    const c0 = Math.max(0, Math.floor(lx / CELL_W)), c1 = Math.min(gridCols - 1, Math.floor((lx + tw) / CELL_W));
    const r0 = Math.max(0, Math.floor(top / CELL_H)), r1 = Math.min(gridRows - 1, Math.floor((top + LABEL_H) / CELL_H));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (grid[r * gridCols + c] === stamp) return false;
    return true;
  }

  /** Rebuilds the simulated node and link arrays from the data, filters and hidden set, keyed by id. */
  function refresh() {
    const visible = [];
    for (const d of raw.values()) {
      if (hidden.has(d.id) || (labelFilter && !labelFilter.has(d.label) && !expanded.has(d.id))) continue;
      let n = sims.get(d.id);
      if (!n) sims.set(d.id, n = {});
      if (n.name !== d.name) n.tw = null;
      Object.assign(n, d);
      visible.push(n);
    }
    const ids = new Set(visible.map(d => d.id));
    links = [];
    const local = new Map();
    for (const [key, l] of rawLinks) {
      if ((typeFilter && !typeFilter.has(l.type)) || !ids.has(l.source) || !ids.has(l.target)) continue;
      links.push({key, source: sims.get(l.source), target: sims.get(l.target), type: l.type, hl: false});
      local.set(l.source, (local.get(l.source) ?? 0) + 1);
      local.set(l.target, (local.get(l.target) ?? 0) + 1);
    }
    for (const n of visible) {
      n.deg = n.degree ?? local.get(n.id) ?? 0;
      n.r = 3.5 + Math.min(13, Math.sqrt(n.deg) * 1.7);
    }
    nodes = visible;
    layout.setGraph(nodes, links);
    const byLabel = d3.group(nodes, d => d.label);
    groups = [...byLabel].map(([label, members]) => ({label, colour: colour(label), square: label === "Task" || label === "AnnexTask", nodes: members}));
    // labels go first to the actors planners look for (universities, enterprises, then platforms and parks), then by
    // how connected a node is: a bureau named in every task is big enough to be read without its label first
    order = nodes.slice().sort((a, b) => labelWeight(b) - labelWeight(a));
    mark();
    quadStale = true;
    onChange();
    requestDraw();
  }

  // pathOrder: the path nodes shown, its ends first (they get the best places for their labels)
  let pathNodes = new Set(), pathLinks = new Set(), pathOrder = [], pathEnds = [];

  function mark() {
    for (const n of nodes) n.hl = false;
    for (const l of links) l.hl = false;
    pathOrder = [];
    if (pathMode) {
      for (const n of nodes) n.hl = pathNodes.has(n.id);
      for (const l of links) l.hl = pathLinks.has(l.key) || pathLinks.has(linkKey(idOf(l.target), l.type, idOf(l.source)));
      const ends = pathEnds.map(id => sims.get(id)).filter(n => n && n.hl);
      pathOrder = [...new Set([...ends, ...nodes.filter(n => n.hl)])];
      // a node selected beside the path stays readable too
      const sel = sims.get(selected);
      if (sel && nodes.includes(sel)) sel.hl = true;
    } else if (selected != null) {
      for (const l of links) {
        if (idOf(l.source) === selected || idOf(l.target) === selected) {
          l.hl = true;
          sims.get(idOf(l.source)).hl = true;
          sims.get(idOf(l.target)).hl = true;
        }
      }
      const sel = sims.get(selected);
      if (sel) sel.hl = true;
    }
  }

  function add(data, around) {
    const centre = around != null ? sims.get(around) : null;
    for (const d of data.nodes ?? []) {
      const copy = {...d};
      raw.set(d.id, copy);
      if (!sims.has(d.id) && centre && centre.x != null) {
        const angle = Math.random() * 2 * Math.PI;
        sims.set(d.id, {x: centre.x + Math.cos(angle) * 30, y: centre.y + Math.sin(angle) * 30});
      }
    }
    for (const l of data.links ?? []) {
      const source = idOf(l.source), target = idOf(l.target);
      rawLinks.set(linkKey(source, l.type, target), {...l, source, target});
    }
  }

  /**
   * The transform that shows members (default: every node) within the canvas less the insets (pixels covered by
   * a panel on the right, the toolbar above, the legend below).
   */
  function fitTransform(members = nodes, {right = 0, top = 0, bottom = 0, maxScale = 2} = {}) {
    if (members.length === 0) return d3.zoomIdentity.translate(width / 2, height / 2);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const n of members) {
      if (n.x - n.r < minX) minX = n.x - n.r;
      if (n.y - n.r < minY) minY = n.y - n.r;
      if (n.x + n.r > maxX) maxX = n.x + n.r;
      if (n.y + n.r > maxY) maxY = n.y + n.r;
    }
    const pad = 40, w = Math.max(width - right, width / 2), h = Math.max(height - top - bottom, height / 2);
    const k = Math.min(maxScale, Math.max(0.03, Math.min((w - 2 * pad) / (maxX - minX || 1), (h - 2 * pad) / (maxY - minY || 1))));
    return d3.zoomIdentity.translate(w / 2 - k * (minX + maxX) / 2, top + h / 2 - k * (minY + maxY) / 2).scale(k);
  }

  /**
   * Moves the view to the path, a step each frame, following its nodes while the layout still moves them (new
   * nodes fly in first), until the layout has cooled (or after eight seconds) and the view is there. The labels of
   * a path sit beside its nodes, hence room on the right; the toolbar and the legend cover the top and bottom.
   */
  function followPath(now) {
    const members = pathOrder.filter(n => pathNodes.has(n.id));
    if (members.length === 0 || now - focus.at > 8000) { focus = null; return; }
    if (width <= 1 || members.some(n => n.x == null)) return;
    const target = fitTransform(members, {right: focus.right + 140, top: 50, bottom: 50, maxScale: 2.5});
    const cool = layout.alpha <= 0.05;
    const close = Math.abs(target.k / transform.k - 1) < 0.01 && Math.hypot(target.x - transform.x, target.y - transform.y) < 1;
    const step = 0.15;
    const next = cool && close ? target : d3.zoomIdentity
      .translate(transform.x + (target.x - transform.x) * step, transform.y + (target.y - transform.y) * step)
      .scale(transform.k + (target.k - transform.k) * step);
    if (cool && close) focus = null;
    // a programmatic zoom: no source event, so it does not count as the reader's own move
    d3.select(canvas).call(zoom.transform, next);
    if (focus) requestDraw();
  }

  function fitNow(animate) {
    const target = fitTransform();
    if (animate) d3.select(canvas).transition().duration(600).call(zoom.transform, target);
    else d3.select(canvas).call(zoom.transform, target);
  }

  /** Lays out a small graph before its first frame, so that the reader sees it settled and fitted. */
  function settle() {
    autoFit = !userMoved;
    const small = nodes.length <= 800;
    awaitingSettle = small && nodes.length > 0;
    layout.settle(small ? Math.min(300, Math.ceil(60000 / Math.max(nodes.length, 1))) : 0);
  }

  return {
    canvas,
    /** Replaces the graph; positions of nodes already known are kept. */
    setData(data) {
      raw.clear();
      rawLinks.clear();
      hidden.clear();
      expanded.clear();
      pathMode = false;
      focus = null;
      beforeFocus = null;
      userMoved = false;
      add(data);
      refresh();
      settle();
    },
    /** Adds nodes and links (new ones start around the node `around`) and reheats the layout. */
    merge(data, around) {
      const before = nodes.length;
      add(data, around);
      for (const d of data.nodes ?? []) {
        hidden.delete(d.id);
        expanded.add(d.id);
      }
      refresh();
      if (nodes.length !== before || around != null) layout.heat({alpha: 0.6, restart: true});
    },
    setFilters({labels, types}) {
      labelFilter = labels && labels.length ? new Set(labels) : null;
      typeFilter = types && types.length ? new Set(types) : null;
      refresh();
      layout.heat({alpha: 0.3, restart: true});
    },
    hide(id) {
      hidden.add(id);
      if (selected === id) selected = null;
      refresh();
      layout.heat({alpha: 0.2, restart: true});
    },
    select(id, {centre = false} = {}) {
      // a path stays shown while its nodes are selected and expanded; clearPath() ends it
      selected = id;
      mark();
      requestDraw();
      const n = sims.get(id);
      if (centre && n && nodes.includes(n)) {
        autoFit = false;
        d3.select(canvas).transition().duration(500)
          .call(zoom.translateTo, n.x, n.y);
      }
    },
    selected: () => selected,
    /**
     * Shows paths: node ids and links {source, target, type} drawn thick, every path node named, the rest faded.
     * focus moves the view to them (right: pixels covered on the right, by a panel); clearPath() ends it.
     */
    highlight(nodeIds, pathLinkList, {focus: move = false, right = 0} = {}) {
      if (!pathMode && move) beforeFocus = transform;
      pathNodes = new Set(nodeIds);
      pathEnds = nodeIds.length ? [nodeIds[0], nodeIds[nodeIds.length - 1]] : [];
      pathLinks = new Set(pathLinkList.map(l => linkKey(idOf(l.source), l.type, idOf(l.target))));
      pathMode = pathNodes.size > 0;
      if (move && pathMode) {
        autoFit = false;
        focus = {at: performance.now(), right};
      }
      mark();
      requestDraw();
    },
    /** Ends the paths shown: everything drawn as before, the view back where it was before the first path. */
    clearPath() {
      if (!pathMode) return;
      pathMode = false;
      pathNodes = new Set();
      pathLinks = new Set();
      focus = null;
      mark();
      if (beforeFocus) d3.select(canvas).transition().duration(500).call(zoom.transform, beforeFocus);
      beforeFocus = null;
      requestDraw();
    },
    /** Whether paths are shown. */
    showsPath: () => pathMode,
    /** The ids of the nodes whose labels the last frame drew (for tests). */
    labelled: () => placed.slice(0, placedCount).map(n => n.id),
    /** The boxes of the labels named in the last frame, in canvas pixels: {id, x, y, w, h}. */
    labelBoxes: () => placed.slice(0, placedCount)
      .map(n => ({id: n.id, x: n.lx, y: n.ly - LABEL_H / 2, w: n.tw, h: LABEL_H})),
    /** Whether the node id is drawn faded beside a path (for tests). */
    faded: id => pathMode && !!sims.get(id) && !sims.get(id).hl,
    /** The zoom transform: {x, y, k}. */
    transform: () => ({x: transform.x, y: transform.y, k: transform.k}),
    /** The ids of the highlighted path nodes (empty when nothing is highlighted). */
    highlighted: () => pathMode ? [...pathNodes] : [],
    fit: () => { autoFit = false; fitNow(true); },
    has: id => raw.has(id),
    nodeCount: () => nodes.length,
    linkCount: () => links.length,
    counts() {
      const counts = new Map();
      for (const d of raw.values()) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
      return counts;
    },
    types() {
      return [...new Set([...rawLinks.values()].map(l => l.type))].sort();
    },
    node: id => raw.get(id),
    /** The id of the first node shown, or null. */
    firstId: () => nodes[0]?.id ?? null,
    /** Viewport position of a node, relative to the page (for tests that double-click a node). */
    screenPosition(id) {
      const n = sims.get(id);
      if (!n || !nodes.includes(n)) return null;
      const rect = canvas.getBoundingClientRect();
      return {x: rect.left + transform.applyX(n.x), y: rect.top + transform.applyY(n.y)};
    },
    /** Graph coordinates of a node shown, or null. */
    position(id) {
      const n = sims.get(id);
      return n && nodes.includes(n) ? {x: n.x, y: n.y} : null;
    },
    /** Drags a node as the pointer does, in graph coordinates (for benchmarks): start, move to, end. */
    drag: {
      start: id => { const n = sims.get(id); if (n) dragStart(n, true); },
      to: (id, x, y) => { const n = sims.get(id); if (n) pin(n, x, y); },
      end: id => { const n = sims.get(id); if (n) dragEnd(n, true); },
    },
    /** The layout's alpha as last reported: below 0.05 it has nearly settled. */
    alpha: () => layout.alpha,
    /** Where the force layout runs: "worker", "page", or "pending" while a worker starts. */
    layoutRunsIn: () => layout.runsIn,
    /** Frames drawn per second over the last second. */
    fps() {
      const now = performance.now();
      const total = Math.min(frameCount, frameTimes.length);
      let count = 0, oldest = now;
      for (let i = 0; i < total; i++) {
        const at = frameTimes[i];
        if (now - at <= 1000) { count++; if (at < oldest) oldest = at; }
      }
      return count < 2 ? 0 : (count - 1) * 1000 / Math.max(1, now - oldest);
    },
    hooks,
    /** Milliseconds per call of each force and of one full frame drawn and flushed (for benchmarks). */
    async profile(rounds = 10) {
      const result = await layout.profile(rounds);
      const start = performance.now();
      for (let i = 0; i < rounds; i++) { draw(performance.now()); context.getImageData(0, 0, 1, 1); }
      result.draw = (performance.now() - start) / rounds;
      return result;
    },
    /** Serialises the current view (visible nodes, links and placed labels) as an SVG document. */
    toSVG() {
      const ns = "http://www.w3.org/2000/svg";
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("xmlns", ns);
      svg.setAttribute("width", width);
      svg.setAttribute("height", height);
      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      svg.setAttribute("font-family", '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif');
      const el = (parent, name, attrs) => {
        const e = document.createElementNS(ns, name);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        parent.append(e);
        return e;
      };
      el(svg, "rect", {width, height, fill: "#fbfcfd"});
      const view = el(svg, "g", {transform: `translate(${transform.x},${transform.y}) scale(${transform.k})`});
      const linkLayer = el(view, "g", {stroke: "#7a8291", "stroke-opacity": 0.45, "stroke-width": 1 / transform.k});
      for (const l of links) {
        const line = el(linkLayer, "line", {x1: l.source.x.toFixed(1), y1: l.source.y.toFixed(1), x2: l.target.x.toFixed(1), y2: l.target.y.toFixed(1)});
        if (l.hl) {
          line.setAttribute("stroke", pathMode ? "#d9480f" : "#1f6feb");
          line.setAttribute("stroke-opacity", 1);
          if (pathMode) { line.setAttribute("stroke-width", 3.5 / transform.k); line.setAttribute("class", "path"); }
        } else if (pathMode) line.setAttribute("stroke-opacity", 0.15);
        el(line, "title", {}).textContent = t(`type.${l.type}`);
      }
      const nodeLayer = el(view, "g", {stroke: "#fff", "stroke-width": 1 / transform.k});
      for (const n of nodes) {
        const c = el(nodeLayer, "circle", {cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: n.r.toFixed(1), fill: colour(n.label),
          "data-id": n.id});
        if (pathMode && !n.hl) { c.setAttribute("opacity", FADED); c.setAttribute("class", "faded"); }
        el(c, "title", {}).textContent = `${n.name}（${labelName(n.label)}）`;
      }
      const labelLayer = el(svg, "g", {"font-size": 12, fill: "#2b3640", stroke: "#fbfcfd", "stroke-width": 3, "paint-order": "stroke", "dominant-baseline": "middle"});
      for (let i = 0; i < placedCount; i++) {
        const n = placed[i];
        const text = el(labelLayer, "text", {x: n.lx.toFixed(1), y: n.ly.toFixed(1), "data-id": n.id});
        text.textContent = n.short;
      }
      return new XMLSerializer().serializeToString(svg);
    },
    toPNG: () => new Promise(resolve => canvas.toBlob(resolve, "image/png")),
    stop() {
      layout.stop();
      resizer.disconnect();
      canvas.remove();
    },
  };
}
