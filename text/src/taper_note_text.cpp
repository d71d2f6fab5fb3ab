// SPDX-License-Identifier: GPL-3.0-or-later
// Shared parts of the taper note renderers; the wording is in taper_note_text_en.cpp / _da.cpp.
#include "taper_note_detail.h"

namespace taper::text {

namespace detail {

std::string param(const TaperNote &n, const std::string &key, Lang lang)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key)
            return std::holds_alternative<double>(v) ? formatAmount(std::get<double>(v), lang)
                                                     : std::get<std::string>(v);
    return "?";
}

std::string lineNumber(const TaperNote &n)
{
    for (const auto &[k, v] : n.parameters)
        if (k == "line" && std::holds_alternative<double>(v))
            return std::to_string(static_cast<long long>(std::get<double>(v)) + 1);
    return "?";
}

std::optional<double> number(const TaperNote &n, const std::string &key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key && std::holds_alternative<double>(v)) return std::get<double>(v);
    return std::nullopt;
}

std::vector<std::string> splitList(const std::string &list)
{
    std::vector<std::string> out;
    std::string item;
    for (char c : list + ",") {
        if (c == ',') {
            if (!item.empty()) out.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    return out;
}

std::string joinAnd(const std::vector<std::string> &items, const std::string &conjunction)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + conjunction + " " : ", ";
        out += items[i];
    }
    return out;
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

bool stopsPrn(const TaperNote &n)
{
    for (const auto &[k, v] : n.parameters)
        if (k == "max_per_day" && std::holds_alternative<double>(v)) return std::get<double>(v) <= 0;
    return false;
}

bool hasParam(const TaperNote &n, const std::string &key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key) return true;
    return false;
}

std::string danishDate(const std::string &iso)
{
    // "2027-06-30" → "30.6.2027" (danish-style.md: d.m.yyyy in tables and notes); other text unchanged.
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
    const int month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
    return std::to_string(day) + "." + std::to_string(month) + "." + iso.substr(0, 4);
}

} // namespace detail

std::string taperNoteText(const TaperNote &note, Lang lang, const Formulary &formulary)
{
    return lang == Lang::Da ? detail::noteDa(note, formulary) : detail::noteEn(note, formulary);
}

} // namespace taper::text
