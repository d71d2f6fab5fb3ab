#pragma once
// Private to the taper note renderers (taper_note_text*.cpp).

#include "taper/text/taper_note_text.h"

#include <string>

namespace taper::text::detail {

/// The note's parameter `key` as text (numbers via formatAmount in `lang`); "?" when absent.
std::string param(const TaperNote &n, const std::string &key, Lang lang = Lang::En);

std::string noteEn(const TaperNote &n);
std::string noteDa(const TaperNote &n, const Formulary &formulary);

} // namespace taper::text::detail
