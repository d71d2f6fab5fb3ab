// SPDX-License-Identifier: GPL-3.0-or-later
// The rule data files (formulary/rules.json, atc-groups.json) are loaded strictly: a defect names
// the file and the JSON pointer. Also: every shipped group and rule source resolves.
#include "test_support.h"

#include "taper/formulary.h"
#include "taper/json_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

using namespace taper;
namespace fs = std::filesystem;

namespace {

/// Copies the shipped formulary, lets `edit` change one file's JSON, loads it and returns the error.
std::string loadError(const std::string &file, const std::function<void(json::Json &)> &edit)
{
    const fs::path dir = fs::temp_directory_path() / ("taper-rules-data-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(TAPER_FORMULARY_DIR, dir, fs::copy_options::recursive);
    json::Json doc = json::readFile((dir / file).string());
    edit(doc);
    std::ofstream((dir / file).string()) << doc.dump(2);
    std::string error = "no error";
    try {
        Formulary::load(dir.string());
    } catch (const InputError &e) {
        error = test::message(e);
    }
    fs::remove_all(dir);
    return error;
}

} // namespace

TEST(RulesData, ShippedDataResolves)
{
    const Formulary &f = test::formulary();
    EXPECT_NE(f.atcGroup("opioid"), nullptr);
    for (const auto &g : f.atcGroups())
        EXPECT_NE(f.source(g.source), nullptr) << g.id;
    EXPECT_EQ(f.groupForAtc("N05BA01")->id, "benzodiazepine");
    EXPECT_EQ(f.groupForAtc("N05CF02")->id, "z_drug");
    EXPECT_EQ(f.groupForAtc("A06AB08")->id, "laxative");
    EXPECT_EQ(f.groupForAtc("N06AB06")->id, "ssri");
    EXPECT_EQ(f.groupForAtc("N06AX11"), nullptr);
    EXPECT_EQ(f.rules().drivingLimit.depotMaxima.size(), 7u);
    // Every non-opioid substance is in a co-medication group or on a rule's list (qtc_risk).
    for (const auto &s : f.substances())
        if (s.kind == SubstanceKind::NonOpioid) {
            EXPECT_TRUE(f.atcGroup(s.group) != nullptr || f.rules().qtcRisk.find(s.atc) != nullptr) << s.id;
        }
}

TEST(RulesData, QtcListAndSerotonergicOpioidsAreChecked)
{
    EXPECT_NE(
        loadError("rules.json", [](json::Json &d) { d["qtc_risk"]["comedications"][8]["atc"] = "N06AB"; })
            .find("overlaps"),
        std::string::npos);
    EXPECT_NE(loadError("rules.json",
                        [](json::Json &d) { d["qtc_risk"]["comedications"][0]["category"] = "known_risk"; })
                  .find("/qtc_risk/comedications/0/category"),
              std::string::npos);
    EXPECT_NE(loadError("rules.json",
                        [](json::Json &d) { d["qtc_risk"]["comedications"][0]["source"] = "CREDIBLEMEDS"; })
                  .find("unknown source id"),
              std::string::npos);
    EXPECT_NE(loadError("rules.json",
                        [](json::Json &d) { d["serotonergic"]["opioids"][0]["substance"] = "tramadol"; })
                  .find("listed twice"),
              std::string::npos);
    EXPECT_NE(
        loadError("rules.json",
                  [](json::Json &d) { d["serotonergic"]["opioids"][1]["contraindicated_groups"] = {"maoi"}; })
            .find("/serotonergic/opioids/1"),
        std::string::npos);
}

TEST(RulesData, UnknownKeyInRules)
{
    const std::string e = loadError("rules.json", [](json::Json &d) { d["fast_taper"]["max_cut"] = 30; });
    EXPECT_NE(e.find("rules.json"), std::string::npos) << e;
    EXPECT_NE(e.find("/fast_taper/max_cut"), std::string::npos) << e;
}

TEST(RulesData, MissingRuleSection)
{
    const std::string e = loadError("rules.json", [](json::Json &d) { d.erase("no_laxative"); });
    EXPECT_NE(e.find("/no_laxative"), std::string::npos) << e;
}

TEST(RulesData, UnknownGroupInRule)
{
    const std::string e =
        loadError("rules.json", [](json::Json &d) { d["no_laxative"]["groups"][0] = "laxatives"; });
    EXPECT_NE(e.find("/no_laxative/groups/0"), std::string::npos) << e;
    EXPECT_NE(e.find("\"laxatives\""), std::string::npos) << e;
}

TEST(RulesData, UnknownSourceInRule)
{
    const std::string e =
        loadError("rules.json", [](json::Json &d) { d["driving_limit"]["source"] = "DK-NOPE"; });
    EXPECT_NE(e.find("/driving_limit/source"), std::string::npos) << e;
}

TEST(RulesData, DepotMaximumUnitMustFitRoute)
{
    const std::string e = loadError(
        "rules.json", [](json::Json &d) { d["driving_limit"]["depot_maxima"][4]["unit"] = "mg/day"; });
    EXPECT_NE(e.find("/driving_limit/depot_maxima/4/unit"), std::string::npos) << e;
}

TEST(RulesData, OverlappingAtcPrefix)
{
    const std::string e =
        loadError("atc-groups.json", [](json::Json &d) { d["groups"][2]["prefixes"].push_back("N05B"); });
    EXPECT_NE(e.find("atc-groups.json"), std::string::npos) << e;
    EXPECT_NE(e.find("/groups/2/prefixes/1"), std::string::npos) << e;
    EXPECT_NE(e.find("overlaps"), std::string::npos) << e;
}

TEST(RulesData, MalformedAtcPrefix)
{
    const std::string e =
        loadError("atc-groups.json", [](json::Json &d) { d["groups"][1]["prefixes"][0] = "N5BA"; });
    EXPECT_NE(e.find("/groups/1/prefixes/0"), std::string::npos) << e;
}

TEST(RulesData, SubstanceGroupMustExist)
{
    const std::string e = loadError("substances.json", [](json::Json &d) {
        for (auto &s : d["substances"])
            if (s["id"] == "diazepam") s["group"] = "benzo";
    });
    EXPECT_NE(e.find("substances.json"), std::string::npos) << e;
    EXPECT_NE(e.find("/group"), std::string::npos) << e;
}

// above_label_max (issue 16 item 1): each maximum names a known substance, a mg route, mg/day, a known
// source and known products; combination components name non-opioid substances with mg above 0.
TEST(RulesData, LabelMaximaAreStrict)
{
    const auto maxima = [](std::function<void(json::Json &)> edit) {
        return loadError("rules.json", [&](json::Json &d) { edit(d["above_label_max"]["maxima"][0]); });
    };
    EXPECT_NE(maxima([](json::Json &m) {
                  m["substance"] = "tramadoll";
              }).find("/above_label_max/maxima/0/substance"),
              std::string::npos);
    EXPECT_NE(
        maxima([](json::Json &m) { m["route"] = "transdermal"; }).find("/above_label_max/maxima/0/route"),
        std::string::npos);
    EXPECT_NE(maxima([](json::Json &m) { m["unit"] = "g/day"; }).find("/above_label_max/maxima/0/unit"),
              std::string::npos);
    EXPECT_NE(maxima([](json::Json &m) { m["max"] = 0; }).find("/above_label_max/maxima/0/max"),
              std::string::npos);
    EXPECT_NE(maxima([](json::Json &m) { m["source"] = "NOPE"; }).find("/above_label_max/maxima/0/source"),
              std::string::npos);
    EXPECT_NE(maxima([](json::Json &m) {
                  m["products"] = {"no-such-product"};
              }).find("/above_label_max/maxima/0/products/0"),
              std::string::npos);
    EXPECT_NE(maxima([](json::Json &m) { m["per_dose"] = 1; }).find("/above_label_max/maxima/0/per_dose"),
              std::string::npos);
    const std::string dup = loadError("rules.json", [](json::Json &d) {
        auto &list = d["above_label_max"]["maxima"];
        list.push_back(list[0]);
    });
    EXPECT_NE(dup.find("duplicate maximum"), std::string::npos) << dup;
}

TEST(RulesData, ProductComponentsAreStrict)
{
    const auto component = [](std::function<void(json::Json &)> edit) {
        return loadError("products-dk.json", [&](json::Json &d) {
            for (auto &p : d["products"])
                if (p["id"] == "pinex-comp") edit(p["components"][0]);
        });
    };
    const std::string opioid = component([](json::Json &c) { c["substance"] = "morphine"; });
    EXPECT_NE(opioid.find("components/0/substance"), std::string::npos) << opioid;
    EXPECT_NE(opioid.find("non_opioid"), std::string::npos) << opioid;
    EXPECT_NE(component([](json::Json &c) { c["mg"] = -500; }).find("components/0/mg"), std::string::npos);
    EXPECT_NE(component([](json::Json &c) { c["g"] = 1; }).find("components/0/g"), std::string::npos);
}
