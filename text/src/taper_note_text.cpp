// Shared parts of the taper note renderers; the wording is in taper_note_text_en.cpp / _da.cpp.
#include "taper_note_detail.h"

namespace taper::text {

namespace detail {

std::string param(const TaperNote &n, const std::string &key, Lang lang)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key)
            return std::holds_alternative<double>(v) ? formatAmount(std::get<double>(v), lang) : std::get<std::string>(v);
    return "?";
}

std::string lineNumber(const TaperNote &n)
{
    for (const auto &[k, v] : n.parameters)
        if (k == "line" && std::holds_alternative<double>(v)) return std::to_string(static_cast<long long>(std::get<double>(v)) + 1);
    return "?";
}

bool stopsPrn(const TaperNote &n)
{
    for (const auto &[k, v] : n.parameters)
        if (k == "max_per_day" && std::holds_alternative<double>(v)) return std::get<double>(v) <= 0;
    return false;
}

} // namespace detail

std::string taperNoteText(const TaperNote &note)
{
    return detail::noteEn(note);
}

std::string taperNoteText(const TaperNote &note, Lang lang, const Formulary &formulary)
{
    return lang == Lang::Da ? detail::noteDa(note, formulary) : detail::noteEn(note);
}

} // namespace taper::text
