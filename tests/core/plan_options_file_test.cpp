// SPDX-License-Identifier: GPL-3.0-or-later
// The issue 17 taper options in plan files: written always, read back unchanged, and absent in an
// older file read as what that plan was made with (no longer holds, no session alignment, no
// short-exposure pace), not as today's defaults (docs/plan-format.md).
#include "taper/plan.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace taper {
namespace {

using json::Json;

TaperOptions someOptions()
{
    TaperOptions o;
    o.start = *parseIsoDate("2026-12-01");
    return o;
}

TEST(PlanOptionsFile, WritesTheNewOptionsWithTheirDefaults)
{
    const Json j = toJson(someOptions());
    EXPECT_EQ(j.at("max_hold_intervals"), 3);
    EXPECT_EQ(j.at("align_to_sessions"), true);
    EXPECT_EQ(j.at("allow_unconfirmed"), false);
    EXPECT_EQ(j.at("short_exposure_pace"), true);
}

TEST(PlanOptionsFile, RoundTripKeepsEveryNewOption)
{
    for (int hold = 1; hold <= kMaxHoldIntervals; ++hold)
        for (int bits = 0; bits < 8; ++bits) {
            TaperOptions o = someOptions();
            o.maxHoldIntervals = hold;
            o.alignToSessions = bits & 1;
            o.allowUnconfirmed = bits & 2;
            o.shortExposurePace = bits & 4;
            const Json written = toJson(o);
            const TaperOptions back = readTaperOptions(written, "/options", "plan.json");
            EXPECT_EQ(back.maxHoldIntervals, hold);
            EXPECT_EQ(back.alignToSessions, o.alignToSessions);
            EXPECT_EQ(back.allowUnconfirmed, o.allowUnconfirmed);
            EXPECT_EQ(back.shortExposurePace, o.shortExposurePace);
            EXPECT_EQ(toJson(back), written); // and the same bytes again
        }
}

TEST(PlanOptionsFile, AnOlderFileReadsAsMadeWithoutTheNewFeatures)
{
    Json old = toJson(someOptions());
    for (const char *key :
         {"max_hold_intervals", "align_to_sessions", "allow_unconfirmed", "short_exposure_pace"})
        old.erase(key);
    const TaperOptions o = readTaperOptions(old, "/options", "old.json");
    EXPECT_EQ(o.maxHoldIntervals, 1);
    EXPECT_FALSE(o.alignToSessions);
    EXPECT_FALSE(o.allowUnconfirmed);
    EXPECT_FALSE(o.shortExposurePace);
    // Written again, the file says so explicitly.
    const Json again = toJson(o);
    EXPECT_EQ(again.at("max_hold_intervals"), 1);
    EXPECT_EQ(again.at("align_to_sessions"), false);
    EXPECT_EQ(again.at("short_exposure_pace"), false);
}

TEST(PlanOptionsFile, EachNewKeyIsOptionalOnItsOwn)
{
    TaperOptions o = someOptions();
    o.maxHoldIntervals = 5;
    o.alignToSessions = true;
    o.allowUnconfirmed = true;
    o.shortExposurePace = true;
    Json j = toJson(o);
    j.erase("align_to_sessions");
    TaperOptions back = readTaperOptions(j, "/options", "plan.json");
    EXPECT_FALSE(back.alignToSessions);
    EXPECT_EQ(back.maxHoldIntervals, 5);
    EXPECT_TRUE(back.allowUnconfirmed);
    EXPECT_TRUE(back.shortExposurePace);
    j = toJson(o);
    j["max_hold_intervals"] = nullptr; // null reads as absent, like the other optional keys
    EXPECT_EQ(readTaperOptions(j, "/options", "plan.json").maxHoldIntervals, 1);
}

TEST(PlanOptionsFile, RefusesBadValuesWithThePointer)
{
    const auto refusal = [](const char *key, Json value) -> std::string {
        Json j = toJson(someOptions());
        j[key] = std::move(value);
        try {
            readTaperOptions(j, "/options", "plan.json");
        } catch (const InputError &e) {
            return e.where() + ": " + test::problemText(e);
        }
        return "accepted";
    };
    EXPECT_EQ(refusal("max_hold_intervals", 0).rfind("/options/max_hold_intervals", 0), 0u);
    EXPECT_EQ(refusal("max_hold_intervals", 7).rfind("/options/max_hold_intervals", 0), 0u);
    EXPECT_EQ(refusal("max_hold_intervals", 2.5).rfind("/options/max_hold_intervals", 0), 0u);
    EXPECT_EQ(refusal("max_hold_intervals", 1e12).rfind("/options/max_hold_intervals", 0), 0u);
    EXPECT_EQ(refusal("align_to_sessions", "yes").rfind("/options/align_to_sessions", 0), 0u);
    EXPECT_EQ(refusal("allow_unconfirmed", 1).rfind("/options/allow_unconfirmed", 0), 0u);
    EXPECT_EQ(refusal("short_exposure_pace", "true").rfind("/options/short_exposure_pace", 0), 0u);
    EXPECT_EQ(refusal("max_hold_intervals", 6), "accepted");
}

TEST(PlanOptionsFile, AWholePlanKeepsTheOptionsThroughTheFile)
{
    const Formulary &f = test::formulary();
    Plan p;
    p.created = *parseIsoDate("2026-11-21");
    p.regimen = test::regimenFromText(test::testData("taper/anne.json"));
    TaperOptions o = someOptions();
    o.maxHoldIntervals = 2;
    o.alignToSessions = false;
    o.allowUnconfirmed = true;
    o.shortExposurePace = false;
    p.schedule = plan(p.regimen, o, *f.profile("dk"), f);
    const std::string text = planFileText(p);
    const Plan back = readPlan(Json::parse(text), "plan.json", f);
    EXPECT_EQ(back.schedule.options.maxHoldIntervals, p.schedule.options.maxHoldIntervals);
    EXPECT_EQ(back.schedule.options.alignToSessions, p.schedule.options.alignToSessions);
    EXPECT_EQ(back.schedule.options.allowUnconfirmed, p.schedule.options.allowUnconfirmed);
    EXPECT_EQ(back.schedule.options.shortExposurePace, p.schedule.options.shortExposurePace);
    EXPECT_EQ(planFileText(back), text);
}

TEST(PlanOptionsFile, AnOldPlanFileStillReads)
{
    // A plan written before issue 17 (no new keys) is still accepted and gains them with the old meaning.
    const Formulary &f = test::formulary();
    Plan p;
    p.created = *parseIsoDate("2026-11-21");
    p.regimen = test::regimenFromText(test::testData("taper/anne.json"));
    p.schedule = plan(p.regimen, someOptions(), *f.profile("dk"), f);
    Json doc = Json::parse(planFileText(p));
    for (const char *key :
         {"max_hold_intervals", "align_to_sessions", "allow_unconfirmed", "short_exposure_pace"})
        doc["options"].erase(key);
    const Plan back = readPlan(doc, "old.json", f);
    EXPECT_EQ(back.schedule.options.maxHoldIntervals, 1);
    EXPECT_FALSE(back.schedule.options.alignToSessions);
    EXPECT_FALSE(back.schedule.options.shortExposurePace);
    EXPECT_EQ(back.schedule.steps.size(), p.schedule.steps.size());
}

} // namespace
} // namespace taper
