// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A screening run's result and its bad rows, for the screening tests.
#include "taper/screen.h"

#include <string_view>
#include <vector>

namespace taper::test {

struct Screened {
    screen::ScreenResult result;
    std::vector<screen::BadRow> bad;
    const screen::PatientResult *patient(std::string_view id) const
    {
        for (const auto &p : result.patients)
            if (p.patientId == id) return &p;
        return nullptr;
    }
};

} // namespace taper::test
