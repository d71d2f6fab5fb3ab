#include "taper/dates.h"

#include <charconv>

namespace taper {

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char *first = text.data() + pos;
        auto [ptr, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc() || ptr != first + len) return std::nullopt;
        return value;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d) return std::nullopt;
    const date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                                   date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok() || *y < 1900) return std::nullopt;
    return Date(ymd);
}

std::string formatIsoDate(Date d)
{
    return date::format("%F", d);
}

} // namespace taper
