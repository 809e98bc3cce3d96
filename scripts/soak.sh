#!/usr/bin/env bash
# Soak test (not in CI): N minutes of mixed traffic at concurrency 16 against the standalone
# mock server in its own JVM. Prints throughput, errors, heap/RSS growth and the sizes of the
# journal and the idempotency store.   Usage: scripts/soak.sh [minutes=5] [concurrency=16]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-5}
concurrency=${2:-16}

mvn -B -q -DskipTests install -pl sdk,mock-server,benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/benchmarks/target/soak.classpath"

log=$(mktemp)
java -Xmx1g -jar mock-server/target/labelsdk-mock-server-standalone.jar --port 0 --quiet --rate-limit 0 >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  sleep 0.2
done
base=$(grep -o -m1 'http://127.0.0.1:[0-9]*' "$log")

java -cp "benchmarks/target/classes:$(cat benchmarks/target/soak.classpath)" dev.labelsdk.benchmarks.Soak \
  "$base" "$pid" "$minutes" "$concurrency"
