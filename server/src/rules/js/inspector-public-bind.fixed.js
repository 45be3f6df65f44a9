const inspector = require("node:inspector");

if (process.env.ENABLE_DEBUGGER) {
  // ruleid: js/inspector-public-bind
  inspector.open(9229, "127.0.0.1");
}

function startRemoteDebugging(port) {
  // ruleid: js/inspector-public-bind
  inspector.open(port, "127.0.0.1", false);
}

if (process.env.ENABLE_DEBUGGER) {
  // ok: js/inspector-public-bind
  inspector.open(9229, "127.0.0.1");
}

// ok: js/inspector-public-bind
inspector.open();
