#!/usr/bin/env bash
set -euo pipefail

# ruleid: shell/ssh-host-key-checking-disabled
ssh -o StrictHostKeyChecking=no deploy@app.example.com 'sudo systemctl restart app'
# ruleid: shell/ssh-host-key-checking-disabled
rsync -az -e "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null" dist/ deploy@app.example.com:/srv/app
# ruleid: shell/ssh-host-key-checking-disabled
echo "StrictHostKeyChecking no" >> ~/.ssh/config
# ruleid: shell/ssh-host-key-checking-disabled
ssh -oStrictHostKeyChecking=no -oUserKnownHostsFile=/dev/null deploy@app.example.com uptime
# ruleid: shell/ssh-host-key-checking-disabled
export GIT_SSH_COMMAND="ssh -o StrictHostKeyChecking=no"
# ruleid: shell/ssh-host-key-checking-disabled
scp -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=/dev/null app.tar.gz deploy@app.example.com:/srv

# ok: shell/ssh-host-key-checking-disabled
echo "app.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMm0fZfYc8Xq2t7uQ8x5Yc2b3z6dFh8kLrR0wYpN1sTu" >> ~/.ssh/known_hosts
# ok: shell/ssh-host-key-checking-disabled
ssh -o StrictHostKeyChecking=yes deploy@app.example.com 'sudo systemctl restart app'
