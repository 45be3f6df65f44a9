#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/jfrog-api-key
curl -fsS -H "X-JFrog-Art-Api: AKCpa1ptIyxmA4pjBwMJ5qi4QDXdCH9HY1fFizjpEd1X2KrDGwOeqX8mpQNJStnNbh6qbGdif" -T build/app.tar.gz "https://acme.jfrog.io/artifactory/releases/app.tar.gz"

# ok: secrets/jfrog-api-key
curl -fsS -H "Authorization: Bearer ${JFROG_ACCESS_TOKEN}" -T build/app.tar.gz "https://acme.jfrog.io/artifactory/releases/app.tar.gz"

# ok: secrets/jfrog-api-key
curl -fsS -H "X-JFrog-Art-Api: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" "https://acme.jfrog.io/artifactory/api/system/ping"
