// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 items 10 and 4. One finding per concern: where two rules say the same thing about the same
// total or line, only the stronger one is raised and it carries what the other said (extra parameters).
// And a total that methadone contributes to is flagged `methadone_in_total`, so that the threshold
// findings refer to the specialist instead of advising a cut.
#include "rule_cases.h"
#include "test_support.h"

#include "taper/finding_sources.h"
#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace taper;

namespace {

std::vector<Finding> findingsOf(const std::string &lines, const std::string &profileId = "dk")
{
    const Regimen regimen = test::regimenFromText(test::regimenDoc(lines));
    const Profile &profile = *test::formulary().profile(profileId);
    return rules::check(regimen, meq::compute(regimen, profile, test::formulary()), profile,
                        test::formulary());
}

long count(const std::vector<Finding> &fs, FindingCode code)
{
    return std::count_if(fs.begin(), fs.end(), [&](const Finding &f) { return f.code == code; });
}

const Finding &only(const std::vector<Finding> &fs, FindingCode code)
{
    const auto it = std::find_if(fs.begin(), fs.end(), [&](const Finding &f) { return f.code == code; });
    return *it;
}

std::string text(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string("<absent>");
}

/// Both conditions hold: `kept` is raised once, `dropped` not at all, and `kept` carries `extra`
/// (parameter → expected value, text or number written as text).
struct DoubleCase {
    std::string name;
    std::string profile;
    std::string lines;
    FindingCode kept;
    FindingCode dropped;
    std::map<std::string, std::string> extra;
};

class NoDoubleFindings : public ::testing::TestWithParam<DoubleCase> {};

std::string valueText(const Finding &f, const std::string &key)
{
    const FindingValue *v = f.parameter(key);
    if (!v) return "<absent>";
    if (const auto *s = std::get_if<std::string>(v)) return *s;
    const double d = std::get<double>(*v);
    return d == static_cast<long>(d) ? std::to_string(static_cast<long>(d)) : std::to_string(d);
}

const std::string morphineEr120 =
    R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 60, "unit": "mg", "times_per_day": 2})";

} // namespace

TEST_P(NoDoubleFindings, OneFindingCarryingTheOther)
{
    const DoubleCase &c = GetParam();
    const auto fs = findingsOf(c.lines, c.profile);
    EXPECT_EQ(count(fs, c.kept), 1) << toString(c.kept);
    if (c.kept != c.dropped) {
        EXPECT_EQ(count(fs, c.dropped), 0) << toString(c.dropped);
    }
    if (count(fs, c.kept) != 1) return;
    const Finding &f = only(fs, c.kept);
    for (const auto &[key, expected] : c.extra)
        EXPECT_EQ(valueText(f, key), expected) << key;
}

INSTANTIATE_TEST_SUITE_P(
    Rules, NoDoubleFindings,
    ::testing::Values(
        // 120 mg MEQ is above both 60 (high_meq) and 100 (very_high_meq).
        DoubleCase{"very_high_and_high_dk",
                   "dk",
                   "[" + morphineEr120 + "]",
                   FindingCode::VeryHighMeq,
                   FindingCode::HighMeq,
                   {{"total_meq_mg", "120"},
                    {"threshold_mg", "100"},
                    {"high_threshold_mg", "60"},
                    {"high_inclusive", "false"},
                    {"high_source", "DK-GLOSTRUP"},
                    {"methadone_in_total", "false"}}},
        DoubleCase{"very_high_and_high_cdc",
                   "cdc-2022",
                   "[" + morphineEr120 + "]",
                   FindingCode::VeryHighMeq,
                   FindingCode::HighMeq,
                   {{"threshold_mg", "90"}, {"high_threshold_mg", "50"}, {"high_inclusive", "true"}}},
        // A PRN short-acting line used for 91 days is both short_acting_long_term and prn_long_term.
        DoubleCase{
            "prn_short_acting_91_days",
            "dk",
            R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3, "since": "2026-08-22"}])",
            FindingCode::ShortActingLongTerm,
            FindingCode::PrnLongTerm,
            {{"days", "91"}, {"prn", "true"}, {"treatment_days", "91"}, {"prn_source", "DK-MIDT"}}},
        // The treatment is older than the PRN line: treatment_days is the treatment's.
        DoubleCase{
            "prn_short_acting_in_older_treatment",
            "dk",
            R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2025-11-21"},
                       {"product": "oxynorm-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 2, "since": "2026-08-01"}])",
            FindingCode::ShortActingLongTerm,
            FindingCode::PrnLongTerm,
            {{"days", "112"}, {"treatment_days", "365"}, {"prn_source", "DK-MIDT"}}},
        // Two CYP2D6 prodrugs (codeine in Pinex Forte, tramadol): one cyp2d6_prodrug.
        DoubleCase{"cyp2d6_codeine_and_tramadol",
                   "dk",
                   R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 3},
                       {"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "times_per_day": 2}])",
                   FindingCode::Cyp2d6Prodrug,
                   FindingCode::Cyp2d6Prodrug,
                   {{"substance", "codeine"}, {"substances", "codeine, tramadol"}, {"other_lines", "2"}}},
        // The same prodrug on two lines: one finding naming it once.
        DoubleCase{"cyp2d6_codeine_twice",
                   "dk",
                   R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 2},
                       {"substance": "codeine", "route": "oral", "release": "immediate", "dose": 25, "unit": "mg", "times_per_day": 1}])",
                   FindingCode::Cyp2d6Prodrug,
                   FindingCode::Cyp2d6Prodrug,
                   {{"substances", "codeine"}, {"other_lines", "2"}}}),
    [](const auto &tp) { return tp.param.name; });

TEST(NoDoubleFindings, OneConditionOnlyKeepsTheOldShape)
{
    // 100 mg: high_meq only (dk is strictly above 100), without the carried parameters.
    const auto high = findingsOf(
        R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 50, "unit": "mg", "times_per_day": 2}])");
    ASSERT_EQ(count(high, FindingCode::HighMeq), 1);
    EXPECT_EQ(count(high, FindingCode::VeryHighMeq), 0);
    EXPECT_EQ(only(high, FindingCode::HighMeq).parameter("high_threshold_mg"), nullptr);
    EXPECT_EQ(text(only(high, FindingCode::HighMeq), "methadone_in_total"), "false");

    // A fixed short-acting line used 91 days: short_acting_long_term without the PRN parameters.
    const auto fixed = findingsOf(
        R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "times_per_day": 2, "since": "2026-08-22"}])");
    ASSERT_EQ(count(fixed, FindingCode::ShortActingLongTerm), 1);
    EXPECT_EQ(only(fixed, FindingCode::ShortActingLongTerm).parameter("treatment_days"), nullptr);

    // A recent PRN line in a long treatment: prn_long_term stays (short_acting_long_term does not hold).
    const auto prn = findingsOf(
        R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2026-08-22"},
            {"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3, "since": "2026-11-01"}])");
    EXPECT_EQ(count(prn, FindingCode::PrnLongTerm), 1);
    EXPECT_EQ(count(prn, FindingCode::ShortActingLongTerm), 0);

    // One codeine line: one finding without other_lines.
    const auto codeine =
        findingsOf(R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 3}])");
    ASSERT_EQ(count(codeine, FindingCode::Cyp2d6Prodrug), 1);
    EXPECT_EQ(only(codeine, FindingCode::Cyp2d6Prodrug).parameter("other_lines"), nullptr);
}

// Item 4: methadone in the total marks the threshold findings; without methadone they are unmarked.
TEST(MethadoneThresholds, MarkedWhenMethadoneContributes)
{
    // Methadone 30 mg/day: the dk tier for > 20-40 mg is 8, so 240 mg MEQ: very_high_meq.
    const auto veryHigh = findingsOf(
        R"([{"substance": "methadone", "route": "oral", "release": "immediate", "dose": 30, "unit": "mg", "times_per_day": 1}])");
    ASSERT_EQ(count(veryHigh, FindingCode::VeryHighMeq), 1);
    const Finding &v = only(veryHigh, FindingCode::VeryHighMeq);
    EXPECT_EQ(text(v, "methadone_in_total"), "true");
    EXPECT_EQ(text(v, "methadone_source"), test::formulary().rules().methadoneSpecialist.source);
    EXPECT_NE(test::formulary().source(text(v, "methadone_source")), nullptr);

    // Methadone 20 mg/day (tier 4: 80 mg MEQ): high_meq, marked.
    const auto high =
        findingsOf(R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1}])");
    ASSERT_EQ(count(high, FindingCode::HighMeq), 1);
    EXPECT_EQ(text(only(high, FindingCode::HighMeq), "methadone_in_total"), "true");

    // Morphine alone at 120 mg: not marked, no methadone_source.
    const auto morphine = findingsOf("[" + morphineEr120 + "]");
    EXPECT_EQ(text(only(morphine, FindingCode::VeryHighMeq), "methadone_in_total"), "false");
    EXPECT_EQ(only(morphine, FindingCode::VeryHighMeq).parameter("methadone_source"), nullptr);
}

// The merged findings name the dropped rule's source; carriedSources() lists them for citing.
TEST(NoDoubleFindings, CarriedSourcesAreKnownAndListed)
{
    const auto fs = findingsOf(
        R"([{"substance": "methadone", "route": "oral", "release": "immediate", "dose": 30, "unit": "mg", "times_per_day": 1},
            {"product": "oxynorm-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 2, "since": "2026-01-01"}])");
    const Finding &v = only(fs, FindingCode::VeryHighMeq);
    EXPECT_EQ(carriedSources(v),
              (std::vector<std::string>{test::formulary().rules().methadoneSpecialist.source,
                                        test::formulary().profile("dk")->highMeq.source}));
    const Finding &s = only(fs, FindingCode::ShortActingLongTerm);
    EXPECT_EQ(carriedSources(s), std::vector<std::string>{"DK-MIDT"});
    for (const Finding &f : fs)
        for (const std::string &id : carriedSources(f))
            EXPECT_NE(test::formulary().source(id), nullptr) << id;
}
