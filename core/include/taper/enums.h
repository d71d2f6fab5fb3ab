// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Closed vocabularies of the file formats, with strict parsers: an unknown string is std::nullopt, never
// a default. The string forms are the ones written in the JSON files.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace taper {

enum class Route {
    Oral,
    Transdermal,
    Sublingual,
    Buccal,
    Nasal,
    Rectal,
    Subcutaneous,
    Intravenous,
    Intramuscular
};
enum class Release { Immediate, Extended };
/// The unit a dose is written in: mg per administration, mcg per administration (transmucosal
/// fentanyl) or mcg/h (patch rate).
enum class DoseUnit { Mg, Mcg, McgPerHour };
/// The unit a product strength is labelled in.
enum class StrengthUnit { Mg, MgPerMl, McgPerHour };
enum class SubstanceKind { FullAgonist, PartialAgonist, Methadone, NonOpioid };
enum class Form {
    Tablet,
    DepotTablet,
    Capsule,
    DepotCapsule,
    DepotGranules,
    OrodispersibleTablet,
    OralSolution,
    Suppository,
    Injection,
    Patch,
    SublingualTablet
};
enum class MarketStatus { Marketed, Withdrawn, PermitOnly };
enum class Evidence { Primary, Secondary, Derived };

template <class E>
struct EnumNames; // specialised below: static constexpr std::array<std::string_view, N> names

template <> struct EnumNames<Route> {
    static constexpr std::array<std::string_view, 9> names{"oral",         "transdermal", "sublingual",
                                                           "buccal",       "nasal",       "rectal",
                                                           "subcutaneous", "intravenous", "intramuscular"};
};
template <> struct EnumNames<Release> {
    static constexpr std::array<std::string_view, 2> names{"immediate", "extended"};
};
template <> struct EnumNames<DoseUnit> {
    static constexpr std::array<std::string_view, 3> names{"mg", "mcg", "mcg/h"};
};
template <> struct EnumNames<StrengthUnit> {
    static constexpr std::array<std::string_view, 3> names{"mg", "mg/ml", "mcg/h"};
};
template <> struct EnumNames<SubstanceKind> {
    static constexpr std::array<std::string_view, 4> names{"full_agonist", "partial_agonist", "methadone",
                                                           "non_opioid"};
};
template <> struct EnumNames<Form> {
    static constexpr std::array<std::string_view, 11> names{
        "tablet",        "depot_tablet",     "capsule",
        "depot_capsule", "depot_granules",   "orodispersible_tablet",
        "oral_solution", "suppository",      "injection",
        "patch",         "sublingual_tablet"};
};
template <> struct EnumNames<MarketStatus> {
    static constexpr std::array<std::string_view, 3> names{"marketed", "withdrawn", "permit_only"};
};
template <> struct EnumNames<Evidence> {
    static constexpr std::array<std::string_view, 3> names{"primary", "secondary", "derived"};
};

template <class E> constexpr std::string_view toString(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <class E> constexpr std::optional<E> parseEnum(std::string_view text)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text) return static_cast<E>(i);
    return std::nullopt;
}

/// "a", "b", "c": the accepted words, a value of the not_one_of problem.
template <class E> std::string expectedList()
{
    std::string s;
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) s += ", ";
        s += "\"" + std::string(names[i]) + "\"";
    }
    return s;
}

/// The dose unit a route is written in by default (patches mcg/h, everything else mg).
constexpr bool unitFitsRoute(DoseUnit unit, Route route)
{
    switch (route) {
    case Route::Transdermal:
        return unit == DoseUnit::McgPerHour;
    case Route::Sublingual:
    case Route::Buccal:
    case Route::Nasal:
        return unit == DoseUnit::Mg || unit == DoseUnit::Mcg;
    default:
        return unit == DoseUnit::Mg;
    }
}

} // namespace taper
