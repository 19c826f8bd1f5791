#!/usr/bin/env bash
# Disk full during a load (a scripted fault run; RELIABILITY.md keeps its figures).
# Loads a generated corpus into a store on a small tmpfs (in a private mount namespace: needs root or user
# namespaces), then checks: the load stops with a clear message and a non-zero exit, the process ends, the store
# opens, and every document in it is whole (its relationship count equals that of an uninterrupted load).
# Usage: bench/faults/disk-full.sh [DOCS=120] [DISK_MB=50] [RESERVE_MB=20]
set -euo pipefail
docs=${1:-120}; disk_mb=${2:-50}; reserve_mb=${3:-20}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/bin/collabgraph" --version >/dev/null   # builds the jars when needed
work=$(mktemp -d /tmp/collabgraph-disk-full.XXXX)
cp "$root/api/target/collabgraph.jar" "$work/"   # a rebuild during the run must not change the running jar
cg="java -jar $work/collabgraph.jar"
per_document='MATCH ()-[r]->() WHERE r.document IS NOT NULL WITH r.document AS document, count(*) AS n MATCH (:Document {id: document}) RETURN document, n ORDER BY document'

echo "corpus: $docs generated documents in $work/corpus"
"$root/bin/collabgraph" bench extract --docs "$docs" --dir "$work/corpus" >/dev/null 2>&1
echo "reference: an uninterrupted load on the normal disk"
$cg load --db "$work/reference" "$work/corpus" >/dev/null 2>&1
$cg query --db "$work/reference" --limit 10000 --format csv "$per_document" > "$work/reference.csv"

mkdir -p "$work/small"
echo "fault: the same load on a ${disk_mb} MB disk, ${reserve_mb} MB kept free"
unshare -m bash -c "
  mount -t tmpfs -o size=${disk_mb}m tmpfs '$work/small'
  start=\$(date +%s)
  set +e
  $cg load --db '$work/small/graph' --min-free-mb $reserve_mb '$work/corpus' > '$work/load.out' 2>&1
  echo \$? > '$work/load.code'
  echo \$(( \$(date +%s) - start )) > '$work/load.seconds'
  df -m '$work/small' | tail -1 > '$work/df.txt'
  $cg query --db '$work/small/graph' --limit 10000 --format csv \"$per_document\" > '$work/small.csv' 2> '$work/query.err'
  echo \$? > '$work/query.code'
"
loaded=$(($(wc -l < "$work/small.csv") - 1))
half=$(awk -F, 'NR==FNR { n[$1]=$2; next } FNR>1 && n[$1] != $2 { bad++ } END { print bad+0 }' "$work/reference.csv" "$work/small.csv")
echo "load exit code: $(cat "$work/load.code") after $(cat "$work/load.seconds") s; disk: $(awk '{print $3 " MB used, " $4 " MB free"}' "$work/df.txt")"
echo "message: $(grep -m1 '^error:' "$work/load.out" || echo '(none)')"
echo "store opens afterwards: $([ "$(cat "$work/query.code")" = 0 ] && echo yes || echo "NO: $(cat "$work/query.err")")"
echo "documents in the store: $loaded of $docs; documents not whole: $half"
[ "$(cat "$work/load.code")" != 0 ] && grep -q '^error: .*MB free' "$work/load.out" && [ "$(cat "$work/query.code")" = 0 ] \
  && [ "$half" = 0 ] && [ "$loaded" -gt 0 ] && echo "PASS" || { echo "FAIL (see $work)"; exit 1; }
