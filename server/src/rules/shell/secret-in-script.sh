#!/usr/bin/env bash
set -euo pipefail

# ruleid: shell/secret-in-script
export DEPLOY_TOKEN=9f8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d
# ruleid: shell/secret-in-script
DB_PASSWORD='Spr1ngT1me!2024'

# ok: shell/secret-in-script
export DEPLOY_TOKEN="${DEPLOY_TOKEN:?set DEPLOY_TOKEN in the CI secret store}"
# ok: shell/secret-in-script
DB_PASSWORD="$(vault kv get -field=password secret/app/db)"
# ok: shell/secret-in-script
API_KEY=changeme

psql "postgresql://app:${DB_PASSWORD}@db.internal/app" -c 'select 1'
