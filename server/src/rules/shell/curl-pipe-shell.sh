#!/usr/bin/env bash
set -euo pipefail

# ruleid: shell/curl-pipe-shell
curl -fsSL https://get.example.dev/install.sh | bash

# ruleid: shell/curl-pipe-shell
wget -qO- https://deb.nodesource.com/setup_20.x | sudo -E bash -

# ruleid: shell/curl-pipe-shell
sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"

# ruleid: shell/curl-pipe-shell
bash <(curl -s https://tool.example/bootstrap)

# ok: shell/curl-pipe-shell
curl -fsSLo /tmp/install.sh https://get.example.dev/install.sh
echo "3f1c2d0e9b8a7f6e5d4c3b2a19081726354f6e7d8c9b0a1f2e3d4c5b6a798081  /tmp/install.sh" | sha256sum -c -
# ok: shell/curl-pipe-shell
bash /tmp/install.sh

# ok: shell/curl-pipe-shell
curl -fsSL https://api.example.dev/status | jq .state
