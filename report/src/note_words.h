// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the journal note (build_note.cpp): the regimen in one line and a session in one line,
// in the note's clinical register (third person, Danish dates "7.12.2026"). Words only: every number
// is a value the caller's core results already hold.

#include "common.h"

#include "taper/session.h"

#include <string>

namespace taper::report::detail {

/// The regimen's lines numbered as the findings number them ("1) morfin depot 30 mg 4 gange i døgnet;
/// 2) OxyNorm kapsel 20 mg: 20 mg efter behov, højst 6 gange i døgnet"), co-medication included.
std::string regimenSummary(const Regimen &regimen, const ReportContext &ctx);

/// The session as the note's last line: date, MEQ taken and planned, withdrawal, pain, the decision
/// in words with its options, and the reason typed at the session (control characters made visible).
std::string sessionSummary(const Session &session, const ReportContext &ctx);

} // namespace taper::report::detail
