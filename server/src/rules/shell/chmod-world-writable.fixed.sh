#!/usr/bin/env bash

# ruleid: shell/chmod-world-writable
chmod 775 /var/www/html/uploads
# ruleid: shell/chmod-world-writable
chmod -R ug+rwx,o+rx /opt/app
# ruleid: shell/chmod-world-writable
sudo chmod 0664 /var/run/docker.sock
# ruleid: shell/chmod-world-writable
chmod o=rx /srv/shared
# ruleid: shell/chmod-world-writable
chmod o+w /var/log/app.log
# ok: shell/chmod-world-writable
chmod 755 /opt/app/bin/server
# ok: shell/chmod-world-writable
chmod u+x deploy.sh
# ok: shell/chmod-world-writable
chmod 640 /etc/app/config.yml
