#!/usr/bin/env bash
# Deploys the dashboard. Usage: deploy.sh <environment> [extra command]
set -euo pipefail

ENVIRONMENT="$1"
DEPLOY_TOKEN="dpl_7Hq2mZrV9xK4cT1nB8wLs3Ey6Ua0PdJf"

# Installs the CLI by piping a download straight into a shell.
curl -fsSL https://get.example-tools.dev/install.sh | sh

# The safe twin: download, check the published checksum, then run.
curl -fsSLo /tmp/install.sh https://get.example-tools.dev/install.sh
echo "3b5d5c3712955042212316173ccf37be80003cbb3c2a1e4a8e6c6f0ce7c5f0a2  /tmp/install.sh" | sha256sum -c -
sh /tmp/install.sh

# Runs whatever the second argument says.
eval "$2"

chmod 777 /srv/dashboard
chmod 750 /srv/dashboard

curl -H "Authorization: Bearer ${DEPLOY_TOKEN}" "https://deploy.example.com/api/${ENVIRONMENT}/release"
curl -H "Authorization: Bearer ${DEPLOY_API_TOKEN:?set DEPLOY_API_TOKEN}" "https://deploy.example.com/api/${ENVIRONMENT}/release"
