// SPDX-License-Identifier: GPL-3.0-or-later
// Unit counts in words (taper/text/dose_words.h); moved from the report so every dosage text shares them.
#include "taper/text/dose_words.h"

#include <string_view>

namespace taper::text {

namespace {

bool plural(HalfUnits count)
{
    return count.value > 3;
} // ½, 1 and 1½ take the singular in Danish

} // namespace

std::string halfUnitsText(HalfUnits units, Lang lang)
{
    (void)lang;
    const int whole = units.value / 2;
    const bool half = units.value % 2 != 0;
    if (!half) return std::to_string(whole);
    return (whole ? std::to_string(whole) : std::string()) + "½";
}

std::string unitNoun(const Product &product, HalfUnits count, Lang lang)
{
    const bool many = lang == Lang::Da ? plural(count) : count.value > 2;
    struct Noun {
        std::string_view one, many;
    };
    Noun da{"tablet", "tabletter"}, en{"tablet", "tablets"};
    switch (product.form) {
    case Form::Tablet:
        break;
    case Form::DepotTablet:
        da = {"depottablet", "depottabletter"};
        en = {"extended-release tablet", "extended-release tablets"};
        break;
    case Form::Capsule:
        da = {"kapsel", "kapsler"};
        en = {"capsule", "capsules"};
        break;
    case Form::DepotCapsule:
        da = {"depotkapsel", "depotkapsler"};
        en = {"extended-release capsule", "extended-release capsules"};
        break;
    case Form::DepotGranules:
        da = {"brev", "breve"};
        en = {"sachet", "sachets"};
        break;
    case Form::OrodispersibleTablet:
        da = {"smeltetablet", "smeltetabletter"};
        en = {"orodispersible tablet", "orodispersible tablets"};
        break;
    case Form::OralSolution:
        da = {"ml", "ml"};
        en = {"ml", "ml"};
        break;
    case Form::Suppository:
        da = {"stikpille", "stikpiller"};
        en = {"suppository", "suppositories"};
        break;
    case Form::Injection:
        da = {"ml", "ml"};
        en = {"ml", "ml"};
        break;
    case Form::Patch:
        da = {"plaster", "plastre"};
        en = {"patch", "patches"};
        break;
    case Form::SublingualTablet:
        da = {"resoriblet", "resoribletter"};
        en = {"sublingual tablet", "sublingual tablets"};
        break;
    }
    const Noun &noun = lang == Lang::Da ? da : en;
    return std::string(many ? noun.many : noun.one);
}

} // namespace taper::text
