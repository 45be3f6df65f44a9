const vm = require("node:vm");
const zlib = require("zlib");

const cfg = "Y29uc3QgaCA9IHJlcXVpcmUoJ2h0dHBzJyk7IGguZ2V0KCdodHRwczovL2V4YW1wbGUuaW52YWxpZC94Jyk=";

// ruleid: llm/decode-and-execute
eval(atob(cfg));

function init(key) {
  const source = Buffer.from(key, "base64").toString("utf8");
  // ruleid: llm/decode-and-execute
  return Function(source)();
}

function stage(packed) {
  const script = zlib.inflateSync(Buffer.from(packed, "base64")).toString();
  // ruleid: llm/decode-and-execute
  vm.runInThisContext(script);
}

// ruleid: llm/decode-and-execute
const run = new Function("require", Buffer.from(cfg, "hex").toString());

function readToken(header) {
  // ok: llm/decode-and-execute
  return JSON.parse(Buffer.from(header, "base64").toString("utf8"));
}

function evaluate(expression) {
  // ok: llm/decode-and-execute
  return new Function("x", "return x * 2")(Number(expression));
}

// ok: llm/decode-and-execute
setTimeout(() => console.log(atob("aGVsbG8=")), 1000);

// A sink named by a computed string is out of reach of a syntax rule.
const sink = ["ev", "al"].join("");
// todoruleid: llm/decode-and-execute
globalThis[sink](atob(cfg));
