#!/usr/bin/env bash
# Starts (or finds still running) the tests' own clamd and exports PARTICIPATION_TEST_CLAMD=tcp://127.0.0.1:<port>.
# Sourced by test-services.sh. Its folder holds clamd.conf, the signature database, the pid file and the log.
set -euo pipefail

clamd_dir="${TMPDIR:-/tmp}/participation-test-clamd"
clamd_ping() { # port -> 0 when clamd there answers PONG
  local reply
  reply=$(timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && printf 'zPING\\0' >&3 && tr -d '\\0' <&3" 2>/dev/null) || return 1
  [ "$reply" = "PONG" ]
}

if [ -f "$clamd_dir/port" ] && clamd_ping "$(cat "$clamd_dir/port")"; then
  export PARTICIPATION_TEST_CLAMD="tcp://127.0.0.1:$(cat "$clamd_dir/port")"
else
  [ -f "$clamd_dir/clamd.pid" ] && kill "$(cat "$clamd_dir/clamd.pid")" 2>/dev/null || true
  mkdir -p "$clamd_dir/db"
  # One body signature: the EICAR test string anywhere in a file, so a PDF or PNG that carries it (and passes the
  # site's type checks) is found too. An .ndb line is name:target type (0 = any file):offset (* = anywhere):hex.
  eicar='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
  printf 'Eicar-Test-Signature:0:*:%s\n' "$(printf '%s' "$eicar" | od -An -tx1 | tr -d ' \n')" > "$clamd_dir/db/participation-test.ndb"
  port=""
  for _ in $(seq 1 50); do # a free port: nothing answers a connection there
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  # StreamMaxLength: above the site's largest upload (media: Cms:Media:MaxUploadBytes, 20 MB), as production needs.
  cat > "$clamd_dir/clamd.conf" <<CONF
DatabaseDirectory $clamd_dir/db
TCPSocket $port
TCPAddr 127.0.0.1
Foreground no
PidFile $clamd_dir/clamd.pid
LogFile $clamd_dir/clamd.log
TemporaryDirectory $clamd_dir
StreamMaxLength 32M
CONF
  clamd_bin=$(command -v clamd || echo /usr/sbin/clamd)
  "$clamd_bin" -c "$clamd_dir/clamd.conf"
  for _ in $(seq 1 60); do
    clamd_ping "$port" && break
    sleep 0.5
  done
  clamd_ping "$port" || { echo "clamd did not answer PING on 127.0.0.1:$port; see $clamd_dir/clamd.log" >&2; return 1 2>/dev/null || exit 1; }
  echo "$port" > "$clamd_dir/port"
  export PARTICIPATION_TEST_CLAMD="tcp://127.0.0.1:$port"
fi
