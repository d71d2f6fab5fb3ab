#!/bin/sh
# End-to-end throughput of `opioid-taper screen` (parse + classify + write) on synthetic files of 1 M and
# 10 M rows from bench/gen_dispensings; reports rows/s and peak RSS (GNU time -v) and the machine load.
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
for n in $counts; do
    "$bin/gen_dispensings" "$n" 1 >"$work/in.csv"
    size=$(stat -c %s "$work/in.csv")
    cat "$work/in.csv" >/dev/null # warm the page cache: measure the program, not the disk
    for run in 1 2 3; do
        /usr/bin/time -v "$bin/opioid-taper" screen "$work/in.csv" --as-of 2026-11-21 -o "$work/out.csv" \
            >"$work/summary.txt" 2>"$work/time.txt"
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
        cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/time.txt")
        user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
        sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
        secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
        patients=$(($(wc -l <"$work/out.csv") - 1))
        # CPU seconds (user + sys) do not depend on what else runs on the machine; wall time does.
        awk -v n="$n" -v s="$secs" -v rss="$rss" -v cpu="$cpu" -v mb="$size" -v p="$patients" -v run="$run" \
            -v u="$user" -v y="$sys" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
            printf "%9d rows (%4.0f MB, %d patients) run %d: wall %6.2f s = %5.2f M rows/s; CPU %5.2f s (%s) = %5.2f M rows per CPU-s; peak RSS %6.1f MB; load %s\n",
                   n, mb / 1e6, p, run, s, n / s / 1e6, u + y, cpu, n / (u + y) / 1e6, rss / 1024, load }'
    done
done
