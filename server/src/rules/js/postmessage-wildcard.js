function sendToken(popup, token) {
  // ruleid: js/postmessage-wildcard
  popup.postMessage({ type: "auth", token }, "*");
}

function notifyParent(height) {
  // ruleid: js/postmessage-wildcard
  window.parent.postMessage({ type: "resize", height }, "*");
}

function sendTokenSafely(popup, token) {
  // ok: js/postmessage-wildcard
  popup.postMessage({ type: "auth", token }, "https://app.example.com");
}

function reply(port, data) {
  // ok: js/postmessage-wildcard
  port.postMessage(data);
}
