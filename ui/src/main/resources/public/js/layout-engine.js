// The force layout itself: a D3 simulation over plain {id, x, y, r} nodes and links between node indexes, driven
// by its own ticker, which answers each tick with every position in one Float32Array. The same code runs in a Web
// Worker (layout-worker.js) or, where there is none, on the page (layout.js): it only takes and sends messages.

/**
 * Creates the engine. post(message, transfer) sends a message to the page; schedule(callback) waits for the next
 * tick's turn. Returns handle(message) for the messages the page sends (see layout.js).
 */
export function createLayoutEngine(post, schedule) {
  const byId = new Map();     // id → simulation node, kept across graphs so positions and velocities survive
  let nodes = [], version = 0, seq = 0, ticks = 0;
  let running = false, scheduled = false;
  // one positions message in flight at a time: ticks made meanwhile are coalesced into the next one
  let inFlight = false, dirty = false;
  const spare = [];           // position buffers the page handed back

  const collide = d3.forceCollide(d => d.r + 2).iterations(1);
  const manyBody = d3.forceManyBody();
  const link = d3.forceLink().distance(40);
  // Charge costs most of a tick on large graphs; there it is applied on every other tick at twice the
  // strength, which keeps the layout and halves its cost per tick.
  let chargeEvery = 1, chargeTick = 0;
  const charge = Object.assign(alpha => {
    if (++chargeTick % chargeEvery === 0) manyBody(alpha);
  }, {initialize: (n, random) => manyBody.initialize(n, random)});
  const simulation = d3.forceSimulation()
    .stop()
    .force("link", link)
    .force("charge", charge)
    .force("x", d3.forceX().strength(0.05))
    .force("y", d3.forceY().strength(0.05))
    .force("collide", collide);

  function setGraph(message) {
    const {ids, x, y, r, sources, targets} = message;
    version = message.version;
    nodes = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      let n = byId.get(ids[i]);
      if (!n) byId.set(ids[i], n = {id: ids[i], x: x[i], y: y[i], vx: 0, vy: 0});
      n.r = r[i];
      nodes[i] = n;
    }
    const links = new Array(sources.length);
    for (let i = 0; i < sources.length; i++) links[i] = {source: sources[i], target: targets[i]};
    const large = nodes.length > 2000;
    // beyond a few thousand nodes the per-tick budget goes to charge: coarser Barnes–Hut, no collision
    chargeEvery = large ? 2 : 1;
    manyBody.strength(large ? -25 * chargeEvery : -90).theta(large ? 1.3 : 0.9).distanceMax(large ? 250 : 600);
    link.distance(large ? 20 : 40);
    simulation.force("collide", large ? null : collide);
    simulation.nodes(nodes);
    link.links(links);
    // the page drops positions of an older graph: it gets this one's even if nothing else runs
    emit();
  }

  /** Lays out a small graph at once (ticks > 0), so that the page's first frame shows it settled; the page knows
   * that from the first positions whose seq is at least this message's. */
  function settle(count) {
    simulation.alpha(1);
    if (count > 0) {
      simulation.tick(count);
      ticks += count;
      simulation.alpha(0.08);
    }
    emit();
    start();
  }

  function start() {
    running = true;
    if (!scheduled) { scheduled = true; schedule(step); }
  }

  function step() {
    scheduled = false;
    if (!running) return;
    simulation.tick();
    ticks++;
    if (simulation.alpha() < simulation.alphaMin()) running = false;
    emit();
    if (running) { scheduled = true; schedule(step); }
  }

  function emit() {
    if (inFlight) { dirty = true; return; }
    const size = 2 * nodes.length;
    let positions = spare.pop();
    if (!positions || positions.length !== size) positions = new Float32Array(size);
    for (let i = 0; i < nodes.length; i++) {
      positions[2 * i] = nodes[i].x;
      positions[2 * i + 1] = nodes[i].y;
    }
    inFlight = true;
    dirty = false;
    post({type: "positions", version, seq, ticks, alpha: simulation.alpha(), positions}, [positions.buffer]);
  }

  /** Milliseconds per call of each force, on the current graph (for benchmarks). */
  function profile(rounds) {
    const result = {};
    const alpha = simulation.alpha();
    for (const name of ["link", "charge", "x", "y", "collide"]) {
      const force = simulation.force(name);
      if (!force) continue;
      const begin = performance.now();
      for (let i = 0; i < rounds; i++) force(alpha);
      result[name] = (performance.now() - begin) / rounds;
    }
    return result;
  }

  return function handle(message) {
    if (message.seq != null) seq = message.seq;
    switch (message.type) {
      case "graph": setGraph(message); break;
      case "settle": settle(message.ticks); break;
      case "heat":
        if (message.alpha != null) simulation.alpha(message.alpha);
        if (message.target != null) simulation.alphaTarget(message.target);
        if (message.restart) start();
        break;
      case "pin": {
        const n = byId.get(message.id);
        if (n) { n.fx = message.x; n.fy = message.y; }
        break;
      }
      case "ack":
        if (message.positions && spare.length < 2) spare.push(message.positions);
        inFlight = false;
        if (dirty) emit();
        break;
      case "profile": post({type: "profile", id: message.id, result: profile(message.rounds)}); break;
      case "stop": running = false; break;
    }
  };
}
