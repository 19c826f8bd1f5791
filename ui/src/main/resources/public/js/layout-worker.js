// The force layout's Web Worker: loads D3 (the same UMD file the page loads, which sets the global d3 here too)
// and hands every message to the layout engine, whose positions go back as transferred buffers.
import "/webjars/d3/7.9.0/dist/d3.min.js";
import {createLayoutEngine} from "./layout-engine.js";

// a dedicated worker has requestAnimationFrame in current browsers; else about one tick per display frame
const nextFrame = typeof requestAnimationFrame === "function" ? requestAnimationFrame : step => setTimeout(step, 16);
const handle = createLayoutEngine((message, transfer) => postMessage(message, transfer), nextFrame);
onmessage = event => handle(event.data);
postMessage({type: "ready"});
