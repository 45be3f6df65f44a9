#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/rubygems-api-key
GEM_HOST_API_KEY="rubygems_a95f3a6eca5711a905b23679abe8f773a5e913db1de48595" gem push pkg/acme-tools-1.4.0.gem

# ok: secrets/rubygems-api-key
GEM_HOST_API_KEY="$RUBYGEMS_API_KEY" gem push pkg/acme-tools-1.4.0.gem

# ok: secrets/rubygems-api-key
gem push --key rubygems pkg/acme-tools-1.4.0.gem
