// SPDX-License-Identifier: GPL-3.0-or-later
// Co-medication lines: reading by substance or ATC code, never part of the MEQ, and bad input.
#include "test_support.h"

#include "taper/meq.h"

#include <gtest/gtest.h>

using namespace taper;

namespace {

const std::string kMorphine =
    R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";

std::string doc(const std::string &coMedication)
{
    return R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [)" + kMorphine + ", " + coMedication +
           "]}";
}

std::string errorOf(const std::string &coMedication)
{
    try {
        test::regimenFromText(doc(coMedication));
    } catch (const InputError &e) {
        return test::message(e);
    }
    return "no error";
}

} // namespace

TEST(CoMedication, BySubstanceAndByAtc)
{
    const Regimen r =
        test::regimenFromText(doc(R"({"atc": "N05BA01", "dose": 5, "unit": "mg", "times_per_day": 2})"));
    ASSERT_EQ(r.lines.size(), 2u);
    EXPECT_FALSE(r.lines[0].coMedication);
    EXPECT_TRUE(r.lines[1].coMedication);
    EXPECT_EQ(r.lines[1].substance, "diazepam");
    EXPECT_EQ(r.lines[1].group, "benzodiazepine");

    const Regimen byPrefix =
        test::regimenFromText(doc(R"({"atc": "A06AB02", "dose": 10, "unit": "mg", "times_per_day": 1})"));
    EXPECT_EQ(byPrefix.lines[1].group, "laxative");

    const Regimen unknown =
        test::regimenFromText(doc(R"({"atc": "N06AX11", "dose": 15, "unit": "mg", "times_per_day": 1})"));
    EXPECT_EQ(unknown.lines[1].substance, "");
    EXPECT_EQ(unknown.lines[1].group, "");
    EXPECT_EQ(unknown.lines[1].atc.value_or(""), "N06AX11");

    const Regimen named = test::regimenFromText(
        doc(R"({"substance": "pregabalin", "dose": 75, "unit": "mg", "times_per_day": 2})"));
    EXPECT_TRUE(named.lines[1].coMedication);
    EXPECT_EQ(named.lines[1].group, "gabapentinoid");
}

TEST(CoMedication, NeverPartOfTheMeq)
{
    const Regimen r = test::regimenFromText(
        doc(R"({"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2})"));
    const MeqResult m = meq::compute(r, *test::formulary().profile("dk"), test::formulary());
    ASSERT_EQ(m.lines.size(), 1u);
    EXPECT_EQ(m.lines[0].index, 0u);
    EXPECT_DOUBLE_EQ(m.total().value(), 60);
    EXPECT_FALSE(m.totalIsPartial);
}

TEST(CoMedication, RoundTripsThroughJson)
{
    const Regimen r =
        test::regimenFromText(doc(R"({"atc": "N06AX11", "dose": 15, "unit": "mg", "times_per_day": 1})"));
    const auto j = toJson(r);
    EXPECT_EQ(j["lines"][1]["atc"], "N06AX11");
    const Regimen again = readRegimen(j, "again.json", test::formulary(), AsOfChoice{std::nullopt, r.asOf});
    EXPECT_EQ(again.lines[1].atc.value_or(""), "N06AX11");
}

TEST(CoMedicationErrors, MalformedAtcNamesLineAndValue)
{
    for (const std::string code : {"N05BA1", "n05ba01", "N05BA011", "X05BA01", "N05B"}) {
        const std::string e =
            errorOf(R"({"atc": ")" + code + R"(", "dose": 5, "unit": "mg", "times_per_day": 1})");
        EXPECT_NE(e.find("/lines/1/atc"), std::string::npos) << e;
        EXPECT_NE(e.find("\"" + code + "\""), std::string::npos) << e;
        EXPECT_NE(e.find("ATC code"), std::string::npos) << e;
    }
}

TEST(CoMedicationErrors, UnknownSubstanceSuggestsClosest)
{
    const std::string e =
        errorOf(R"({"substance": "diazepan", "dose": 5, "unit": "mg", "times_per_day": 1})");
    EXPECT_NE(e.find("/lines/1/substance"), std::string::npos) << e;
    EXPECT_NE(e.find("\"diazepan\""), std::string::npos) << e;
    EXPECT_NE(e.find("\"diazepam\""), std::string::npos) << e;
}

TEST(CoMedicationErrors, OpioidByAtcIsRefused)
{
    for (const std::string code : {"N02AA01", "N02AA59", "R05DA04"}) {
        const std::string e =
            errorOf(R"({"atc": ")" + code + R"(", "dose": 10, "unit": "mg", "times_per_day": 1})");
        EXPECT_NE(e.find("/lines/1/atc"), std::string::npos) << e;
        EXPECT_NE(e.find("opioid"), std::string::npos) << e;
    }
}

TEST(CoMedicationErrors, AtcWithSubstanceIsRefused)
{
    const std::string e = errorOf(
        R"({"atc": "N05BA01", "substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 1})");
    EXPECT_NE(e.find("/lines/1/atc"), std::string::npos) << e;
}

TEST(CoMedicationErrors, OpioidLinesKeepTheirRules)
{
    // Route and release stay required for opioid substance lines.
    const std::string e =
        errorOf(R"({"substance": "oxycodone", "dose": 5, "unit": "mg", "times_per_day": 1})");
    EXPECT_NE(e.find("/lines/1/route"), std::string::npos) << e;
}
