// Where the force layout runs: in a Web Worker when the browser can start one, so that the page only draws;
// else on the page. Either way the same engine (layout-engine.js) gets the same messages: this module is the
// switch, and the page's side of the conversation.
import {createLayoutEngine} from "./layout-engine.js";

const INITIAL_RADIUS = 10, INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Creates the layout. onPositions(positions, info) gets each update for the current graph: positions holds x, y
 * of node i at 2i, 2i + 1 (read it at once: its buffer goes back to the worker); info has ticks and settled
 * (true once: the first update after the latest settle()).
 * where: "worker" (default) or "page" to keep the layout on the page.
 */
export function createLayout({onPositions, where = "worker"}) {
  let send = null;              // set once the engine's place is known; messages wait in queue until then
  let queue = [];
  let runsIn = "pending";
  let seq = 0, version = 0, heatSeq = 0, settleSeq = Infinity, alpha = 1;
  let profiles = 0;
  const profileWaits = new Map();
  let worker = null;

  function receive(message) {
    if (message.type === "ready") {
      runsIn = "worker";
      use((m, transfer) => worker.postMessage(m, transfer ?? []));
    } else if (message.type === "positions") {
      // alpha from before the latest heat is stale
      if (message.seq >= heatSeq) alpha = message.alpha;
      if (message.version === version) {
        // the first positions the engine sent after the latest settle (and for the current graph)
        const settled = message.seq >= settleSeq;
        if (settled) settleSeq = Infinity;
        onPositions(message.positions, {ticks: message.ticks, settled});
      }
      send({type: "ack", positions: message.positions}, [message.positions.buffer]);
    } else if (message.type === "profile") {
      profileWaits.get(message.id)?.(message.result);
      profileWaits.delete(message.id);
    }
  }

  function use(sender) {
    send = sender;
    const waiting = queue;
    queue = [];
    for (const message of waiting) send(message);
  }

  /** The engine on the page, behind the same asynchronous messages as a worker's. */
  function onPage() {
    if (worker) { worker.terminate(); worker = null; }
    runsIn = "page";
    const handle = createLayoutEngine(message => queueMicrotask(() => receive(message)), requestAnimationFrame);
    use(message => queueMicrotask(() => handle(message)));
  }

  function post(message) {
    message.seq = ++seq;
    if (send) send(message);
    else queue.push(message);
    return message.seq;
  }

  if (where === "worker" && typeof Worker === "function") {
    try {
      worker = new Worker(new URL("./layout-worker.js", import.meta.url), {type: "module"});
      worker.onmessage = event => receive(event.data);
      // a worker that cannot load (no module workers, a policy refusing it) leaves the layout to the page
      worker.onerror = event => { if (runsIn === "pending") { event.preventDefault?.(); onPage(); } };
    } catch {
      onPage();
    }
  } else {
    onPage();
  }

  return {
    /** Lays out nodes (objects with id, r and, once known, x and y) and links between them (source, target objects). */
    setGraph(nodes, links) {
      version++;
      const ids = new Array(nodes.length), x = new Float64Array(nodes.length), y = new Float64Array(nodes.length);
      const r = new Float32Array(nodes.length);
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        n.index = i;
        // D3's starting spiral, here so that the page can draw the nodes before the first tick comes back
        if (!(Number.isFinite(n.x) && Number.isFinite(n.y))) {
          const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i), angle = i * INITIAL_ANGLE;
          n.x = radius * Math.cos(angle);
          n.y = radius * Math.sin(angle);
        }
        ids[i] = n.id;
        x[i] = n.x;
        y[i] = n.y;
        r[i] = n.r;
      }
      const sources = new Uint32Array(links.length), targets = new Uint32Array(links.length);
      for (let i = 0; i < links.length; i++) {
        sources[i] = links[i].source.index;
        targets[i] = links[i].target.index;
      }
      post({type: "graph", version, ids, x, y, r, sources, targets});
    },
    /** Starts the layout from alpha 1; a small graph gets ticks steps at once, reported with settled: true. */
    settle(ticks) {
      alpha = 1;
      heatSeq = settleSeq = post({type: "settle", ticks});
    },
    /** Sets alpha and/or alphaTarget; restart: run the ticker (as D3's simulation.restart()). */
    heat({alpha: value, target, restart = false}) {
      const at = post({type: "heat", alpha: value, target, restart});
      if (value != null) { alpha = value; heatSeq = at; }
    },
    /** Fixes node id at (x, y); null releases it. */
    pin(id, x, y) {
      post({type: "pin", id, x, y});
    },
    /** Milliseconds per call of each force (for benchmarks). */
    profile(rounds) {
      const id = ++profiles;
      return new Promise(resolve => {
        profileWaits.set(id, resolve);
        post({type: "profile", id, rounds});
      });
    },
    /** The simulation's alpha as last reported (or as last set). */
    get alpha() { return alpha; },
    /** "worker" once the worker runs, "page" when the layout runs on the page, "pending" before either. */
    get runsIn() { return runsIn; },
    stop() {
      post({type: "stop"});
      worker?.terminate();
    },
  };
}
