// Plan documents and their atomic, byte-stable files (docs/plan-format.md).
#include "plan_internal.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <regex>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

constexpr int kPlanSchema = 1;

std::atomic<AtomicWriteHook> g_writeHook{nullptr};

/// Runs the test hook for stage `s`. True (with errno set) when the hook injects a failure by
/// throwing std::system_error; other exceptions from the hook propagate.
bool injectedFailure(AtomicWriteStage s)
{
    const AtomicWriteHook hook = g_writeHook.load();
    if (!hook) return false;
    try {
        hook(s);
    } catch (const std::system_error &e) {
        errno = e.code().value();
        return true;
    }
    return false;
}

/// The temporary file of an atomic write (mkstemp, permissions 0600): closed and removed on every
/// way out, error or exception, unless commit() was called after the rename.
class TempFile {
public:
    explicit TempFile(std::string pattern) : m_path(std::move(pattern)), m_fd(::mkstemp(m_path.data())) {}
    ~TempFile()
    {
        if (m_fd >= 0) ::close(m_fd);
        if (m_created && !m_committed) ::unlink(m_path.c_str());
    }
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;

    bool created() const { return m_created; }
    int fd() const { return m_fd; }
    const std::string &path() const { return m_path; }
    /// Closes the descriptor; false (errno set) when close reports an error.
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0;
    }
    void commit() { m_committed = true; }

private:
    std::string m_path;
    int m_fd;
    bool m_created = m_fd >= 0;
    bool m_committed = false;
};

/// The name writeFileAtomically's temporaries of `target` (a file name) start with; mkstemp adds six
/// characters.
std::string temporaryPrefix(const std::string &target)
{
    return "." + target + ".tmp-";
}
constexpr std::size_t kTemporarySuffixLength = 6; // mkstemp's XXXXXX

/// Removes temporaries of earlier writes to `target` that were never renamed (their writer was killed:
/// SIGKILL, power loss) and are older than kStaleTemporaryAge, so no live writer's file is touched.
/// They may hold a patient's plan. Best effort: a temporary that cannot be removed is left.
void removeStaleTemporaries(const std::filesystem::path &dir, const std::string &target)
{
    namespace fs = std::filesystem;
    const std::string prefix = temporaryPrefix(target);
    const auto cutoff = fs::file_time_type::clock::now() - kStaleTemporaryAge;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + kTemporarySuffixLength || name.compare(0, prefix.size(), prefix) != 0) continue;
        std::error_code statError;
        if (!it->is_regular_file(statError) || it->last_write_time(statError) > cutoff || statError) continue;
        fs::remove(it->path(), statError);
    }
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
    // The label may name the patient: a wrong type is reported without echoing the value.
    if (const Json *label = r.find("label"); label && !label->is_string())
        r.fail("label", "expected a string (the value is not shown: a label may identify the patient)");
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
    // Every failure below names the file and the system's reason; the temporary is removed by
    // ~TempFile, so a failed save leaves the old file (or none) and nothing else.
    auto fail = [&](const char *what) {
        const int err = errno;
        throw InputError(path, "", std::string(what) + ": " + std::strerror(err));
    };
    if (injectedFailure(AtomicWriteStage::Creating)) fail("cannot create a temporary file in its folder");
    TempFile temp((dir / (temporaryPrefix(target.filename().string()) + std::string(kTemporarySuffixLength, 'X'))).string());
    if (!temp.created()) fail("cannot create a temporary file in its folder");
    if (::fchmod(temp.fd(), S_IRUSR | S_IWUSR) != 0) fail("cannot set permissions");
    // Two halves, so that the test seam can stop a writer with half a file in the temporary.
    const std::size_t half = text.size() / 2;
    for (std::size_t done = 0; done < text.size();) {
        const std::size_t until = done < half ? half : text.size();
        const ssize_t n = ::write(temp.fd(), text.data() + done, until - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
        if (done == half && injectedFailure(AtomicWriteStage::PartWritten)) fail("cannot write");
    }
    if (injectedFailure(AtomicWriteStage::Written) || ::fsync(temp.fd()) != 0) fail("cannot flush");
    if (injectedFailure(AtomicWriteStage::Flushed)) fail("cannot replace the file");
    if (!temp.close()) fail("cannot close");
    if (::rename(temp.path().c_str(), path.c_str()) != 0) fail("cannot replace the file");
    temp.commit();
    removeStaleTemporaries(dir, target.filename().string());
    if (const AtomicWriteHook hook = g_writeHook.load()) hook(AtomicWriteStage::Renamed);
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
