function sendToken(popup, token) {
  // ruleid: js/postmessage-wildcard
  popup.postMessage({ type: "auth", token }, window.location.origin);
}

function notifyParent(height) {
  // ruleid: js/postmessage-wildcard
  window.parent.postMessage({ type: "resize", height }, window.location.origin);
}

function sendTokenSafely(popup, token) {
  // ok: js/postmessage-wildcard
  popup.postMessage({ type: "auth", token }, "https://app.example.com");
}

function reply(port, data) {
  // ok: js/postmessage-wildcard
  port.postMessage(data);
}
