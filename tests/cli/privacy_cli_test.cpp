// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy (issue 9, docs/safety.md): plan files are user-only (0600) however the user's umask is set
// and whoever wrote them before; a plan's patient label never reaches stderr, whatever is wrong with
// the plan or the command; and there is no network code in the program's sources.
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace taper {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char *kLabel = "Birthe Diskret";

struct Folder : test::TempFolder {
    Folder() : TempFolder("privacy-cli") {}
};

unsigned modeOf(const std::string &path)
{
    struct stat st {};
    EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
    return st.st_mode & 07777;
}

std::string regimen(const std::string &name)
{
    return test::sourcePath("tests/data/taper/" + name + ".json");
}

test::CliResult makePlan(const std::string &path, const std::string &label = kLabel)
{
    return test::runCli({"taper", regimen("anne"), "--start", "2026-12-01", "--today", "2026-11-21", "-o",
                         path, "--label", label});
}

/// Restores the process umask on scope exit (runCli's shell and the CLI inherit it).
struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

TEST(Privacy, PlanFilesAreUserOnlyWhateverTheUmask)
{
    Folder f;
    const Umask open(0);
    const std::string plan = f.file("plan.json");
    ASSERT_EQ(makePlan(plan).exitCode, 0);
    EXPECT_EQ(modeOf(plan), 0600u);
    // A plan someone made readable for all loses the permissions for others at the next save; the
    // group's stay (a shared group folder, issue 15 item 5).
    fs::permissions(plan, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                              fs::perms::others_read);
    ASSERT_EQ(makePlan(plan).exitCode, 0); // taper -o over an existing plan (revision 1, no sessions)
    EXPECT_EQ(modeOf(plan), 0640u);
    const auto r = test::runCli(
        {"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "continue"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(modeOf(plan), 0640u);
    // taper -o --force over an existing plan (with a session: refused without --force)
    ASSERT_EQ(test::runCli({"taper", regimen("anne"), "--start", "2026-12-01", "--today", "2026-11-21", "-o",
                            plan, "--force"})
                  .exitCode,
              0);
    EXPECT_EQ(modeOf(plan), 0640u);
}

// Issue 19 item 3: every file the CLI writes goes through the one atomic writer — the screening
// CSV (patient ids), the handout PDF (the patient's name), the journal note and the calendar are the
// user's only whatever the umask, and a killed screening writer's temporary is cleared like a plan's.
TEST(Privacy, EveryOutputFileIsUserOnly)
{
    Folder f;
    const Umask open(0);
    const std::string plan = f.file("plan.json");
    ASSERT_EQ(makePlan(plan).exitCode, 0);
    const std::string csv = f.file("patients.csv");
    std::ofstream(f.file("in.csv")) << "patient_id,date,product,units\np1,2026-11-01,oxynorm-10,28\n";
    const std::string stale = f.file(".patients.csv.tmp-AbC123"); // as a killed writer leaves it
    std::ofstream(stale) << "p1,";
    fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(1));
    const std::vector<std::pair<std::vector<std::string>, std::string>> writes = {
        {{"screen", f.file("in.csv"), "--as-of", "2026-11-21", "-o", csv}, csv},
        {{"report", plan, "--kind", "handout", "--format", "pdf", "--date", "2026-12-01", "-o",
          f.file("h.pdf")},
         f.file("h.pdf")},
        {{"report", plan, "--kind", "note", "--format", "txt", "--date", "2026-12-01", "-o", f.file("n.txt")},
         f.file("n.txt")},
        {{"report", plan, "--format", "ics", "--date", "2026-12-01", "-o", f.file("p.ics")}, f.file("p.ics")},
    };
    for (const auto &[args, out] : writes) {
        const auto r = test::runCli(args);
        ASSERT_EQ(r.exitCode, 0) << args[0] << ": " << r.err;
        EXPECT_EQ(modeOf(out), 0600u) << out;
    }
    EXPECT_FALSE(fs::exists(stale));
    for (const auto &entry : fs::directory_iterator(f.path()))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST(Privacy, LabelNeverOnStderrForABadPlan)
{
    Folder f;
    const std::string good = f.file("good.json");
    ASSERT_EQ(makePlan(good).exitCode, 0);
    const std::string text = test::fileBytes(good);
    ASSERT_THAT(text, HasSubstr(kLabel));
    const json::Json doc = json::parse(text, good);

    struct Bad {
        const char *name;
        std::string content;
    };
    std::vector<Bad> bad;
    // cut inside the label, right after it, and with a stray character after it
    const std::size_t at = text.find(kLabel);
    bad.push_back({"truncated-in-label", text.substr(0, at + 6)});
    bad.push_back({"truncated-after-label", text.substr(0, at + std::strlen(kLabel) + 1)});
    bad.push_back({"garbage-after-label", text.substr(0, at + std::strlen(kLabel) + 1) + " x" +
                                              text.substr(at + std::strlen(kLabel) + 1)});
    auto edited = [&](const char *name, auto edit) {
        json::Json j = doc;
        edit(j);
        bad.push_back({name, j.dump(2)});
    };
    edited("label-not-a-string", [](json::Json &j) { j["label"] = json::Json::array({kLabel}); });
    edited("label-object", [](json::Json &j) { j["label"] = {{"name", kLabel}}; });
    edited("unknown-key", [](json::Json &j) { j["labels"] = kLabel; });
    edited("bad-revision", [](json::Json &j) { j["revision"] = 0; });
    edited("newer-version", [](json::Json &j) { j["schema_version"] = 2; });
    edited("bad-step", [](json::Json &j) { j["steps"][0]["start"] = "2026-02-30"; });
    edited("bad-regimen", [](json::Json &j) { j["regimen"]["lines"][0]["dose"] = -1; });

    for (const Bad &b : bad) {
        SCOPED_TRACE(b.name);
        const std::string path = f.file(std::string(b.name) + ".json");
        std::ofstream(path, std::ios::binary) << b.content;
        for (const std::vector<std::string> &args :
             {std::vector<std::string>{"show", path, "--today", "2026-12-15"},
              std::vector<std::string>{"session", path, "--date", "2026-12-15", "--today", "2026-12-15",
                                       "--decision", "continue"},
              std::vector<std::string>{"group", f.path().string(), "--date", "2026-12-15"}}) {
            const auto r = test::runCli(args);
            EXPECT_EQ(r.exitCode, 2) << args[0] << ": " << r.err;
            EXPECT_THAT(r.err, HasSubstr(path)) << args[0];          // the file is named ...
            EXPECT_THAT(r.err, Not(HasSubstr("Birthe"))) << args[0]; // ... the patient is not
            EXPECT_THAT(r.err, Not(HasSubstr("Diskret"))) << args[0];
        }
        fs::remove(path);
    }
}

TEST(Privacy, LabelNeverOnStderrForAFailingSession)
{
    Folder f;
    const std::string plan = f.file("plan.json");
    ASSERT_EQ(makePlan(plan).exitCode, 0);
    const std::vector<std::vector<std::string>> failing = {
        {"session", plan, "--date", "2026-11-01", "--today", "2026-12-15", "--decision",
         "continue"}, // before the plan starts
        {"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision",
         "step_back"}, // no --reason
        {"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "continue",
         "--actual", f.file("missing.json")},
        {"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "replan",
         "--step-percent", "90"},
    };
    for (const auto &args : failing) {
        const auto r = test::runCli(args);
        EXPECT_NE(r.exitCode, 0) << args[5];
        EXPECT_THAT(r.err, Not(HasSubstr("Birthe"))) << r.err;
        EXPECT_THAT(r.err, Not(HasSubstr("Diskret"))) << r.err;
    }
    // A CPR-like label is warned about without echoing it.
    const auto r = makePlan(f.file("cpr.json"), "Birthe 010203-1234");
    EXPECT_THAT(r.err, HasSubstr("CPR"));
    EXPECT_THAT(r.err, Not(HasSubstr("Birthe")));
    EXPECT_THAT(r.err, Not(HasSubstr("010203")));
}

/// Lines of the program's sources matching a network API (Qt Network, BSD sockets, name lookup,
/// libcurl, Boost.Asio, web views), as "file:line: text".
std::vector<std::string> networkCode(const std::vector<fs::path> &roots)
{
    static const std::regex network(
        R"(QtNetwork|Qt6?::Network|\bNetwork\b.*COMPONENTS|COMPONENTS.*\bNetwork\b|\bQNetwork|\bQ(Tcp|Udp|Ssl|Local)(Socket|Server)\b|)"
        R"(\bQWeb(Socket|Engine)|\bQHostInfo\b|\bsocket\s*\(|#\s*include\s*<(sys/socket|netinet/|arpa/inet|netdb)|)"
        R"(\bgetaddrinfo\b|\bgethostbyname|\bcurl_|<curl/|CURL::|\blibcurl\b|boost/asio|\bhttplib\b)");
    std::vector<fs::path> files;
    for (const fs::path &root : roots) {
        if (fs::is_regular_file(root))
            files.push_back(root);
        else if (fs::is_directory(root))
            for (const auto &e : fs::recursive_directory_iterator(root))
                if (e.is_regular_file()) files.push_back(e.path());
    }
    std::vector<std::string> hits;
    for (const fs::path &file : files) {
        const std::string ext = file.extension().string();
        if (ext != ".cpp" && ext != ".h" && ext != ".hpp" && ext != ".txt" && ext != ".cmake") continue;
        std::ifstream in(file);
        std::string line;
        for (int n = 1; std::getline(in, line); ++n)
            if (std::regex_search(line, network))
                hits.push_back(file.string() + ":" + std::to_string(n) + ": " + line);
    }
    return hits;
}

TEST(Privacy, NoNetworkCodeInTheSourceTree)
{
    std::vector<fs::path> roots;
    for (const char *dir : {"core", "cli", "gui", "report", "text", "formulary"})
        roots.push_back(test::sourcePath(dir));
    roots.push_back(test::sourcePath("CMakeLists.txt"));
    const auto hits = networkCode(roots);
    EXPECT_TRUE(hits.empty()) << ::testing::PrintToString(hits);

    // The scan itself finds what it looks for.
    Folder f;
    fs::create_directories(f.path() / "planted");
    std::ofstream(f.path() / "planted" / "a.cpp")
        << "#include <sys/socket.h>\nint s = socket(AF_INET, 0, 0);\n";
    std::ofstream(f.path() / "planted" / "CMakeLists.txt")
        << "find_package(Qt6 REQUIRED COMPONENTS Widgets Network)\n";
    std::ofstream(f.path() / "planted" / "b.h")
        << "#include <QNetworkAccessManager>\n#include <curl/curl.h>\n";
    std::ofstream(f.path() / "planted" / "c.cpp")
        << "connect(a, &A::changed, this, &B::update); // Qt signals are fine\n";
    EXPECT_EQ(networkCode({f.path() / "planted"}).size(), 5u)
        << ::testing::PrintToString(networkCode({f.path() / "planted"}));
}

} // namespace
} // namespace taper
