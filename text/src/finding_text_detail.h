// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the finding renderers (finding_text*.cpp): parameter access and shared phrasing.

#include "taper/text/finding_text.h"

#include <string>
#include <string_view>

namespace taper::text::detail {

/// A numeric / text parameter of the finding; 0 or "" when absent.
double num(const Finding &f, std::string_view name);
std::string str(const Finding &f, std::string_view name);
bool flag(const Finding &f, std::string_view name);
/// "Line 3: " / "Linje 3: " for a line finding, "" otherwise.
std::string linePrefix(const Finding &f, Lang lang);
/// A substance id (or an ATC code) in `lang`: Danish names from the formulary.
std::string substanceName(const std::string &id, Lang lang, const Formulary &formulary);
/// The finding's `parameter` read as a substance id, in `lang`.
/// A product id as the product's name ("Contalgin depottablet 30 mg", in both languages: the name on
/// the box); the id when unknown.
std::string productName(const std::string &id, const Formulary &formulary);
/// A product id parameter as the product's name (productName).
std::string productParam(const Finding &f, std::string_view parameter, const Formulary &formulary);
std::string substanceParam(const Finding &f, std::string_view parameter, Lang lang,
                           const Formulary &formulary);
/// A comma-separated list of substance ids, each in `lang`.
std::string substanceList(const std::string &ids, Lang lang, const Formulary &formulary);
/// An ATC group id (atc-groups.json) in `lang`.
std::string groupName(const std::string &id, Lang lang, const Formulary &formulary);
/// A route in Danish words (peroral, depotplaster, ...).
std::string routeDa(const std::string &route);

/// `asOf`: see findingMessage.
std::string messageEn(const Finding &f, const Formulary &formulary, const std::optional<Date> &asOf);
std::string messageDa(const Finding &f, const Formulary &formulary, const std::optional<Date> &asOf);
/// The date `days` (a numeric parameter) before `asOf`, in `lang`.
std::string dateBefore(const Finding &f, std::string_view days, Date asOf, Lang lang);
/// elderly, renal_impairment, respiratory_risk, pregnancy and not_assessed (patient_data_missing).
std::string patientEn(const Finding &f, const Formulary &formulary);
std::string patientDa(const Finding &f, const Formulary &formulary);

} // namespace taper::text::detail
