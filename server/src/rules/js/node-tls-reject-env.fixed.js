// Work around the self-signed certificate on the staging API.
// ruleid: js/node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";

function disableChecks() {
  // ruleid: js/node-tls-reject-env
  process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "1";
}

function restoreChecks() {
  // ok: js/node-tls-reject-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
}

const tlsOverrides = {};
// ok: js/node-tls-reject-env
tlsOverrides["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";
