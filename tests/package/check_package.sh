#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One part of the package check (tests/package/CMakeLists.txt sets the environment):
#   check_package.sh install|DesktopFile|Metainfo|MimeType|ManPage|InstalledRuns|Deb
set -euo pipefail
: "${PROJECT_SOURCE_DIR:?}" "${BUILD_DIR:?}" "${PREFIX:?}" "${PROJECT_VERSION:?}" "${SCRATCH:?}"
id=dk.opioidtaper.OpioidTaper
fail() { echo "FAIL: $*" >&2; exit 1; }
# The installed programs, with nothing pointing them at the source tree or the build folder.
cli() { env -u OPIOID_TAPER_FORMULARY "$PREFIX/bin/opioid-taper" "$@"; }

case "$1" in
install)
  rm -rf "$SCRATCH/root"
  cmake --install "$BUILD_DIR" --prefix "$PREFIX" >/dev/null
  for f in bin/opioid-taper bin/opioid-taper-gui share/opioid-taper/formulary/sources.json \
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/icons/hicolor/scalable/apps/$id.svg \
    share/mime/packages/$id.xml share/man/man1/opioid-taper.1.gz share/man/man1/opioid-taper-gui.1.gz \
    share/doc/opioid-taper/copyright share/doc/opioid-taper/examples/anne.json; do
    [ -e "$PREFIX/$f" ] || fail "not installed: $f"
  done
  echo "installed into $PREFIX"
  ;;
DesktopFile)
  desktop=$PREFIX/share/applications/$id.desktop
  desktop-file-validate "$desktop" | grep -v ': hint: ' && fail "desktop-file-validate complains" || true
  exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$PREFIX/bin/$exec_bin" ] || fail "Exec=$exec_bin is not an installed program"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ -f "$PREFIX/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon is not installed"
  grep -q '^Name\[da\]=\|^GenericName\[da\]=' "$desktop" || fail "no Danish name"
  grep -q '^Comment\[da\]=' "$desktop" || fail "no Danish comment"
  grep -q '^MimeType=.*application/x-opioid-taper-plan;' "$desktop" || fail "the plan MIME type is not declared"
  echo "desktop entry valid: Exec, Icon and MIME type installed"
  ;;
Metainfo)
  metainfo=$PREFIX/share/metainfo/$id.metainfo.xml
  appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate --no-net"
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "launchable"
  grep -q "<icon type=\"stock\">$id</icon>" "$metainfo" || fail "icon"
  grep -q "<release version=\"$PROJECT_VERSION\"" "$metainfo" || fail "no release note for $PROJECT_VERSION"
  grep -q "^## $PROJECT_VERSION " "$PROJECT_SOURCE_DIR/CHANGELOG.md" || fail "CHANGELOG.md has no $PROJECT_VERSION"
  release_date=$(sed -n "s/.*<release version=\"$PROJECT_VERSION\" date=\"\([0-9-]*\)\".*/\1/p" "$metainfo")
  grep -q "^## $PROJECT_VERSION — $release_date" "$PROJECT_SOURCE_DIR/CHANGELOG.md" ||
    fail "the release date $release_date differs from CHANGELOG.md"
  grep -q '<screenshot type="default">' "$metainfo" || fail "no screenshot"
  echo "metainfo valid, release $PROJECT_VERSION of $release_date as in CHANGELOG.md"
  ;;
MimeType)
  mime=$SCRATCH/mime
  rm -rf "$mime" && mkdir -p "$mime/packages"
  cp "$PREFIX/share/mime/packages/$id.xml" "$mime/packages/"
  out=$(update-mime-database -V "$mime" 2>&1)
  ! grep -qi 'warning\|error\|unknown' <<<"$out" || fail "update-mime-database: $out"
  grep -q 'application/x-opioid-taper-plan' "$mime/magic" || fail "no magic for plan files"
  # The magic (a plan starts '{\n  "created": "' and has '"dispense_total": [' 20 to 68 bytes in) checked
  # against a plan the installed program writes, and a regimen file must not match it.
  plan=$SCRATCH/plan.json
  cli taper "$PREFIX/share/doc/opioid-taper/examples/anne.json" --start 2026-12-07 -o "$plan" --force >/dev/null
  head -c 16 "$plan" | cmp -s - <(printf '{\n  "created": "') || fail "a plan does not start as the magic expects"
  at=$(grep -bo '"dispense_total": \[' "$plan" | head -n 1 | cut -d: -f1)
  [ -n "$at" ] && [ "$at" -ge 20 ] && [ "$at" -le 68 ] || fail "\"dispense_total\" at byte ${at:-none}, not 20..68"
  ! head -c 16 "$PREFIX/share/doc/opioid-taper/examples/anne.json" | cmp -s - <(printf '{\n  "created": "') ||
    fail "a regimen file would be taken for a plan"
  echo "MIME type: magic matches a plan written by the installed program (\"dispense_total\" at byte $at)"
  ;;
ManPage)
  for page in opioid-taper opioid-taper-gui; do
    warnings=$(gzip -dc "$PREFIX/share/man/man1/$page.1.gz" | groff -man -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
  done
  text=$(gzip -dc "$PREFIX/share/man/man1/opioid-taper.1.gz" | groff -man -Tutf8 -P-cbou 2>/dev/null)
  # Every subcommand (and sub-subcommand) and every long option opioid-taper --help shows is in the page.
  subcommands() { "$@" --help | awk '/^Subcommands:/{s=1;next} s&&/^  [a-z]/{print $1} s&&/^$/{s=0}'; }
  missing=()
  check_options() {
    for opt in $("$@" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
      [ "$opt" = --help ] && continue
      grep -q -- "$opt\b" <<<"$text" || missing+=("${*:2} $opt")
    done
  }
  check_options cli
  for sub in $(subcommands cli); do
    grep -q "^   $sub\b\|^  $sub\b\|^       $sub\b" <<<"$text" || grep -q "opioid-taper $sub\b" <<<"$text" || missing+=("subcommand $sub")
    check_options cli "$sub"
    for subsub in $(subcommands cli "$sub"); do
      grep -q "$sub $subsub\b" <<<"$text" || missing+=("subcommand $sub $subsub")
      check_options cli "$sub" "$subsub"
    done
  done
  gui_text=$(gzip -dc "$PREFIX/share/man/man1/opioid-taper-gui.1.gz" | groff -man -Tutf8 -P-cbou 2>/dev/null)
  for opt in --version --lang --formulary --screenshot; do
    grep -q -- "$opt" <<<"$gui_text" || missing+=("opioid-taper-gui $opt")
  done
  for code in 0 1 2; do
    awk '/^EXIT STATUS/{s=1;next} /^[A-Z]/{s=0} s' <<<"$text" | grep -q "^       $code\b" || missing+=("exit status $code")
  done
  [ ${#missing[@]} -eq 0 ] || fail "the man page lacks: ${missing[*]}"
  echo "man pages render without warnings and name every subcommand, option and exit status"
  ;;
InstalledRuns)
  version=$(cli --version)
  grep -q "^opioid-taper $PROJECT_VERSION$" <<<"$version" || fail "--version: $version"
  grep -q "^commit [A-Za-z0-9._+-]\+$" <<<"$version" || fail "--version has no commit: $version"
  grep -qF "formulary data $(sed -n 's/.*"data_version": "\(.*\)".*/\1/p' "$PROJECT_SOURCE_DIR/formulary/sources.json") ($PREFIX/share/opioid-taper/formulary)" <<<"$version" ||
    fail "the installed CLI does not use the installed formulary: $version"
  gui_version=$(env -u OPIOID_TAPER_FORMULARY QT_QPA_PLATFORM=offscreen "$PREFIX/bin/opioid-taper-gui" --version)
  [ "$(tail -n +2 <<<"$gui_version")" = "$(tail -n +2 <<<"$version")" ] || fail "GUI --version: $gui_version"
  cli meq "$PREFIX/share/doc/opioid-taper/examples/anne.json" >/dev/null
  env -u OPIOID_TAPER_FORMULARY QT_QPA_PLATFORM=offscreen "$PREFIX/bin/opioid-taper-gui" \
    --screenshot "$SCRATCH/screenshot.png" "$PREFIX/share/doc/opioid-taper/examples/anne.json"
  [ -s "$SCRATCH/screenshot.png" ] || fail "no screenshot"
  echo "$version" | sed 's/^/  /'
  ;;
Deb)
  out=$SCRATCH/deb
  rm -rf "$out"
  (cd "$BUILD_DIR" && cpack -G DEB -B "$out" >/dev/null) || fail "cpack -G DEB"
  arch=$(dpkg --print-architecture)
  deb=$out/opioid-taper_${PROJECT_VERSION}_$arch.deb
  [ -f "$deb" ] || fail "no $deb: $(ls "$out")"
  depends=$(dpkg-deb -f "$deb" Depends)
  for d in libc6 libstdc++6 libqt6widgets6 libqt6charts6 libqt6printsupport6 qt6-qpa-plugins libqt6svg6 tzdata; do
    grep -q "\b$d\b" <<<"$depends" || fail "Depends lacks $d: $depends"
  done
  contents=$(dpkg-deb -c "$deb")
  for f in ./usr/bin/opioid-taper ./usr/bin/opioid-taper-gui ./usr/share/opioid-taper/formulary/products-dk.json \
    ./usr/share/applications/$id.desktop ./usr/share/man/man1/opioid-taper.1.gz ./usr/share/doc/opioid-taper/copyright; do
    grep -q " $f$" <<<"$contents" || fail "the package lacks $f"
  done
  ! grep -q '/tests\?/\|gtest\|benchmark' <<<"$contents" || fail "the package holds test files"
  echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; Depends: $depends"
  ;;
*) fail "unknown part '$1'" ;;
esac
