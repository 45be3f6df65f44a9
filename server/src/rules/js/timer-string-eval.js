function scheduleHighlight(elementId) {
  // ruleid: js/timer-string-eval
  setTimeout("highlight('" + elementId + "')", 500);
}

function startPolling() {
  const params = new URLSearchParams(window.location.search);
  const callback = `refresh${params.get("panel")}()`;
  // ruleid: js/timer-string-eval
  window.setInterval(callback, 1000);
}

function scheduleHighlightSafely(elementId) {
  // ok: js/timer-string-eval
  setTimeout(() => highlight(elementId), 500);
}

function startPollingSafely(refresh) {
  // ok: js/timer-string-eval
  setInterval(refresh, 1000);
}

function legacyTick() {
  // ok: js/timer-string-eval
  setTimeout("tick()", 1000);
}

function runHashCommand() {
  // todoruleid: js/timer-string-eval
  setTimeout(decodeURIComponent(location.hash.slice(1)), 0);
}
