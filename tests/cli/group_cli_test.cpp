// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper group names every file it cannot read (issue 15 item 11): invalid JSON, a number such
// as 1e309, a damaged plan missing its steps and *.JSON files are no longer skipped quietly; the
// readable plans are still listed, a regimen in the folder is skipped and counted.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace taper {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class GroupCli : public ::testing::Test {
protected:
    std::string plan(const std::string &name, const std::string &label)
    {
        const std::string path = m_folder.file(name);
        const auto r = test::runCli({"taper", test::sourcePath("tests/data/taper/anne.json"), "--start",
                                     "2026-12-01", "--today", "2026-11-21", "-o", path, "--label", label});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return path;
    }
    void write(const std::string &name, const std::string &text)
    {
        std::ofstream(m_folder.file(name)) << text;
    }
    test::CliResult group(const std::string &lang = "en")
    {
        return test::runCli({"group", m_folder.path().string(), "--date", "2026-12-29", "--lang", lang});
    }

    test::TempFolder m_folder{"group-cli"};
};

TEST_F(GroupCli, ListsThePlansItCanReadAndNamesEveryFileItCannot)
{
    plan("anne.json", "Anne Readable");
    plan("BENT.JSON", "Bent Uppercase"); // any case of .json is read
    const std::string damaged = plan("carla.json", "Carla Damaged");
    json::Json doc = json::parse(test::fileBytes(damaged), damaged);
    doc.erase("steps");
    write("carla.json", doc.dump(2));
    write("dorte.json", R"({"schema_version": 1, "label": "Dorte Secret", "revision": 1, "steps": [)");
    write("erik.Json", R"({"schema_version": 1, "label": "Erik Secret", "revision": 1e309})");
    std::filesystem::copy_file(test::sourcePath("examples/anne.json"), m_folder.file("regimen.json"));
    write("notes.txt", "not JSON at all");

    const auto r = group();
    EXPECT_EQ(r.exitCode, 2) << r.err; // as before: a plan that cannot be read makes the exit code 2
    EXPECT_THAT(r.out, HasSubstr("2 plan(s)"));
    EXPECT_THAT(r.out, HasSubstr("Anne Readable"));
    EXPECT_THAT(r.out, HasSubstr("Bent Uppercase"));
    EXPECT_THAT(r.out, HasSubstr("Could not read 3 file(s): carla.json, dorte.json, erik.Json"));
    EXPECT_THAT(r.out, HasSubstr("Skipped 1 JSON file(s) that are not a plan"));
    for (const char *name : {"carla.json: /steps", "dorte.json: malformed JSON", "erik.Json: "})
        EXPECT_THAT(r.err, HasSubstr(name));
    for (const char *secret : {"Carla", "Dorte", "Erik", "Secret", "notes.txt"})
        EXPECT_THAT(r.err, Not(HasSubstr(secret))) << secret;

    const auto da = group("da");
    EXPECT_THAT(da.out, HasSubstr("Kunne ikke læse 3 fil(er): carla.json, dorte.json, erik.Json"));
    EXPECT_THAT(da.out, HasSubstr("Sprang 1 JSON-fil(er) over"));
}

TEST_F(GroupCli, AFolderOfReadablePlansSaysNothingMore)
{
    plan("anne.json", "Anne");
    const auto r = group();
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("1 plan(s)"));
    EXPECT_THAT(r.out, Not(HasSubstr("Could not read")));
    EXPECT_THAT(r.out, Not(HasSubstr("Skipped")));
    EXPECT_TRUE(r.err.empty()) << r.err;
}

} // namespace
} // namespace taper
