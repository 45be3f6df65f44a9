#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/docker-hub-token
echo "dckr_pat_6BVkT1nkUUpeNj5oHqN_RdGuL86" | docker login -u acmebot --password-stdin

# ok: secrets/docker-hub-token
echo "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin

# ok: secrets/docker-hub-token
echo "dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx" | docker login -u acmebot --password-stdin
