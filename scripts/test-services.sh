#!/usr/bin/env bash
# Installs (when absent) and starts what the tests need beyond .NET, from Debian's packages: PostgreSQL, Chromium, a
# ClamAV daemon, nginx for the reference proxy's tests (started by browser-tests.sh) and rsyslog as the log host of the
# log-shipping tests (started by each test).
# Sourced by test.sh; exports PARTICIPATION_TEST_POSTGRES, PARTICIPATION_TEST_CLAMD and CHROMIUM_PATH.
set -euo pipefail

need=()
dpkg -s postgresql >/dev/null 2>&1 || need+=(postgresql)
dpkg -s chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
dpkg -s nginx-light >/dev/null 2>&1 || need+=(nginx-light)
dpkg -s rsyslog-gnutls >/dev/null 2>&1 || need+=(rsyslog rsyslog-gnutls)
dpkg -s clamav-daemon >/dev/null 2>&1 || need+=(clamav-daemon)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: start the distribution's cluster (create one if the package left none) and a login role for tests.
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -n 1)
cl_version=$(echo "$cluster" | awk '{print $1}')
cl_name=$(echo "$cluster" | awk '{print $2}')
cl_port=$(echo "$cluster" | awk '{print $3}')
if ! echo "$cluster" | grep -q online; then
  pg_ctlcluster "$cl_version" "$cl_name" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$cl_port" && break
  sleep 1
done
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_postgres "psql -q -p $cl_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='participation'\"" | grep -q 1 \
  || as_postgres "psql -q -p $cl_port -c \"CREATE ROLE participation LOGIN CREATEDB CREATEROLE PASSWORD 'participation'\""
# CREATEROLE: the least-privilege tests make a schema owner and a row-only account per database.
as_postgres "psql -q -p $cl_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='participation' AND rolcreaterole\"" | grep -q 1 \
  || as_postgres "psql -q -p $cl_port -c \"ALTER ROLE participation CREATEROLE\""

export PARTICIPATION_TEST_POSTGRES="Host=127.0.0.1;Port=$cl_port;Username=participation;Password=participation;Database=postgres"

# Client-certificate logins (ASVS 13.2.1): the role participation_cert_site logs in with a certificate from a test CA
# and never with a password; over TLS the certificate is required, without TLS it is turned away. The tests issue
# short-lived certificates from this CA (its key stays readable by root only) and grant the role rows in their databases.
ca_dir=/var/lib/participation-test-ca
if [ ! -f "$ca_dir/ca.crt" ]; then
  mkdir -p "$ca_dir" && chmod 755 "$ca_dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Participation test client CA" \
    -keyout "$ca_dir/ca.key" -out "$ca_dir/ca.crt" 2>/dev/null
  chmod 600 "$ca_dir/ca.key"; chmod 644 "$ca_dir/ca.crt"
fi
hba=$(as_postgres "psql -q -p $cl_port -tAc 'SHOW hba_file'")
if ! grep -q "participation_cert_site" "$hba"; then
  { echo "hostssl all participation_cert_site 127.0.0.1/32 cert"; echo "hostssl all participation_cert_site ::1/128 cert";
    echo "hostnossl all participation_cert_site all reject"; cat "$hba"; } > "$hba.new"
  chown postgres:postgres "$hba.new" && mv "$hba.new" "$hba"
fi
as_postgres "psql -q -p $cl_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='participation_cert_site'\"" | grep -q 1 \
  || as_postgres "psql -q -p $cl_port -c \"CREATE ROLE participation_cert_site LOGIN\""
as_postgres "psql -q -p $cl_port -c \"ALTER SYSTEM SET ssl_ca_file = '$ca_dir/ca.crt'\" -c 'SELECT pg_reload_conf()'" >/dev/null
export PARTICIPATION_TEST_POSTGRES_CA="$ca_dir"

# ClamAV: a private clamd for the upload-scanning tests, on 127.0.0.1 and a free port, with its own configuration and a
# signature database written here (freshclam's mirror is not reachable, and the tests need only the EICAR test file).
source "$(dirname "${BASH_SOURCE[0]}")/test-clamd.sh"
export CHROMIUM_PATH=/usr/bin/chromium
