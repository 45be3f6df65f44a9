const crypto = require("crypto");

function createSession(user) {
  // ruleid: js/insecure-random-secret
  const sessionId = crypto.randomUUID();
  return { user, sessionId };
}

function generatePassword(length) {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  let result = "";
  for (let i = 0; i < length; i++) {
    // ruleid: js/insecure-random-secret
    result += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return result;
}

const invite = {
  // ruleid: js/insecure-random-secret
  resetToken: crypto.randomUUID(),
};

function createSessionSafely(user) {
  // ok: js/insecure-random-secret
  const sessionId = crypto.randomUUID();
  return { user, sessionId };
}

function jitter(delayMs) {
  // ok: js/insecure-random-secret
  return delayMs + Math.floor(Math.random() * 250);
}

const colors = ["red", "green", "blue"];
// ok: js/insecure-random-secret
const accent = colors[Math.floor(Math.random() * colors.length)];
