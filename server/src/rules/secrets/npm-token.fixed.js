import { execSync } from "node:child_process";

// ruleid: secrets/npm-token
execSync("npm publish", { env: { ...process.env, NODE_AUTH_TOKEN: process.env.NPM_TOKEN } });

// ok: secrets/npm-token
execSync("npm publish", { env: { ...process.env, NODE_AUTH_TOKEN: process.env.NPM_TOKEN } });

// ok: secrets/npm-token
execSync("npm publish", { env: { ...process.env, NODE_AUTH_TOKEN: "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" } });
