#!/usr/bin/env bash
# The TRAILS benchmark built as a Slurm job array on a single-node Slurm equals the
# single-process build.
#
#   Tests/slurm/sharded-benchmark.sh [path/to/repro]      (default: .build/debug/repro)
#
# Starts a Slurm cluster on this machine (with-slurm.sh), submits a 4-shard array and its
# merge job at smoke scale with `repro slurm --submit`, waits for them, and compares the
# merged benchmark databases with a single-process build, row by row apart from measured
# seconds. Prints "N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
repro=$(realpath "${1:-.build/debug/repro}")
[ -x "$repro" ] || { echo "sharded-benchmark: $repro not built (swift build first)" >&2; exit 2; }
work=$(mktemp -d /tmp/repro-slurm-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

# What the Slurm test runs inside the cluster.
cat > "$work/in-cluster.sh" <<INNER
set -euo pipefail
"$repro" slurm trails/benchmark --scale smoke --shards 4 --submit --set scoredArchitectures=16 --output "$work/sharded" | tee "$work/submit.txt"
for _ in \$(seq 600); do
  [ -z "\$(squeue -h 2>/dev/null)" ] && break
  sleep 0.2
done
[ -z "\$(squeue -h)" ] || { echo "jobs still queued:"; squeue; exit 1; }
INNER
started=$(date +%s)
check "the array and its merge job were submitted and finished" \
  timeout 170 Tests/slurm/with-slurm.sh bash "$work/in-cluster.sh"
echo "cluster part took $(( $(date +%s) - started )) s"
grep -q "submitted array job" "$work/submit.txt" && grep -q "submitted merge job" "$work/submit.txt" || true
logs="$work/sharded/.repro/slurm/trails-benchmark-smoke/logs"
check "every array task and the merge wrote a log" \
  test "$(ls "$logs" 2>/dev/null | grep -c '\.log$')" -eq 5
check "the merge published the benchmark" \
  grep -q "merged    trails/benchmark" "$logs/repro-trails-benchmark-merge.log"

"$repro" run trails/benchmark --scale smoke --set scoredArchitectures=16 --output "$work/single" >/dev/null 2>"$work/single.err"
dump() {  # the records of one published benchmark database, without measured seconds
  local database
  database=$(ls "$1"/.repro/cache/*/benchmark-"$2".sqlite | head -1)
  sqlite3 "$database" "select * from meta order by key; select * from architectures order by arch;
    select arch, epoch, quote(valid_auc), quote(train_loss) from epochs order by arch, epoch;
    select arch, metric, quote(value) from scores order by arch, metric;
    select * from scored order by arch; select arch, metric, quote(value) from scored_values order by arch, metric;"
}
for dataset in frappe uci_diabetes; do
  check "merged $dataset benchmark equals the single-process build" \
    cmp -s <(dump "$work/sharded" "$dataset") <(dump "$work/single" "$dataset")
  check "the $dataset benchmark is not empty" test "$(dump "$work/single" "$dataset" | wc -l)" -gt 50
  check "the merged $dataset benchmark holds the 16 scored-only architectures" test "$(sqlite3 "$(ls "$work"/sharded/.repro/cache/*/benchmark-"$dataset".sqlite | head -1)" 'select count(*) from scored')" -eq 16
done
check "a resubmission redoes no finished shard" \
  bash -c "\"$repro\" slurm trails/benchmark --scale smoke --shards 4 --set scoredArchitectures=16 --output \"$work/sharded\" | grep -q '4 of 4 shards already built'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
