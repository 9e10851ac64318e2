#!/usr/bin/env bash
# Makes sure a MongoDB-wire server and a Redis answer, starting them when needed.
# Safe to run twice. Prints the URIs to use as `export` lines on stdout (logs go to stderr).
# Usage: scripts/services.sh [up|down|env]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.data"
ferret_version=v1.24.2
ferret_bin="$data/bin/ferretdb-$ferret_version"
ferret_port=${FERRETDB_PORT:-27018}
ferret_pid="$data/ferretdb.pid"
ferret_log="$data/ferretdb.log"
# The PostgreSQL URL the running FerretDB stores its data in (empty on SQLite), for the GIN mirror.
ferret_pg="$data/ferretdb.postgresql-url"
pg_url_base=${FERRETDB_POSTGRESQL_URL:-postgres://postgres@127.0.0.1:5432/ferretdb}

log() { printf '[services] %s\n' "$*" >&2; }
fail() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# host:port reachable? (bash /dev/tcp, no extra tools)
port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# Pull host and port out of mongodb://[user@]host:port/... or redis://[user@]host:port/...
host_of() { local rest=${1#*://}; rest=${rest#*@}; rest=${rest%%/*}; rest=${rest%%,*}; printf '%s' "${rest%%:*}"; }
port_of() { local rest=${1#*://}; rest=${rest#*@}; rest=${rest%%/*}; rest=${rest%%,*}; [[ $rest == *:* ]] && printf '%s' "${rest##*:}" || printf '%s' "$2"; }

build_ferretdb() {
  [ -x "$ferret_bin" ] && return 0
  command -v go >/dev/null || fail "MongoDB: no MONGODB_URI answers and Go is missing, so FerretDB cannot be built"
  log "building FerretDB $ferret_version (first time only; ~100 s on a cold Go cache)"
  local started=$SECONDS dir src
  # `go install` gives a binary that panics (build/version/version.txt is missing from the module),
  # so build from a writable copy of the module source with that file written in.
  dir=$(go mod download -json "github.com/FerretDB/FerretDB@$ferret_version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  [ -n "$dir" ] && [ -d "$dir" ] || fail "MongoDB: could not download the FerretDB module from the Go module proxy"
  src="$data/src/ferretdb-$ferret_version"
  rm -rf "$src"; mkdir -p "$src" "$data/bin"
  cp -R "$dir/." "$src/"; chmod -R u+w "$src"
  printf '%s' "$ferret_version" > "$src/build/version/version.txt"
  (cd "$src" && go build -o "$ferret_bin.tmp" ./cmd/ferretdb) >&2 || fail "MongoDB: building FerretDB failed"
  mv "$ferret_bin.tmp" "$ferret_bin"
  rm -rf "$src"
  log "FerretDB built in $((SECONDS - started)) s"
}

ferret_running() { [ -f "$ferret_pid" ] && kill -0 "$(cat "$ferret_pid")" 2>/dev/null; }

start_ferretdb() {
  if ferret_running && port_open 127.0.0.1 "$ferret_port"; then
    # Started by an older copy of this script: its command line says which PostgreSQL it uses.
    if [ ! -f "$ferret_pg" ]; then
      tr '\0' '\n' < "/proc/$(cat "$ferret_pid")/cmdline" 2>/dev/null | sed -n 's/^--postgresql-url=//p' > "$ferret_pg" || true
    fi
    return 0
  fi
  rm -f "$ferret_pg"
  port_open 127.0.0.1 "$ferret_port" && fail "MongoDB: port $ferret_port is taken by something this script did not start (set FERRETDB_PORT or MONGODB_URI)"
  build_ferretdb
  local handler_args
  if port_open 127.0.0.1 5432; then
    # A database of its own; createdb fails harmlessly when it exists.
    createdb -h 127.0.0.1 -U postgres ferretdb 2>/dev/null || true
    handler_args=(--handler=postgresql "--postgresql-url=$pg_url_base")
    printf '%s' "$pg_url_base" > "$ferret_pg"
    log "starting FerretDB on PostgreSQL, 127.0.0.1:$ferret_port"
  else
    mkdir -p "$data/sqlite"
    handler_args=(--handler=sqlite "--sqlite-url=file:$data/sqlite/")
    log "no PostgreSQL on 127.0.0.1:5432; starting FerretDB on SQLite ($data/sqlite), 127.0.0.1:$ferret_port"
  fi
  # FerretDB keeps a state.json (instance id, telemetry choice) in --state-dir, by default its
  # working directory, which is wherever the script was called from.
  mkdir -p "$data/state"
  nohup "$ferret_bin" "${handler_args[@]}" --listen-addr="127.0.0.1:$ferret_port" \
    --state-dir="$data/state" --telemetry=disable --debug-addr=- --log-level=warn >"$ferret_log" 2>&1 &
  echo $! > "$ferret_pid"
  for _ in $(seq 1 100); do
    port_open 127.0.0.1 "$ferret_port" && return 0
    ferret_running || fail "MongoDB: FerretDB exited at start; see $ferret_log: $(tail -n 3 "$ferret_log" | tr '\n' ' ')"
    sleep 0.1
  done
  fail "MongoDB: FerretDB did not answer on 127.0.0.1:$ferret_port within 10 s; see $ferret_log"
}

ensure_mongo() {
  if [ -n "${MONGODB_URI:-}" ]; then
    port_open "$(host_of "$MONGODB_URI")" "$(port_of "$MONGODB_URI" 27017)" \
      || fail "MongoDB: MONGODB_URI is set but nothing answers at $(host_of "$MONGODB_URI"):$(port_of "$MONGODB_URI" 27017)"
    mongo_uri=$MONGODB_URI
    return
  fi
  start_ferretdb
  mongo_uri="mongodb://127.0.0.1:$ferret_port/"
  if [ -s "$ferret_pg" ]; then ferret_pg_url=$(cat "$ferret_pg"); fi
}

ensure_redis() {
  if [ -n "${REDIS_URL:-}" ]; then
    port_open "$(host_of "$REDIS_URL")" "$(port_of "$REDIS_URL" 6379)" \
      || fail "Redis: REDIS_URL is set but nothing answers at $(host_of "$REDIS_URL"):$(port_of "$REDIS_URL" 6379)"
    redis_url=$REDIS_URL
    return
  fi
  redis_url="redis://127.0.0.1:6379"
  port_open 127.0.0.1 6379 && return 0
  if ! command -v redis-server >/dev/null; then
    log "installing redis-server from Debian's packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >&2 \
      || fail "Redis: redis-server is missing and could not be installed with apt-get"
  fi
  mkdir -p "$data/redis"
  log "starting redis-server on 127.0.0.1:6379"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --maxmemory-policy noeviction --dir "$data/redis" --logfile "$data/redis/redis.log" >&2 \
    || fail "Redis: redis-server would not start; see $data/redis/redis.log"
  for _ in $(seq 1 50); do port_open 127.0.0.1 6379 && return 0; sleep 0.1; done
  fail "Redis: redis-server did not answer on 127.0.0.1:6379 within 5 s"
}

stop_ferretdb() {
  if ferret_running; then
    kill "$(cat "$ferret_pid")" && log "stopped FerretDB (pid $(cat "$ferret_pid"))"
  fi
  rm -f "$ferret_pid" "$ferret_pg"
}

mkdir -p "$data"
ferret_pg_url=
case "${1:-up}" in
  up|env)
    ensure_mongo
    ensure_redis
    printf 'export MONGODB_URI=%q\nexport REDIS_URL=%q\n' "$mongo_uri" "$redis_url"
    # Tells the service it runs on our FerretDB over PostgreSQL, so it mirrors indexes as GIN.
    if [ -n "$ferret_pg_url" ]; then printf 'export FERRETDB_POSTGRESQL_URL=%q\n' "$ferret_pg_url"; fi
    ;;
  down) stop_ferretdb ;;
  *) fail "usage: $0 [up|down]" ;;
esac
