// Plan documents and their atomic, byte-stable files (docs/plan-format.md).
#include "plan_internal.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <regex>
#include <sys/stat.h>
#include <unistd.h>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

constexpr int kPlanSchema = 1;

std::atomic<AtomicWriteHook> g_writeHook{nullptr};

void stage(AtomicWriteStage s)
{
    if (AtomicWriteHook hook = g_writeHook.load()) hook(s);
}

} // namespace

bool looksLikeCpr(const std::string &label)
{
    static const std::regex cpr(R"((^|[^0-9])([0-3][0-9][01][0-9][0-9]{2})[- ]?[0-9]{4}([^0-9]|$))");
    return std::regex_search(label, cpr);
}

Json toJson(const Plan &plan)
{
    Json j = toJson(plan.schedule);
    j["schema_version"] = kPlanSchema;
    j["revision"] = plan.revision;
    if (plan.label) j["label"] = *plan.label;
    j["created"] = formatIsoDate(plan.created);
    j["regimen"] = toJson(plan.regimen);
    Json history = Json::array();
    for (const ScheduleVersion &v : plan.scheduleHistory)
        history.push_back({{"replaced", formatIsoDate(v.replaced)}, {"reason", v.reason}, {"revision", v.revision},
                           {"steps", stepsJson(v.steps)}});
    j["schedule_history"] = history;
    j["sessions"] = sessionsJson(plan.sessions);
    return j;
}

Plan readPlan(const Json &doc, const std::string &file, const Formulary &formulary)
{
    json::requireSchemaVersion(doc, file, kPlanSchema);
    ObjectReader r(doc, "", file);
    r.at("schema_version");
    Plan plan;
    plan.revision = static_cast<int>(r.integer("revision"));
    if (plan.revision < 1) r.fail("revision", "expected 1 or more");
    plan.label = r.optionalString("label");
    plan.created = readPlanDate(r, "created");
    try {
        plan.regimen = readRegimen(r.object("regimen"), file, formulary, AsOfChoice{std::nullopt, plan.created});
    } catch (const InputError &e) {
        throw InputError(file, "/regimen" + e.where(), e.problem());
    }
    plan.schedule = readSchedule(r, file, formulary);
    const Json &history = r.array("schedule_history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        ObjectReader h(history[i], r.pointer("schedule_history") + "/" + std::to_string(i), file);
        ScheduleVersion v;
        v.replaced = readPlanDate(h, "replaced");
        v.reason = h.string("reason");
        v.revision = static_cast<int>(h.integer("revision"));
        v.steps = readSteps(h.array("steps"), h.pointer("steps"), file, formulary);
        h.finish();
        plan.scheduleHistory.push_back(std::move(v));
    }
    plan.sessions = readSessions(r.array("sessions"), r.pointer("sessions"), file, formulary);
    r.finish();
    checkPlanConsistency(plan, file);
    return plan;
}

Plan readPlanFile(const std::string &path, const Formulary &formulary)
{
    return readPlan(json::readFile(path), path, formulary);
}

std::string planFileText(const Plan &plan)
{
    return toJson(plan).dump(2) + "\n";
}

void writeFileAtomically(const std::string &path, const std::string &text)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data()); // created with permissions 0600
    if (fd < 0) throw InputError(path, "", std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
    auto fail = [&](const char *what) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string(what) + ": " + std::strerror(err));
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) fail("cannot set permissions");
    // Two halves, so that the test seam can stop a writer with half a file in the temporary.
    const std::size_t half = text.size() / 2;
    for (std::size_t done = 0; done < text.size();) {
        const std::size_t until = done < half ? half : text.size();
        const ssize_t n = ::write(fd, text.data() + done, until - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
        if (done == half) stage(AtomicWriteStage::PartWritten);
    }
    stage(AtomicWriteStage::Written);
    if (::fsync(fd) != 0) fail("cannot flush");
    stage(AtomicWriteStage::Flushed);
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string("cannot close: ") + std::strerror(errno));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string("cannot replace the file: ") + std::strerror(err));
    }
    stage(AtomicWriteStage::Renamed);
}

void setAtomicWriteHook(AtomicWriteHook hook)
{
    g_writeHook.store(hook);
}

void writePlanFile(const std::string &path, const Plan &plan)
{
    writeFileAtomically(path, planFileText(plan));
}

} // namespace taper
