const inspector = require("node:inspector");

if (process.env.ENABLE_DEBUGGER) {
  // ruleid: js/inspector-public-bind
  inspector.open(9229, "0.0.0.0");
}

function startRemoteDebugging(port) {
  // ruleid: js/inspector-public-bind
  inspector.open(port, "::", false);
}

if (process.env.ENABLE_DEBUGGER) {
  // ok: js/inspector-public-bind
  inspector.open(9229, "127.0.0.1");
}

// ok: js/inspector-public-bind
inspector.open();
