#!/usr/bin/env bash

# ruleid: shell/tls-verification-disabled
curl -k https://artifacts.internal/app.tar.gz -o app.tar.gz
# ruleid: shell/tls-verification-disabled
wget --no-check-certificate https://artifacts.internal/app.tar.gz
# ruleid: shell/tls-verification-disabled
git config --global http.sslVerify false
# ruleid: shell/tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=0
# ruleid: shell/tls-verification-disabled
npm config set strict-ssl false
# ruleid: shell/tls-verification-disabled
curl -fsSLk https://artifacts.internal/install.sh -o install.sh
# ruleid: shell/tls-verification-disabled
git -c http.sslVerify=false clone https://git.internal/app.git
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
