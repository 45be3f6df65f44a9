#!/usr/bin/env bash
set -euo pipefail

# ruleid: shell/secret-in-script
export DEPLOY_TOKEN="${DEPLOY_TOKEN:?}"
# ruleid: shell/secret-in-script
DB_PASSWORD="${DB_PASSWORD:?}"

# ok: shell/secret-in-script
export DEPLOY_TOKEN="${DEPLOY_TOKEN:?set DEPLOY_TOKEN in the CI secret store}"
# ok: shell/secret-in-script
DB_PASSWORD="$(vault kv get -field=password secret/app/db)"
# ok: shell/secret-in-script
API_KEY=changeme

psql "postgresql://app:${DB_PASSWORD}@db.internal/app" -c 'select 1'
