// Plan documents and their atomic, byte-stable files (docs/plan-format.md).
#include "plan_internal.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
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

namespace {

/// A stored tail may be moved by at most this many days (far beyond any hold or re-plan).
constexpr long long kMaxShiftDays = 100'000;

/// How a replaced version is stored against the next newer one: its first `shared` steps are the
/// newer's (frozen by the session), its last `tailSteps` are the newer's last ones moved by `tailDays`
/// (a hold shifts the rest of the plan; a re-plan from the same dose repeats it later), and only the
/// steps between are written out. Steps compare whole (every member).
struct VersionShape {
    std::size_t shared = 0;
    std::size_t tailSteps = 0;
    long long tailDays = 0;
};

Step moved(Step s, long long days, std::size_t index)
{
    s.start += date::days(days);
    if (s.end) *s.end += date::days(days);
    s.index = static_cast<int>(index);
    return s;
}

VersionShape shapeOf(const std::vector<Step> &older, const std::vector<Step> &newer)
{
    VersionShape v;
    while (v.shared < older.size() && v.shared < newer.size() && older[v.shared] == newer[v.shared]) ++v.shared;
    if (older.size() == v.shared || newer.empty()) return v;
    v.tailDays = (older.back().start - newer.back().start).count();
    while (v.tailSteps < older.size() - v.shared && v.tailSteps < newer.size()) {
        const std::size_t i = older.size() - 1 - v.tailSteps;
        if (!(moved(newer[newer.size() - 1 - v.tailSteps], v.tailDays, i) == older[i])) break;
        ++v.tailSteps;
    }
    return v;
}

/// Rebuilds a stored version from the newer one: `shared` steps, the stored middle, the moved tail.
std::vector<Step> rebuildVersion(ObjectReader &h, const std::vector<Step> &newer, const Formulary &formulary,
                                 const Profile &profile)
{
    const auto count = [&](std::string_view key, long long value) {
        if (value < 0 || value > static_cast<long long>(newer.size()))
            h.fail(key, "got " + std::to_string(value) + "; expected 0 to " + std::to_string(newer.size()) +
                            " (steps of the next newer version)");
        return static_cast<std::size_t>(value);
    };
    const std::size_t shared = count("shared_steps", h.optionalInteger("shared_steps").value_or(0));
    std::vector<Step> steps = readSteps(h.array("steps"), h.pointer("steps"), h.file(), formulary, profile,
                                        std::vector<Step>(newer.begin(), newer.begin() + static_cast<std::ptrdiff_t>(shared)));
    if (const Json *tail = h.find("shifted_tail")) {
        ObjectReader t(*tail, h.pointer("shifted_tail"), h.file());
        const std::size_t n = count("steps", t.integer("steps"));
        const long long days = t.integer("days");
        if (days < -kMaxShiftDays || days > kMaxShiftDays)
            t.fail("days", "got " + std::to_string(days) + "; expected a shift within " + std::to_string(kMaxShiftDays) + " days");
        t.finish();
        for (std::size_t k = newer.size() - n; k < newer.size(); ++k) {
            Step s = moved(newer[k], days, steps.size());
            if (!steps.empty() && (!steps.back().end || *steps.back().end + date::days(1) != s.start))
                t.fail("steps", "the moved steps do not begin the day after the stored ones end");
            steps.push_back(std::move(s));
        }
    }
    requireOpenLastStep(steps, h.pointer("steps"), h.file());
    return steps;
}

} // namespace

long long readRevision(ObjectReader &r, std::string_view key)
{
    const long long revision = r.integer(key);
    if (revision < 1 || revision > kMaxRevision)
        r.fail(key, "got " + std::to_string(revision) + "; expected 1 to " + std::to_string(kMaxRevision));
    return revision;
}

Json toJson(const Plan &plan)
{
    Json j = toJson(plan.schedule);
    j["schema_version"] = kPlanSchema;
    j["revision"] = plan.revision;
    if (plan.label) j["label"] = *plan.label;
    j["created"] = formatIsoDate(plan.created);
    j["regimen"] = toJson(plan.regimen);
    // Each replaced version stores only the steps it does not share with the next newer version (the
    // current steps for the newest): a long course would otherwise repeat the whole plan per session.
    Json history = Json::array();
    const std::vector<ScheduleVersion> &versions = plan.scheduleHistory;
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const ScheduleVersion &v = versions[i];
        const std::vector<Step> &newer = i + 1 < versions.size() ? versions[i + 1].steps : plan.schedule.steps;
        const VersionShape shape = shapeOf(v.steps, newer);
        Json entry = {{"replaced", formatIsoDate(v.replaced)}, {"reason", v.reason}, {"revision", v.revision}};
        if (shape.shared > 0) entry["shared_steps"] = shape.shared;
        if (shape.tailSteps > 0) entry["shifted_tail"] = {{"steps", shape.tailSteps}, {"days", shape.tailDays}};
        const auto first = v.steps.begin();
        entry["steps"] = stepsJson(std::vector<Step>(first + static_cast<std::ptrdiff_t>(shape.shared),
                                                     v.steps.end() - static_cast<std::ptrdiff_t>(shape.tailSteps)));
        history.push_back(std::move(entry));
    }
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
    plan.revision = static_cast<int>(readRevision(r, "revision"));
    // The label may name the patient: a wrong type is reported without echoing the value.
    if (const Json *label = r.find("label"); label && !label->is_string())
        r.fail("label", "expected a string (the value is not shown: a label may identify the patient)");
    plan.label = r.optionalString("label");
    plan.created = readPlanDate(r, "created");
    const Json &regimen = r.object("regimen");
    try {
        plan.regimen = readRegimen(regimen, file, formulary, AsOfChoice{std::nullopt, plan.created});
    } catch (const InputError &e) {
        throw InputError(file, "/regimen" + e.where(), e.problem());
    }
    plan.schedule = readSchedule(r, file, formulary);
    const Profile &profile = *formulary.profile(plan.schedule.profile);
    // History entries are rebuilt newest first: each is stored against the next newer version
    // ("shared_steps", "shifted_tail").
    const Json &history = r.array("schedule_history");
    plan.scheduleHistory.resize(history.size());
    for (std::size_t i = history.size(); i-- > 0;) {
        ObjectReader h(history[i], r.pointer("schedule_history") + "/" + std::to_string(i), file);
        ScheduleVersion &v = plan.scheduleHistory[i];
        v.replaced = readPlanDate(h, "replaced");
        v.reason = h.string("reason");
        v.revision = static_cast<int>(readRevision(h, "revision"));
        const std::vector<Step> &newer = i + 1 < history.size() ? plan.scheduleHistory[i + 1].steps : plan.schedule.steps;
        v.steps = rebuildVersion(h, newer, formulary, profile);
        h.finish();
    }
    plan.sessions = readSessions(r.array("sessions"), r.pointer("sessions"), file, formulary);
    r.finish();
    checkPlanConsistency(plan, file);
    return plan;
}

Plan readPlanFile(const std::string &path, const Formulary &formulary)
{
    return readPlan(json::readFile(path, kMaxPlanFileBytes), path, formulary);
}

void checkPlanReadable(const std::string &text, const std::string &path, const Formulary &formulary)
{
    try {
        (void)readPlan(json::parse(text, path, kMaxPlanFileBytes), path, formulary);
    } catch (const InputError &e) {
        throw InputError(path, e.where(), "nothing was written: the plan would not be readable (" + e.problem() + ")");
    }
}

std::string planFileText(const Plan &plan)
{
    return toJson(plan).dump(2) + "\n";
}

namespace {

/// Writes `text` to an existing device or FIFO (/dev/null, /dev/stdout, a pipe) without replacing it.
void writeDirectly(const std::string &path, const std::string &text)
{
    // O_NONBLOCK: a FIFO nobody reads fails at once (ENXIO) instead of hanging.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) throw InputError(path, "", std::string("cannot open for writing: ") + std::strerror(errno));
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            throw InputError(path, "", std::string("cannot write: ") + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0 && errno != EINTR) throw InputError(path, "", std::string("cannot write: ") + std::strerror(errno));
}

/// What an existing regular target needs kept: its real path (links followed), mode, owner and group.
struct ExistingFile {
    std::string realPath;
    struct stat st{};
};

/// The file a write of `path` replaces, or none for a new file. Throws for targets that may not be
/// replaced by a rename: a folder, a read-only file, a file with several hard links.
std::optional<ExistingFile> replaceableTarget(const std::string &path)
{
    ExistingFile f;
    if (::stat(path.c_str(), &f.st) != 0) {
        if (errno != ENOENT) throw InputError(path, "", std::string("cannot examine the file: ") + std::strerror(errno));
        struct stat link{};
        if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
            throw InputError(path, "", "is a symbolic link to a file that does not exist; expected a link to an existing file");
        return std::nullopt;
    }
    if (S_ISDIR(f.st.st_mode)) throw InputError(path, "", "is a folder; expected a file name");
    if (!S_ISREG(f.st.st_mode)) throw InputError(path, "", "is not a regular file; nothing was written");
    if (f.st.st_nlink > 1)
        throw InputError(path, "", "has " + std::to_string(f.st.st_nlink) + " hard links; saving replaces the file and would "
                                   "split them into copies that differ. Expected a file with one name (a symbolic link is fine)");
    if ((f.st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        throw InputError(path, "", "is read-only; nothing was written (expected a file you may change)");
    if (::access(path.c_str(), W_OK) != 0)
        throw InputError(path, "", std::string("cannot change the file: ") + std::strerror(errno) + "; nothing was written");
    std::error_code ec;
    f.realPath = std::filesystem::canonical(path, ec).string();
    if (ec) throw InputError(path, "", "cannot resolve the file's real path: " + ec.message());
    return f;
}

} // namespace

std::string realPlanPath(const std::string &path)
{
    std::error_code ec;
    const std::string real = std::filesystem::canonical(path, ec).string();
    return ec ? path : real;
}

void writeFileAtomically(const std::string &path, const std::string &text)
{
    namespace fs = std::filesystem;
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) return writeDirectly(path, text);
    const std::optional<ExistingFile> existing = replaceableTarget(path);
    const fs::path target(existing ? existing->realPath : path);
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
    // New files are the user's only; a replaced file keeps its owner and group permissions, its group
    // (and, for root, its owner) — but never permissions for all other users: it holds patient data.
    const mode_t mode = existing ? existing->st.st_mode & (S_IRWXU | S_IRWXG) : (S_IRUSR | S_IWUSR);
    if (existing) {
        const uid_t owner = ::geteuid() == 0 ? existing->st.st_uid : static_cast<uid_t>(-1);
        struct stat now{};
        if (::fchown(temp.fd(), owner, existing->st.st_gid) != 0 &&
            (::fstat(temp.fd(), &now) != 0 || now.st_gid != existing->st.st_gid))
            fail("cannot keep the file's group, so colleagues could lose access; nothing was written");
    }
    if (::fchmod(temp.fd(), mode) != 0) fail("cannot set permissions");
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
    if (::rename(temp.path().c_str(), target.c_str()) != 0) fail("cannot replace the file");
    temp.commit();
    // The rename is durable only once the folder's entry is on disk.
    if (const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeStaleTemporaries(dir, target.filename().string());
    if (const AtomicWriteHook hook = g_writeHook.load()) hook(AtomicWriteStage::Renamed);
}

void setAtomicWriteHook(AtomicWriteHook hook)
{
    g_writeHook.store(hook);
}

void writePlanFile(const std::string &path, const Plan &plan, const Formulary &formulary)
{
    const std::string text = planFileText(plan);
    checkPlanReadable(text, path, formulary);
    writeFileAtomically(path, text);
}

} // namespace taper
