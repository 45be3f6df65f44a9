#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/circleci-token
curl -fsS -X POST -H "Circle-Token: CCIPAT_p96yf3TtKvJ3oqXrm6YonR_9368999bc803476626d737d3840e1750562fc8eb" https://circleci.com/api/v2/project/gh/acme/billing/pipeline

# ok: secrets/circleci-token
curl -fsS -X POST -H "Circle-Token: ${CIRCLE_TOKEN}" https://circleci.com/api/v2/project/gh/acme/billing/pipeline
