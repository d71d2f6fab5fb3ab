#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end throughput of `opioid-taper screen` (parse + classify + write) on synthetic files of 1 M and
# 10 M rows from bench/gen_dispensings, in both input formats: redemptions (patient_id,date,product,units)
# and lmdb (the same rows register-shaped, products by varenummer through a synthetic Medicinpriser
# import). Reports rows/s and peak RSS (GNU time -v) and the machine load, and — when `duckdb` is on PATH —
# DuckDB's time for the same per-patient aggregation on the same file, and the ratio (issue 21: keep at least
# 1.5 x DuckDB). Without duckdb the comparison is reported as skipped.
# Usage: bench/screen_throughput.sh [BUILD_DIR] [ROW COUNTS...]   (default: build, 1000000 10000000)
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
counts=${*:-1000000 10000000}
bin="$build/bin"
work=$(mktemp -d "${TMPDIR:-/tmp}/screen-throughput.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
formulary="$build/share/opioid-taper/formulary"
cp -r "$formulary" "$work/formulary"
"$bin/gen_dispensings" 0 0 lmdb-companion >"$work/formulary/lms-dk.json"
"$bin/gen_dispensings" 0 0 lmdb-map >"$work/vnr.csv"
"$bin/opioid-taper" --formulary "$work/formulary" formulary --format csv >"$work/products.csv"
duckdb=$(command -v duckdb || true)
[ -n "$duckdb" ] || echo "DuckDB: duckdb is not on PATH; the DuckDB comparison is skipped"

# DuckDB's version of the work: per patient, redemptions and first/last in the 365-day window, dispensed MEQ
# in the last 90 days (units x strength x factor; patches x wear_hours / 24), and the flags.
duck_sql() { # $1: file, $2: format
    if [ "$2" = lmdb ]; then
        rows="SELECT pnr AS patient_id, eksd AS date, p.product,
                     CAST(apk AS DOUBLE) * CAST(packsize AS DOUBLE) AS units
              FROM read_csv('$1', header = true, all_varchar = true) r
              JOIN read_csv('$work/vnr.csv', header = true, all_varchar = true) p USING (vnr)"
    else
        rows="SELECT * FROM read_csv('$1', header = true, all_varchar = true)"
    fi
    cat <<SQL
CREATE TEMP TABLE x AS SELECT * FROM read_csv('$work/products.csv', header = true);
COPY (
  WITH r AS ($rows),
  d AS (SELECT patient_id, CAST(date AS DATE) AS day, CAST(units AS DOUBLE) AS units, x.*
        FROM r JOIN x USING (product)
        WHERE CAST(date AS DATE) > DATE '2026-11-21' - 365 AND CAST(date AS DATE) <= DATE '2026-11-21')
  SELECT patient_id, count(*) AS redemptions, min(day) AS first, max(day) AS last,
         sum(CASE WHEN day > DATE '2026-11-21' - 90 THEN units * strength * coalesce(factor, 0)
                  * coalesce(wear_hours / 24.0, 1) END) / 90 AS avg_meq_90d,
         count(*) >= 3 AND max(day) - min(day) > 180 AS long_term,
         count(DISTINCT CASE WHEN day > DATE '2026-11-21' - 90 THEN substance END) > 1 AS multiple_opioids
  FROM d GROUP BY patient_id ORDER BY patient_id
) TO '$work/duck.csv' (HEADER);
SQL
}

for n in $counts; do
    for format in redemptions lmdb; do
        "$bin/gen_dispensings" "$n" 1 "$format" >"$work/in.csv"
        size=$(stat -c %s "$work/in.csv")
        cat "$work/in.csv" >/dev/null # warm the page cache: measure the program, not the disk
        best=""
        for run in 1 2 3; do
            /usr/bin/time -v "$bin/opioid-taper" --formulary "$work/formulary" screen "$work/in.csv" \
                --input-format "$format" --as-of 2026-11-21 -o "$work/out.csv" \
                >"$work/summary.txt" 2>"$work/time.txt"
            wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
            rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
            cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/time.txt")
            user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
            sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
            secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
            best=$(echo "$best $secs" | awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }')
            patients=$(($(wc -l <"$work/out.csv") - 1))
            # CPU seconds (user + sys) do not depend on what else runs on the machine; wall time does.
            awk -v n="$n" -v s="$secs" -v rss="$rss" -v cpu="$cpu" -v mb="$size" -v p="$patients" -v run="$run" \
                -v u="$user" -v y="$sys" -v f="$format" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
                printf "%-11s %9d rows (%4.0f MB, %d patients) run %d: wall %6.2f s = %5.2f M rows/s; CPU %5.2f s (%s) = %5.2f M rows per CPU-s; peak RSS %6.1f MB; load %s\n",
                       f, n, mb / 1e6, p, run, s, n / s / 1e6, u + y, cpu, n / (u + y) / 1e6, rss / 1024, load }'
        done
        if [ -n "$duckdb" ]; then
            duck_sql "$work/in.csv" "$format" >"$work/q.sql"
            start=$(date +%s.%N)
            "$duckdb" <"$work/q.sql" >/dev/null
            end=$(date +%s.%N)
            awk -v n="$n" -v a="$start" -v b="$end" -v best="$best" -v f="$format" 'BEGIN {
                d = b - a; printf "%-11s %9d rows: DuckDB %6.2f s = %5.2f M rows/s; opioid-taper best %6.2f s: %.2f x DuckDB (target >= 1.5)\n",
                f, n, d, n / d / 1e6, best, d / best }'
        fi
    done
done
