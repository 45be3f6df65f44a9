#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/buildkite-token
curl -fsS -H "Authorization: Bearer bkua_0d1041e422c521991491ee5a72b0f7380833d098" https://api.buildkite.com/v2/organizations/acme/pipelines

# ok: secrets/buildkite-token
curl -fsS -H "Authorization: Bearer ${BUILDKITE_API_TOKEN}" https://api.buildkite.com/v2/organizations/acme/pipelines
