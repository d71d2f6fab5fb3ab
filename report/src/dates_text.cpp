// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/report/dates_text.h"

#include <array>
#include <string_view>

namespace taper::report {

namespace {

// Indexed by date::weekday::c_encoding() (0 = Sunday) and month 1–12.
constexpr std::array<std::string_view, 7> kWeekdayDa{"søndag",  "mandag", "tirsdag", "onsdag",
                                                     "torsdag", "fredag", "lørdag"};
constexpr std::array<std::string_view, 7> kWeekdayEn{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kWeekdayShortDa{"søn.", "man.", "tir.", "ons.",
                                                          "tor.", "fre.", "lør."};
constexpr std::array<std::string_view, 12> kMonthDa{"januar",    "februar", "marts",    "april",
                                                    "maj",       "juni",    "juli",     "august",
                                                    "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthEn{"January",   "February", "March",    "April",
                                                    "May",       "June",     "July",     "August",
                                                    "September", "October",  "November", "December"};

struct Parts {
    unsigned weekday, day, month;
    int year;
};

Parts partsOf(Date d)
{
    const date::year_month_day ymd{d};
    return {date::weekday{d}.c_encoding(), static_cast<unsigned>(ymd.day()),
            static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year())};
}

} // namespace

std::string longDate(Date d, Lang lang)
{
    const Parts p = partsOf(d);
    if (lang == Lang::Da)
        return std::string(kWeekdayDa[p.weekday]) + " " + std::to_string(p.day) + ". " +
               std::string(kMonthDa[p.month - 1]) + " " + std::to_string(p.year);
    return std::string(kWeekdayEn[p.weekday]) + " " + std::to_string(p.day) + " " +
           std::string(kMonthEn[p.month - 1]) + " " + std::to_string(p.year);
}

std::string shortDate(Date d, Lang lang)
{
    const Parts p = partsOf(d);
    const std::string weekday = lang == Lang::Da ? std::string(kWeekdayShortDa[p.weekday])
                                                 : std::string(kWeekdayEn[p.weekday].substr(0, 3));
    return weekday + " " + std::to_string(p.day) + "/" + std::to_string(p.month);
}

std::string numericDate(Date d, Lang lang)
{
    const Parts p = partsOf(d);
    if (lang == Lang::Da)
        return std::to_string(p.day) + "." + std::to_string(p.month) + "." + std::to_string(p.year);
    return std::to_string(p.day) + " " + std::string(kMonthEn[p.month - 1].substr(0, 3)) + " " +
           std::to_string(p.year);
}

std::string_view timeOfDayName(std::size_t slot, Lang lang)
{
    static constexpr std::array<std::string_view, 4> da{"morgen", "middag", "aften", "nat"};
    static constexpr std::array<std::string_view, 4> en{"morning", "noon", "evening", "night"};
    return (lang == Lang::Da ? da : en).at(slot);
}

std::string joinWithAnd(const std::vector<std::string> &parts, Lang lang)
{
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) s += i + 1 == parts.size() ? (lang == Lang::Da ? " og " : " and ") : ", ";
        s += parts[i];
    }
    return s;
}

namespace {

std::string amount(const Product &p, HalfUnits h, Lang lang)
{
    return halfUnitsText(h, lang) + " " + unitNoun(p, h, lang);
}

} // namespace

std::string dosageText(const StepDose &d, Lang lang)
{
    const Product &p = *d.product;
    const bool da = lang == Lang::Da;
    if (p.isPatch()) {
        const int days = p.wearHours.value_or(0) / 24;
        const std::string every =
            p.patchChangesPerWeek == 2
                ? (da ? "to gange om ugen på faste ugedage" : "twice a week on fixed weekdays")
            : da ? (days == 1 ? "hver dag" : "hver " + std::to_string(days) + ". døgn")
                 : (days == 1 ? "every day" : "every " + std::to_string(days) + " days");
        return amount(p, d.unitsPerDay, lang) + (da ? " ad gangen, skiftes " : " at a time, changed ") +
               every;
    }
    if (d.prn)
        return amount(p, *d.unitsPerAdministration, lang) +
               (da ? " efter behov, højst " + std::to_string(*d.timesPerDay) +
                         (*d.timesPerDay == 1 ? " gang" : " gange") + " i døgnet"
                   : " when needed, at most " +
                         (*d.timesPerDay == 1 ? std::string("once")
                                              : std::to_string(*d.timesPerDay) + " times") +
                         " a day");
    if (!d.unitsByTime)
        return amount(p, *d.unitsPerAdministration, lang) + " " + std::to_string(*d.timesPerDay) +
               (da ? " gange i døgnet" : " times a day");
    // Every time of day names its own amount ("1 depottablet morgen og 1 depottablet aften",
    // danish-style.md): "1 depottablet morgen og aften" was read as one tablet for both.
    const auto &slots = *d.unitsByTime;
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (slots[i].value)
            parts.push_back(amount(p, slots[i], lang) + " " + std::string(timeOfDayName(i, lang)));
    return joinWithAnd(parts, lang);
}

} // namespace taper::report
