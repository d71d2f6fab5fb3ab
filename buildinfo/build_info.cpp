// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/build_info.h"

const char *taper::buildinfo::version() { return TAPER_PROJECT_VERSION; }
