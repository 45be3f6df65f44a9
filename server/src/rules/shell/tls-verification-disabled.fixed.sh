#!/usr/bin/env bash

# ruleid: shell/tls-verification-disabled
curl https://artifacts.internal/app.tar.gz -o app.tar.gz
# ruleid: shell/tls-verification-disabled
wget https://artifacts.internal/app.tar.gz
# ruleid: shell/tls-verification-disabled
git config --global http.sslVerify true
# ruleid: shell/tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=1
# ruleid: shell/tls-verification-disabled
npm config set strict-ssl true
# ruleid: shell/tls-verification-disabled
curl -fsSL https://artifacts.internal/install.sh -o install.sh
# ruleid: shell/tls-verification-disabled
git -c http.sslVerify=true clone https://git.internal/app.git
# ruleid: shell/tls-verification-disabled
export GIT_SSL_NO_VERIFY=1

# ok: shell/tls-verification-disabled
curl --cacert /etc/ssl/certs/internal-ca.pem https://artifacts.internal/app.tar.gz -o app.tar.gz
# ok: shell/tls-verification-disabled
curl -fsSL https://example.com/data.json
# ok: shell/tls-verification-disabled
git config --global http.sslCAInfo /etc/ssl/certs/internal-ca.pem
# ok: shell/tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=1
