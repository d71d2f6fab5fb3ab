// SPDX-License-Identifier: GPL-3.0-or-later
// Plan files: strict reading, byte-identical rewrite, atomic write with mode 0600, CPR-like labels.
#include "taper/plan.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace taper {
namespace {

Plan makePlan()
{
    const Formulary &f = test::formulary();
    Plan p;
    p.created = *parseIsoDate("2026-11-21");
    p.label = "Anne, group B";
    p.regimen = test::regimenFromText(test::testData("taper/anne.json"));
    TaperOptions o;
    o.start = *parseIsoDate("2026-12-01");
    p.schedule = plan(p.regimen, o, *f.profile("dk"), f);
    return p;
}

TEST(PlanFile, RoundTripIsByteIdenticalAndPrivate)
{
    const auto dir =
        std::filesystem::temp_directory_path() / ("plan-file-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "plan.json").string();
    writePlanFile(path, makePlan(), test::formulary());
    const std::string first = test::fileBytes(path);
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    const Plan back = readPlanFile(path, test::formulary());
    writePlanFile(path, back, test::formulary());
    EXPECT_EQ(test::fileBytes(path), first);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1); // no temporary left behind
    std::filesystem::remove_all(dir);
}

TEST(PlanFile, PatientSurvivesTheRoundTrip) // issue 16 item 6
{
    Plan p = makePlan();
    EXPECT_EQ(planFileText(p).find("\"patient\""),
              std::string::npos); // no patient object: no key, bytes as before
    Patient patient;
    patient.age = 81;
    patient.egfrMlMin = 38;
    patient.sleepApnoea = true;
    p.regimen.patient = patient;
    const std::string text = planFileText(p);
    const Plan back = readPlan(json::Json::parse(text), "p.json", test::formulary());
    ASSERT_TRUE(back.regimen.patient);
    EXPECT_EQ(*back.regimen.patient, patient);
    EXPECT_EQ(planFileText(back), text);
}

TEST(PlanFile, KeysAreTheIssuesKeys)
{
    const json::Json j = toJson(makePlan());
    for (const char *key : {"schema_version", "revision", "label", "created", "regimen", "options", "steps",
                            "schedule_history", "sessions"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["revision"], 1);
    EXPECT_TRUE(j["schedule_history"].empty());
    const json::Json &step = j["steps"][0];
    for (const char *key : {"index", "start", "end", "total_meq_mg", "percent_of_start", "doses", "dispense"})
        EXPECT_TRUE(step.contains(key)) << key;
    EXPECT_FALSE(j["steps"].back().contains("end"));
}

TEST(PlanFile, StrictReader)
{
    json::Json j = toJson(makePlan());
    j["steps"][1]["doses"][0]["units_per_dya"] = 1;
    EXPECT_THROW(readPlan(j, "p.json", test::formulary()), InputError);
    j = toJson(makePlan());
    j["steps"][2]["start"] = "2030-01-01";
    try {
        readPlan(j, "p.json", test::formulary());
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "/steps/2/start");
    }
    j = toJson(makePlan());
    j["schema_version"] = 2;
    EXPECT_THROW(readPlan(j, "p.json", test::formulary()), InputError);
    j = toJson(makePlan());
    j["steps"][0]["doses"][0]["units_by_time"]["morning"] = 0.5; // half a depot tablet
    EXPECT_THROW(readPlan(j, "p.json", test::formulary()), InputError);
}

TEST(PlanFile, CprLikeLabels)
{
    EXPECT_TRUE(looksLikeCpr("010203-1234"));
    EXPECT_TRUE(looksLikeCpr("Anne 0102031234"));
    EXPECT_FALSE(looksLikeCpr("Anne, group B"));
    EXPECT_FALSE(looksLikeCpr("room 12"));
}

} // namespace
} // namespace taper
