// SPDX-License-Identifier: GPL-3.0-or-later
// overwriteRisk (issue 15 item 3): which existing files `taper -o` refuses and the GUI asks about, and
// hasPlanKeys, which `group` uses to name a damaged plan instead of skipping it (item 11).
#include "taper/plan_overwrite.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace taper {
namespace {

using Kind = OverwriteRisk::Kind;
using json::Json;

Json fresh()
{
    return Json::parse(
        R"({"schema_version": 1, "revision": 1, "steps": [], "schedule_history": [], "sessions": []})");
}

TEST(PlanOverwrite, AFreshPlanOrARegimenMayBeReplaced)
{
    EXPECT_EQ(overwriteRisk(fresh()).kind, Kind::None);
    EXPECT_EQ(overwriteRisk(Json::parse(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": []})")).kind,
              Kind::None);
    EXPECT_EQ(overwriteRisk(Json::parse("[1, 2]")).kind, Kind::None);
    EXPECT_EQ(overwriteRisk(Json::parse(R"({"name": "settings"})")).kind, Kind::None);
}

TEST(PlanOverwrite, APlanWithAHistoryIsProtected)
{
    Json revised = fresh();
    revised["revision"] = 2;
    EXPECT_EQ(overwriteRisk(revised).kind, Kind::Plan);
    EXPECT_EQ(overwriteRisk(revised).revision, 2);

    Json withSession = fresh();
    withSession["sessions"] = Json::array({Json::object({{"date", "2026-12-15"}})});
    const OverwriteRisk risk = overwriteRisk(withSession);
    EXPECT_EQ(risk.kind, Kind::Plan);
    EXPECT_EQ(risk.sessions, 1u);
    EXPECT_EQ(risk.revision, 1);

    Json replaced = fresh();
    replaced["schedule_history"] = Json::array({Json::object()});
    EXPECT_EQ(overwriteRisk(replaced).kind, Kind::Plan);
}

TEST(PlanOverwrite, ADamagedPlanIsProtected)
{
    for (const char *text :
         {R"({"revision": "2"})", R"({"steps": [], "sessions": {}})", R"({"sessions": null})",
          R"({"schema_version": 1, "regimen": {}, "revision": 1.5})"}) {
        const Json doc = Json::parse(text);
        EXPECT_TRUE(hasPlanKeys(doc)) << text;
        EXPECT_EQ(overwriteRisk(doc).kind, Kind::Plan) << text;
    }
    // A plan that lost its steps is still a plan (group names it instead of skipping it).
    EXPECT_TRUE(hasPlanKeys(Json::parse(R"({"schema_version": 1, "revision": 1, "sessions": []})")));
    EXPECT_FALSE(hasPlanKeys(Json::parse(R"({"schema_version": 1, "lines": []})")));
}

TEST(PlanOverwrite, FilesOnDisk)
{
    namespace fs = std::filesystem;
    const test::TempFolder folder("plan-overwrite");
    EXPECT_EQ(overwriteRiskOfFile(folder.file("absent.json")).kind, Kind::None);
    EXPECT_EQ(overwriteRiskOfFile(folder.path().string()).kind,
              Kind::None); // a folder: the writer refuses it
    const auto write = [&](const std::string &name, const std::string &text) {
        std::ofstream(folder.file(name)) << text;
        return overwriteRiskOfFile(folder.file(name));
    };
    EXPECT_EQ(write("cut.json", R"({"schema_version": 1, "revision": 3, "ses)").kind, Kind::Unreadable);
    EXPECT_EQ(write("huge-number.json", R"({"revision": 1e309})").kind, Kind::Unreadable);
    EXPECT_EQ(write("empty.json", "").kind, Kind::Unreadable);
    EXPECT_EQ(write("fresh.json", fresh().dump()).kind, Kind::None);
    EXPECT_EQ(write("revised.json", R"({"revision": 4, "sessions": [{}, {}]})").kind, Kind::Plan);
    EXPECT_EQ(overwriteRiskOfFile(folder.file("revised.json")).sessions, 2u);
}

} // namespace
} // namespace taper
