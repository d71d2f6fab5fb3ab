// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 items 1, 8 and 9: labelled daily maxima (above_label_max) summed over opioid lines, the
// non-opioid part of combination products and co-medication lines; withdrawn products
// (product_withdrawn) and their place in listings; the Danish products added for them.
#include "rule_cases.h"
#include "test_support.h"

#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace taper;

namespace {

std::vector<Finding> findingsOf(const std::string &lines)
{
    const Regimen regimen = test::regimenFromText(test::regimenDoc(lines));
    const Profile &profile = *test::formulary().profile("dk");
    return rules::check(regimen, meq::compute(regimen, profile, test::formulary()), profile,
                        test::formulary());
}

std::vector<const Finding *> ofCode(const std::vector<Finding> &fs, FindingCode code)
{
    std::vector<const Finding *> out;
    for (const Finding &f : fs)
        if (f.code == code) out.push_back(&f);
    return out;
}

double number(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : -1;
}

std::string text(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : "<missing>";
}

/// The one above_label_max finding for `substance`, or nullptr.
const Finding *labelMax(const std::vector<Finding> &fs, const std::string &substance)
{
    for (const Finding *f : ofCode(fs, FindingCode::AboveLabelMax))
        if (text(*f, "substance") == substance) return f;
    return nullptr;
}

} // namespace

TEST(LabelMax, TramadolRetardPlusPrnCountsPrnAtItsMaximum)
{
    // The issue's case: retard 200 x 2 plus 100 mg PRN up to twice a day = 600 mg.
    const auto fs =
        findingsOf(R"([{"product": "tramadol-retard-200", "dose": 200, "unit": "mg", "times_per_day": 2},
        {"product": "tramadol-capsule-50", "dose": 100, "unit": "mg", "prn": true, "max_per_day": 2, "used_per_day": 0}])");
    const Finding *f = labelMax(fs, "tramadol");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Critical);
    EXPECT_DOUBLE_EQ(number(*f, "daily_mg"), 600);
    EXPECT_DOUBLE_EQ(number(*f, "max_mg"), 400);
    EXPECT_DOUBLE_EQ(number(*f, "lines"), 2);
    EXPECT_EQ(text(*f, "prn_at_max"), "true");
    EXPECT_EQ(text(*f, "unit"), "mg/day");
    EXPECT_EQ(text(*f, "scope"), "");
    EXPECT_FALSE(f->line.has_value()); // two lines contribute: the finding is regimen-wide
    EXPECT_EQ(f->source, "DK-PRO-TRAMADOL-2CARE4");
}

TEST(LabelMax, TapentadolDepotPlusIr)
{
    const auto fs =
        findingsOf(R"([{"product": "palexia-depot-250", "dose": 250, "unit": "mg", "times_per_day": 2},
        {"product": "palexia-50", "dose": 50, "unit": "mg", "times_per_day": 1}])");
    const Finding *f = labelMax(fs, "tapentadol");
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(number(*f, "daily_mg"), 550);
    EXPECT_DOUBLE_EQ(number(*f, "max_mg"), 500);
    EXPECT_EQ(f->source, "DK-PRO-TAPENTADOL");
    // Exactly at the maximum does not fire.
    EXPECT_EQ(
        labelMax(findingsOf(
                     R"([{"product": "palexia-depot-250", "dose": 250, "unit": "mg", "times_per_day": 2}])"),
                 "tapentadol"),
        nullptr);
}

TEST(LabelMax, TarginLimitAppliesToTarginOnly)
{
    const auto fs = findingsOf(R"([{"product": "targin-40", "dose": 40, "unit": "mg", "times_per_day": 2},
        {"product": "targin-10", "dose": 10, "unit": "mg", "times_per_day": 1}])");
    const Finding *f = labelMax(fs, "oxycodone");
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(number(*f, "daily_mg"), 90);
    EXPECT_DOUBLE_EQ(number(*f, "max_mg"), 80);
    EXPECT_EQ(text(*f, "scope"), "Targin");
    EXPECT_EQ(f->source, "DK-PRO-TARGIN");
    // Targin 80 plus OxyNorm: the Targin limit counts Targin only; plain oxycodone has no labelled maximum
    // here.
    EXPECT_EQ(labelMax(findingsOf(R"([{"product": "targin-40", "dose": 40, "unit": "mg", "times_per_day": 2},
        {"product": "oxynorm-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"),
                       "oxycodone"),
              nullptr);
}

TEST(LabelMax, PinexCompParacetamolAndCodeine)
{
    // Ten Pinex comp a day: 5 000 mg paracetamol and 300 mg codeine, one line each above its maximum.
    const auto fs =
        findingsOf(R"([{"product": "pinex-comp", "dose": 60, "unit": "mg", "times_per_day": 5}])");
    const Finding *para = labelMax(fs, "paracetamol");
    ASSERT_NE(para, nullptr);
    EXPECT_DOUBLE_EQ(number(*para, "daily_mg"), 5000);
    EXPECT_DOUBLE_EQ(number(*para, "max_mg"), 4000);
    EXPECT_EQ(para->line, std::optional<std::size_t>(0));
    EXPECT_EQ(para->source, "DK-PRO-PINEX");
    const Finding *codeine = labelMax(fs, "codeine");
    ASSERT_NE(codeine, nullptr);
    EXPECT_DOUBLE_EQ(number(*codeine, "daily_mg"), 300);
    EXPECT_DOUBLE_EQ(number(*codeine, "max_mg"), 240);
    EXPECT_EQ(codeine->source, "DK-PRO-KODEIN");
}

TEST(LabelMax, ParacetamolCoMedicationIsSummedWithCombination)
{
    const auto fs =
        findingsOf(R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "prn": true, "max_per_day": 4},
        {"substance": "paracetamol", "dose": 1000, "unit": "mg", "times_per_day": 3}])");
    const Finding *f = labelMax(fs, "paracetamol");
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(number(*f, "daily_mg"), 5000); // 4 x 500 + 3 x 1000
    EXPECT_EQ(text(*f, "prn_at_max"), "true");
    // Paracetamol alone at 4 g does not fire; and it is not "outside the groups the rules know".
    const auto quiet =
        findingsOf(R"([{"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2},
        {"substance": "paracetamol", "dose": 1000, "unit": "mg", "times_per_day": 4}])");
    EXPECT_EQ(labelMax(quiet, "paracetamol"), nullptr);
    for (const Finding *na :
         ofCode(quiet, FindingCode::NotAssessed)) // only the patient kind (no patient object)
        EXPECT_EQ(na->parameter("comedication"), nullptr);
}

TEST(LabelMax, KodimagnylAcetylsalicylicAcid)
{
    // Kodimagnyl: 1-2 tablets at most 4 times a day = 4 000 mg ASA. 10 tablets = 5 000 mg.
    const auto fs =
        findingsOf(R"([{"product": "kodimagnyl", "dose": 19.2, "unit": "mg", "times_per_day": 5}])");
    const Finding *f = labelMax(fs, "acetylsalicylic-acid");
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(number(*f, "daily_mg"), 5000);
    EXPECT_DOUBLE_EQ(number(*f, "max_mg"), 4000);
    EXPECT_EQ(text(*f, "scope"), "Kodimagnyl");
    EXPECT_EQ(
        labelMax(findingsOf(R"([{"product": "kodimagnyl", "dose": 19.2, "unit": "mg", "times_per_day": 4}])"),
                 "acetylsalicylic-acid"),
        nullptr);
}

TEST(LabelMax, EveryMaximumHasAKnownSourceAndSubstance)
{
    const auto &rule = test::formulary().rules().aboveLabelMax;
    ASSERT_FALSE(rule.maxima.empty());
    for (const LabelMaximum &m : rule.maxima) {
        EXPECT_NE(test::formulary().source(m.source), nullptr) << m.substance;
        EXPECT_NE(test::formulary().substance(m.substance), nullptr) << m.substance;
        EXPECT_GT(m.maxMgPerDay, 0) << m.substance;
        for (const std::string &id : m.products)
            EXPECT_NE(test::formulary().product(id), nullptr) << id;
    }
}

TEST(Withdrawn, LineNamingAWithdrawnOrPermitOnlyProduct)
{
    const auto fs = findingsOf(R"([{"product": "contalgin-5", "dose": 5, "unit": "mg", "times_per_day": 2},
        {"product": "mst-continus-5", "dose": 5, "unit": "mg", "times_per_day": 2}])");
    const auto withdrawn = ofCode(fs, FindingCode::ProductWithdrawn);
    ASSERT_EQ(withdrawn.size(), 2u);
    EXPECT_EQ(withdrawn[0]->severity, Severity::Warning);
    EXPECT_EQ(withdrawn[0]->line, std::optional<std::size_t>(0));
    EXPECT_EQ(text(*withdrawn[0], "product"), "contalgin-5");
    EXPECT_EQ(text(*withdrawn[0], "market_status"), "withdrawn");
    EXPECT_NE(text(*withdrawn[0], "market_note"), "");
    EXPECT_EQ(text(*withdrawn[1], "market_status"), "permit_only");
    EXPECT_TRUE(
        ofCode(findingsOf(R"([{"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"),
               FindingCode::ProductWithdrawn)
            .empty());
}

TEST(Withdrawn, ListingsNeverOfferAWithdrawnProductFirst)
{
    const auto listed = test::formulary().productsForListing();
    ASSERT_EQ(listed.size(), test::formulary().products().size());
    EXPECT_EQ(listed.front()->marketStatus, MarketStatus::Marketed);
    // Marketed, then permit-only, then withdrawn.
    EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end(), [](const Product *a, const Product *b) {
        const auto rank = [](MarketStatus s) {
            return s == MarketStatus::Marketed ? 0 : s == MarketStatus::PermitOnly ? 1 : 2;
        };
        return rank(a->marketStatus) < rank(b->marketStatus);
    }));
}

TEST(DanishProducts, AddedForIssue16)
{
    const Formulary &f = test::formulary();
    const Product *kodimagnyl = f.product("kodimagnyl");
    ASSERT_NE(kodimagnyl, nullptr);
    EXPECT_EQ(kodimagnyl->substance, "codeine");
    EXPECT_DOUBLE_EQ(kodimagnyl->strength, 9.6);
    EXPECT_TRUE(kodimagnyl->scored);
    ASSERT_EQ(kodimagnyl->components.size(), 1u);
    EXPECT_EQ(kodimagnyl->components[0].substance, "acetylsalicylic-acid");
    EXPECT_DOUBLE_EQ(kodimagnyl->components[0].mg, 500);
    const Product *pinex = f.product("pinex-comp");
    ASSERT_NE(pinex, nullptr);
    ASSERT_EQ(pinex->components.size(), 1u);
    EXPECT_EQ(pinex->components[0].substance, "paracetamol");
    const Product *kodein = f.product("kodein-25");
    ASSERT_NE(kodein, nullptr);
    EXPECT_TRUE(kodein->scored);
    EXPECT_TRUE(kodein->components.empty());
    ASSERT_NE(f.product("kodein-staerk-8mg-ml"), nullptr);
    EXPECT_EQ(f.product("kodein-staerk-8mg-ml")->unit, StrengthUnit::MgPerMl);
    ASSERT_NE(f.product("morphine-suppository-20"), nullptr); // already in the formulary
}
