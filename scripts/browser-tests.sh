#!/usr/bin/env bash
# Starts the built site on a temporary SQLite database (demo content imported as on a first start)
# and runs the Playwright + axe-core suite in tests/browser against it (only the files in BROWSER_TESTS, relative to
# tests/browser, when set), then puts the reference nginx proxy
# (deploy/nginx) in front of it and runs tests/proxy. Called by test.sh after the .NET build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${BROWSER_TEST_PORT:-5199}"
tmp="$(mktemp -d)"
site_log="$tmp/site.log"

cd "$root/src/Web"
ASPNETCORE_ENVIRONMENT=Production \
Cms__ForwardedHeaders__KnownProxies__0=127.0.0.1 \
AllowedHosts="localhost;127.0.0.1;osallisuus.test" \
ConnectionStrings__Cms="Data Source=$tmp/site.db" \
Cms__Media__Folder="$tmp/media" \
Cms__Media__CacheFolder="$tmp/cache" \
Cms__Search__Folder="$tmp/search" \
Forms__UploadsFolder="$tmp/form-uploads" \
Forms__Mail__PickupFolder="$tmp/mail" \
  dotnet bin/Debug/net10.0/Participation.Web.dll --urls "http://127.0.0.1:$port" >"$site_log" 2>&1 &
site_pid=$!
nginx_pid=""
trap 'kill $site_pid $nginx_pid 2>/dev/null || true; wait $site_pid $nginx_pid 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && grep -q 'umbraco/setup' "$site_log"; then break; fi
  if ! kill -0 $site_pid 2>/dev/null; then echo "The site did not start:"; cat "$site_log"; exit 1; fi
  sleep 0.5
done

# The site prints a one-time link for creating the first admin; the backoffice tests sign up through it.
setup_path=$(grep -o '/umbraco/setup?token=[0-9a-f]*' "$site_log" | head -n 1 || true)

cd "$root/tests/browser"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
status=0
SITE_URL="http://127.0.0.1:$port" SETUP_PATH="$setup_path" MAIL_FOLDER="$tmp/mail" npm test --silent -- ${BROWSER_TESTS:-} || status=$?

# The reference proxy in front of the same site, with a throwaway certificate: TLS versions and suites, request
# framing, limits, and the site trusting what the proxy forwards.
proxy_port=$((port + 1))
mkdir -p "$tmp/nginx"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$tmp/nginx/site.key" -out "$tmp/nginx/site.crt" 2>/dev/null
cat >"$tmp/nginx/nginx.conf" <<EOF
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events {}
http {
  access_log $tmp/nginx/access.log;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  server {
    listen 127.0.0.1:$proxy_port ssl http2;
    server_name localhost;
    ssl_certificate $tmp/nginx/site.crt;
    ssl_certificate_key $tmp/nginx/site.key;
    include $root/deploy/nginx/tls.conf;
    include $root/deploy/nginx/proxy.conf;
    location / { proxy_pass http://127.0.0.1:$port; }
  }
}
EOF
nginx -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 40); do
  curl -ks -o /dev/null "https://127.0.0.1:$proxy_port/" && break
  if ! kill -0 $nginx_pid 2>/dev/null; then echo "nginx did not start:"; cat "$tmp/nginx/error.log"; exit 1; fi
  sleep 0.25
done
PROXY_URL="https://127.0.0.1:$proxy_port" node --test --test-reporter=spec "$root/tests/proxy/" || status=$?
if grep -qE ' fail: | crit: |Unhandled exception' "$site_log"; then
  echo "The site logged errors during the browser tests:"; grep -E -A5 ' fail: | crit: |Unhandled exception' "$site_log" | head -60
  status=1
fi
exit $status
