// SPDX-License-Identifier: GPL-3.0-or-later
// Words for the taper notes added by issue 17, in English (the CLI's, ids) and Danish (formulary names,
// Danish weekdays, no codes). The taper does not emit all of them yet, so they are rendered directly.
#include "test_support.h"

#include "taper/text/taper_note_text.h"

#include <gtest/gtest.h>

using namespace taper;
using text::Lang;

namespace {

std::string da(const TaperNote &n)
{
    return text::taperNoteText(n, Lang::Da, test::formulary());
}

std::string en(const TaperNote &n)
{
    return text::taperNoteText(n, Lang::En, test::formulary());
}

TaperNote note(TaperNoteCode code, std::optional<int> step,
               std::vector<std::pair<std::string, NoteValue>> params)
{
    return TaperNote{code, step, std::move(params)};
}

TEST(TaperNoteIssue17Text, LabelMaxCapped)
{
    const TaperNote n = note(TaperNoteCode::LabelMaxCapped, 0,
                             {{"substance", std::string("paracetamol")},
                              {"max_mg_per_day", 4000.0},
                              {"from_mg_per_day", 5000.0},
                              {"to_mg_per_day", 4000.0}});
    EXPECT_EQ(
        en(n),
        "Step 0: the fixed daily dose of paracetamol was lowered from 5000 to 4000 mg/day to stay within "
        "the labelled maximum of 4000 mg/day");
    EXPECT_EQ(da(n),
              "Trin 0: den faste døgndosis af paracetamol er sat ned fra 5000 mg til 4000 mg, så den ikke "
              "overstiger den maksimale døgndosis på 4000 mg ifølge produktresuméet");
}

TEST(TaperNoteIssue17Text, HeldLongerInWeeksAndDays)
{
    const TaperNote n =
        note(TaperNoteCode::HeldLonger, 3, {{"intervals", 2.0}, {"days", 28.0}, {"cut_percent", 14.29}});
    EXPECT_EQ(
        en(n),
        "Step 3 lasts 2 intervals (28 days) because the cut into it (14.29 %) is larger than requested; "
        "this gives the body time to adjust to the new dose");
    EXPECT_EQ(
        da(n),
        "Trin 3 varer 4 uger (28 dage) i stedet for 2 uger, fordi nedsættelsen til dette trin (14,29 %) "
        "er større end planens sædvanlige nedsættelse; så får kroppen tid til at vænne sig til den nye "
        "dosis");
    const TaperNote odd =
        note(TaperNoteCode::HeldLonger, 2, {{"intervals", 3.0}, {"days", 30.0}, {"cut_percent", 25.0}});
    EXPECT_EQ(da(odd).rfind("Trin 2 varer 30 dage i stedet for 10 dage, fordi", 0), 0u) << da(odd);
    const TaperNote smallest = note(TaperNoteCode::HeldLonger, 7, {{"intervals", 2.0}, {"days", 14.0}});
    EXPECT_EQ(da(smallest),
              "Trin 7 varer 2 uger (14 dage): den mindste dosis tages i længere tid, før den stoppes, så "
              "kroppen kan vænne sig til den");
    EXPECT_EQ(en(smallest),
              "Step 7 lasts 2 intervals (14 days): the smallest dose is held longer before the stop");
}

TEST(TaperNoteIssue17Text, PatchFamilySwitchNamesTheProducts)
{
    const TaperNote n = note(TaperNoteCode::PatchFamilySwitch, 4,
                             {{"from", std::string("transtec-35")},
                              {"to", std::string("norspan-20")},
                              {"from_rate", 35.0},
                              {"to_rate", 20.0},
                              {"meq_before", 84.0},
                              {"meq_after", 48.0}});
    EXPECT_EQ(
        en(n),
        "Step 4: switch from Transtec depotplaster 35 mikrogram/time (35 mcg/h) to Norspan depotplaster 20 "
        "mikrogram/time (20 mcg/h), another patch of the same "
        "substance: 84 -> 48 mg MEQ");
    EXPECT_EQ(da(n), "Trin 4: skift fra Transtec depotplaster 35 mikrogram/time til Norspan depotplaster 20 "
                     "mikrogram/time (samme stof, en anden type plaster): 84 -> 48 mg MEQ");
}

TEST(TaperNoteIssue17Text, PatchChangeDaysInDanishWeekdays)
{
    const TaperNote n =
        note(TaperNoteCode::PatchChangeDays, 1,
             {{"product", std::string("transtec-35")}, {"weekdays", std::string("monday,thursday")}});
    EXPECT_EQ(en(n), "Step 1: Transtec depotplaster 35 mikrogram/time is changed on fixed weekdays: every "
                     "Monday and Thursday");
    EXPECT_EQ(
        da(n),
        "Trin 1: Transtec depotplaster 35 mikrogram/time skiftes på faste ugedage: hver mandag og torsdag");
    const TaperNote all = note(TaperNoteCode::PatchChangeDays, 1,
                               {{"product", std::string("transtec-35")},
                                {"weekdays", std::string("tuesday,wednesday,friday,saturday,sunday")}});
    EXPECT_NE(da(all).find("hver tirsdag, onsdag, fredag, lørdag og søndag"), std::string::npos) << da(all);
}

TEST(TaperNoteIssue17Text, ShortExposureCitesTheSourceInDanish)
{
    const TaperNote n = note(TaperNoteCode::ShortExposure, std::nullopt,
                             {{"max_days", 28.0},
                              {"days", 20.0},
                              {"interval_days", 4.0},
                              {"step_percent", 20.0},
                              {"source", std::string("DK-SEP")}});
    EXPECT_EQ(
        en(n),
        "Every opioid line started fewer than 28 days ago (the earliest 20 days ago): the plan uses the "
        "short-exposure pace, 20 % every 4 days (source DK-SEP)");
    EXPECT_EQ(da(n),
              "Alle opioider er startet for mindre end 28 dage siden (det første for 20 dage siden). Planen "
              "følger derfor tempoet efter kortvarig behandling: 20 % hver 4. dag (kilde: Sundhedsstyrelsen, "
              "2024)");
}

TEST(TaperNoteIssue17Text, NoDepotFormSuggestsDepotMorphine)
{
    const TaperNote n =
        note(TaperNoteCode::NoDepotForm, std::nullopt,
             {{"substance", std::string("ketobemidone")}, {"rotate_to", std::string("morphine")}});
    EXPECT_EQ(
        en(n),
        "Ketobemidone has no depot form, so the immediate-release product is tapered itself; switching to "
        "depot morphine tablets is the usual Danish advice");
    EXPECT_EQ(
        da(n),
        "Ketobemidon findes ikke som depotpræparat, så det hurtigtvirkende præparat trappes selv ned. Det "
        "sædvanlige råd i Danmark er at skifte til morfin depottabletter");
}

TEST(TaperNoteIssue17Text, ComponentStops)
{
    const Product *combination = nullptr;
    for (const Product &p : test::formulary().products())
        if (!p.components.empty() && p.components.front().substance == "acetylsalicylic-acid")
            combination = &p;
    ASSERT_TRUE(combination);
    const TaperNote n =
        note(TaperNoteCode::ComponentStops, 2,
             {{"product", combination->id}, {"component", std::string("acetylsalicylic-acid")}});
    EXPECT_EQ(en(n),
              "Step 2: switching away from " + combination->nameDa + " also stops its acetylsalicylic-acid");
    EXPECT_EQ(da(n), "Trin 2: ved skiftet fra " + combination->nameDa +
                         " stopper også acetylsalicylsyre, som "
                         "præparatet indeholder");
}

TEST(TaperNoteIssue17Text, NoCodesOrIdsInDanish)
{
    const std::vector<TaperNote> notes{
        note(TaperNoteCode::LabelMaxCapped, 0,
             {{"substance", std::string("paracetamol")},
              {"max_mg_per_day", 4000.0},
              {"from_mg_per_day", 5000.0},
              {"to_mg_per_day", 4000.0}}),
        note(TaperNoteCode::PatchFamilySwitch, 1,
             {{"from", std::string("transtec-35")},
              {"to", std::string("norspan-20")},
              {"from_rate", 35.0},
              {"to_rate", 20.0},
              {"meq_before", 84.0},
              {"meq_after", 48.0}}),
        note(TaperNoteCode::PatchChangeDays, 1,
             {{"product", std::string("transtec-35")}, {"weekdays", std::string("monday,thursday")}}),
        note(TaperNoteCode::ShortExposure, std::nullopt,
             {{"max_days", 28.0},
              {"days", 20.0},
              {"interval_days", 4.0},
              {"step_percent", 20.0},
              {"source", std::string("DK-SEP")}}),
        note(TaperNoteCode::NoDepotForm, std::nullopt,
             {{"substance", std::string("ketobemidone")}, {"rotate_to", std::string("morphine")}}),
    };
    for (const TaperNote &n : notes) {
        const std::string text = da(n);
        for (const char *bad : {"transtec-35", "norspan-20", "DK-SEP", "monday", "thursday", "ketobemidone",
                                "morphine", "_", "--rotate-to"})
            EXPECT_EQ(text.find(bad), std::string::npos) << bad << " in: " << text;
    }
}

} // namespace
