// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/plan_overwrite.h"
#include "taper/plan.h"

#include <array>
#include <filesystem>
#include <string_view>

namespace taper {

bool hasPlanKeys(const json::Json &doc)
{
    static constexpr std::array<std::string_view, 8> planOnly{"revision", "created",         "regimen",
                                                              "options",  "steps",           "dispense_total",
                                                              "sessions", "schedule_history"};
    if (!doc.is_object()) return false;
    for (std::string_view key : planOnly)
        if (doc.contains(key)) return true;
    return false;
}

OverwriteRisk overwriteRisk(const json::Json &doc)
{
    OverwriteRisk risk;
    if (!hasPlanKeys(doc)) return risk;
    const auto member = [&](std::string_view key) -> const json::Json * {
        const auto it = doc.find(key);
        return it == doc.end() ? nullptr : &*it;
    };
    bool damaged = false;
    if (const json::Json *r = member("revision")) {
        if (r->is_number_integer())
            risk.revision = r->get<long long>();
        else
            damaged = true;
    }
    if (const json::Json *s = member("sessions")) {
        if (s->is_array())
            risk.sessions = s->size();
        else
            damaged = true;
    }
    if (const json::Json *h = member("schedule_history")) damaged = damaged || !h->is_array() || !h->empty();
    if (damaged || risk.sessions > 0 || risk.revision > 1) risk.kind = OverwriteRisk::Kind::Plan;
    return risk;
}

OverwriteRisk overwriteRiskOfFile(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return {};
    // Devices, FIFOs and folders hold no plan (and reading a FIFO could wait for ever).
    if (!ec && !fs::is_regular_file(status)) return {};
    try {
        return overwriteRisk(
            json::readFile(path == "-" ? "./-" : path, kMaxPlanFileBytes)); // "-" would be standard input
    } catch (const std::exception &) { // InputError, or a JSON library error the reader does not map
        return {OverwriteRisk::Kind::Unreadable};
    }
}

} // namespace taper
