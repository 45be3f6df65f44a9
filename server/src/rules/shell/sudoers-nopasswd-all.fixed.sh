#!/usr/bin/env bash

useradd -m deploy
# ruleid: shell/sudoers-nopasswd-all
echo "deploy ALL=(ALL) ALL" >> /etc/sudoers
# ruleid: shell/sudoers-nopasswd-all
echo 'ci ALL=(ALL:ALL) ALL' | sudo tee /etc/sudoers.d/ci
# ruleid: shell/sudoers-nopasswd-all
cat <<EOF | sudo tee /etc/sudoers.d/runner
runner ALL=(ALL) ALL
EOF

# ok: shell/sudoers-nopasswd-all
echo "deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart app" > /etc/sudoers.d/deploy
# ok: shell/sudoers-nopasswd-all
echo "deploy ALL=(ALL) ALL" > /etc/sudoers.d/deploy-admin
