/**
 * Preloaded with `node -r` (and installed in-process by the no-network test): every way Node opens a connection
 * or resolves a name throws, and is recorded, one line each, in the file named by AI_AUDIT_NETWORK_LOG. Each
 * thread that loads it also records `loaded <threadId>`, so a test can tell that worker threads were covered.
 */
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { threadId } from 'node:worker_threads';

type Restore = () => void;

/** Replaces the network entry points; returns a function that puts them back. */
export function denyNetwork(record: (what: string) => void): Restore {
  const saved: [object, string, unknown][] = [];
  const replace = (owner: object, name: string, what: string) => {
    const target = owner as Record<string, unknown>;
    saved.push([owner, name, target[name]]);
    target[name] = function denied(): never {
      record(what);
      throw new Error(`ai-audit must not use the network (${what})`);
    };
  };
  replace(net.Socket.prototype, 'connect', 'net.Socket#connect');
  replace(net, 'connect', 'net.connect');
  replace(net, 'createConnection', 'net.createConnection');
  replace(tls, 'connect', 'tls.connect');
  replace(dns, 'lookup', 'dns.lookup');
  replace(dns, 'resolve', 'dns.resolve');
  replace(dns.promises, 'lookup', 'dns.promises.lookup');
  replace(http, 'request', 'http.request');
  replace(http, 'get', 'http.get');
  replace(https, 'request', 'https.request');
  replace(https, 'get', 'https.get');
  if (typeof globalThis.fetch === 'function') replace(globalThis, 'fetch', 'fetch');
  return () => {
    for (const [owner, name, original] of saved.reverse()) (owner as Record<string, unknown>)[name] = original;
  };
}

const log = process.env.AI_AUDIT_NETWORK_LOG;
if (log) {
  appendFileSync(log, `loaded ${threadId}\n`);
  denyNetwork((what) => appendFileSync(log, `${what} in thread ${threadId}\n`));
}
