#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Cold start of the GUI: wall time from exec to a fully laid-out, painted 1400×900 main window with the
# Anne example and her taper plan loaded, written as PNG (`opioid-taper-gui --screenshot`; offscreen
# platform). An upper bound of "first painted window" (issue target: under 700 ms): it also includes
# parsing the formulary, planning, and encoding the PNG. Reports each run and the median.
# Usage: bench/gui_cold_start.sh [BUILD_DIR] [RUNS]   (default: build, 7)
set -eu
build=${1:-build}
runs=${2:-7}
work=$(mktemp -d "${TMPDIR:-/tmp}/gui-cold-start.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bin/opioid-taper" taper examples/anne.json --start 2026-12-07 -o "$work/anne.plan.json" >/dev/null
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
: >"$work/ms"
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen "$build/bin/opioid-taper-gui" --screenshot "$work/shot.png" "$work/anne.plan.json" \
        >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) | tee -a "$work/ms"
    i=$((i + 1))
done
sort -n "$work/ms" | awk '{ a[NR] = $1 } END { printf "median %d ms over %d runs (min %d, max %d)\n", a[int((NR + 1) / 2)], NR, a[1], a[NR] }'
