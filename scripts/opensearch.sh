#!/usr/bin/env bash
# A single OpenSearch node for the OpenSearch memory store's integration tests and for trying
# `--tm opensearch://…` by hand (docs/opensearch.md).
#   scripts/opensearch.sh start    fetch the pinned distribution through Maven, unpack it under
#                                  target/opensearch, start one node on 127.0.0.1 on a free port,
#                                  wait for health yellow, print http://127.0.0.1:PORT as the last line
#   scripts/opensearch.sh stop     stop exactly the node that start started (its pid file)
#   scripts/opensearch.sh status   print the URL and health, exit 1 when not running
# OpenSearch refuses to run as root: run as root, the node runs as the user tarjama-os (created).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=2.19.3
ARTIFACT="org.opensearch.distribution.integ-test-zip:opensearch:${VERSION}:zip"
DIR="$PWD/target/opensearch"
HOME_DIR="$DIR/opensearch-${VERSION}"
PIDFILE="$DIR/pid"
PORTFILE="$DIR/port"
RUNUSER=tarjama-os

die() { echo "opensearch.sh: $*" >&2; exit 1; }

running() {
  [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

health() {
  curl -fsS --max-time 5 "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

start() {
  if running; then
    echo "http://127.0.0.1:$(cat "$PORTFILE")"
    return 0
  fi
  command -v curl >/dev/null || die "curl is needed"
  command -v unzip >/dev/null || command -v jar >/dev/null || die "unzip (or the JDK's jar) is needed"
  mkdir -p "$DIR"
  if [ ! -f "$DIR/opensearch-${VERSION}.zip" ]; then
    echo "opensearch.sh: fetching $ARTIFACT through Maven" >&2
    mvn -B -q dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$DIR" >&2 \
      || die "could not fetch $ARTIFACT"
  fi
  if [ ! -x "$HOME_DIR/bin/opensearch" ]; then
    rm -rf "$HOME_DIR"
    if command -v unzip >/dev/null; then
      unzip -q "$DIR/opensearch-${VERSION}.zip" -d "$DIR"
    else
      (cd "$DIR" && jar xf "opensearch-${VERSION}.zip")
    fi
    chmod +x "$HOME_DIR"/bin/* "$HOME_DIR"/jdk/bin/* 2>/dev/null || true
  fi
  local port
  port=$(free_port)
  local data="$DIR/data" logs="$DIR/logs"
  rm -rf "$data"
  mkdir -p "$data" "$logs"
  local -a run=()
  if [ "$(id -u)" = 0 ]; then
    id "$RUNUSER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUNUSER" \
      || die "could not create the user $RUNUSER (OpenSearch refuses to run as root)"
    chown -R "$RUNUSER" "$DIR"
    # every directory above target/ must be traversable for the node's user
    local d="$DIR"
    while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
    run=(runuser -u "$RUNUSER" --)
    command -v runuser >/dev/null || run=(su -s /bin/sh "$RUNUSER" -c)
  fi
  local -a args=(-d -p "$PIDFILE"
    -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" -Etransport.port=0
    -Epath.data="$data" -Epath.logs="$logs" -Ecluster.name=tarjama-test
    -Ecluster.routing.allocation.disk.threshold_enabled=false -Eaction.auto_create_index=false)
  rm -f "$PIDFILE"
  echo "$port" > "$PORTFILE"
  export OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m"
  # the integ-test zip has no bundled JDK: use the build's (JAVA_HOME, else the java on PATH)
  local jhome="${JAVA_HOME:-}"
  if [ -z "$jhome" ] || [ ! -x "$jhome/bin/java" ]; then
    command -v java >/dev/null || die "java is needed"
    jhome=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  export OPENSEARCH_JAVA_HOME="$jhome"
  if [ "${run[0]:-}" = su ]; then
    su -s /bin/sh "$RUNUSER" -c "OPENSEARCH_JAVA_HOME='$jhome' OPENSEARCH_JAVA_OPTS='$OPENSEARCH_JAVA_OPTS' '$HOME_DIR/bin/opensearch' ${args[*]}" >"$logs/stdout.log" 2>&1 \
      || { tail -n 40 "$logs/stdout.log" >&2; die "the node did not start"; }
  else
    "${run[@]}" env OPENSEARCH_JAVA_HOME="$jhome" OPENSEARCH_JAVA_OPTS="$OPENSEARCH_JAVA_OPTS" "$HOME_DIR/bin/opensearch" "${args[@]}" >"$logs/stdout.log" 2>&1 \
      || { tail -n 40 "$logs/stdout.log" >&2; die "the node did not start"; }
  fi
  for _ in $(seq 1 180); do
    if health "$port" | grep -q '"status":"\(yellow\|green\)"'; then
      echo "opensearch.sh: node $(cat "$PIDFILE") healthy" >&2
      echo "http://127.0.0.1:$port"
      return 0
    fi
    if [ -f "$PIDFILE" ] && ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  tail -n 60 "$logs/tarjama-test.log" "$logs/stdout.log" >&2 2>/dev/null || true
  stop >/dev/null 2>&1 || true
  die "the node did not become healthy on port $port"
}

stop() {
  if [ ! -f "$PIDFILE" ]; then
    echo "opensearch.sh: not running"
    return 0
  fi
  local pid
  pid=$(cat "$PIDFILE")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$PIDFILE"
  echo "opensearch.sh: stopped $pid"
}

status() {
  running || { echo "opensearch.sh: not running"; return 1; }
  local port
  port=$(cat "$PORTFILE")
  health "$port" || true
  echo
  echo "http://127.0.0.1:$port"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
