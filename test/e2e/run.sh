#!/usr/bin/env bash
# `npm run test:e2e`: the end-to-end tests in a real VS Code (code-server in headless Chromium). Installs the tools
# if needed, builds, packages the .vsix, builds the extension-host suite, then runs test/e2e/driver.mjs, which
# prints "N passed, M failed" last and keeps screenshots and logs in test-artifacts/e2e/.
set -uo pipefail
cd "$(dirname "$0")/../.."

started=$SECONDS
prepare() {
  # The set-up downloads from the npm registry and Debian's mirrors: one hiccup gets a second try.
  { bash test/e2e/setup.sh || { echo "The e2e set-up failed; trying once more."; bash test/e2e/setup.sh; }; } &&
    npm run --silent package | grep -E "^(package: |/.*ai-audit\.vsix: )" &&
    node test/e2e/build-suite.mjs
}
if ! prepare; then
  echo "The end-to-end tests did not run: the set-up, the build or the packaging failed (see above)."
  echo "0 passed, 1 failed"
  exit 1
fi
echo "set-up, build and packaging: $((SECONDS - started)) s"
exec node test/e2e/driver.mjs ai-audit.vsix
