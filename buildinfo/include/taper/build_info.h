// SPDX-License-Identifier: GPL-3.0-or-later
// What this build is, for --version and the About box (no prose: the programs word it).
#pragma once

namespace taper::buildinfo {

/// The project version (CMake `project(VERSION)`), e.g. "0.1.0".
const char *version();

/// The git commit the build was made from (`git describe --always --dirty`, e.g. "b575601c1f2a" or
/// "b575601c1f2a-dirty"), $TAPER_COMMIT when the source is not a git checkout, else "unknown".
const char *commit();

} // namespace taper::buildinfo
