// The force layout's Web Worker: loads D3 (the same UMD file the page loads, which sets the global d3 here too)
// and hands every message to the layout engine, whose positions go back as transferred buffers.
import "/webjars/d3/7.9.0/dist/d3.min.js";
import {createLayoutEngine} from "./layout-engine.js";

// At most one tick per 16 ms, as D3's timer runs it on a page, but paced by the worker's own clock: a busy page
// (whose frames a worker's requestAnimationFrame follows) does not slow the layout down.
let lastTick = 0;
const nextTick = step => setTimeout(() => {
  lastTick = performance.now();
  step();
}, Math.max(0, lastTick + 16 - performance.now()));

const handle = createLayoutEngine((message, transfer) => postMessage(message, transfer), nextTick);
onmessage = event => handle(event.data);
postMessage({type: "ready"});
