// opioid-taper group: the nurse's view of a tapering group — every plan file in a folder with its
// current step, next planned reduction and who needs attention (issue 5). No plan is left out quietly
// (issue 15 item 11): every *.json file (any case) is read; one that cannot be read as JSON, or a plan
// the reader refuses (a damaged plan), is named on stderr with the reason and counted on the last
// line; only JSON that is no plan at all (a regimen file) is skipped, and counted.
#include "commands.h"
#include "session_text.h"
#include "taper/plan.h"
#include "taper/plan_overwrite.h"
#include "taper/text/problem_text.h"
#include "taper/visible_text.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

namespace taper::cli {

namespace {

namespace fs = std::filesystem;

/// Smertecenter Syd's tapering group has at most 5 patients (seeds 004, section 4.4.3).
constexpr std::size_t kGroupMax = 5;

struct GroupArgs {
    std::string folder;
    std::string date;
    std::string lang = "en";
};

/// What reading one file gave: a plan, a file that is no plan (skipped), or a refusal.
struct FileResult {
    std::optional<Plan> plan;
    bool notAPlan = false;
    std::string problem; ///< the reason it could not be read (names the file, never its content)
};

/// JSON library errors the strict reader does not map say what they read ("parsing '1e309'"): only the
/// file is named.
std::string libraryProblem(const fs::path &p)
{
    return p.string() +
           ": cannot be read as JSON (a number out of range or another error of the JSON library)";
}

FileResult readGroupFile(const fs::path &p, const Formulary &formulary)
{
    std::string refusal;
    try {
        return {readPlanFile(p.string(), formulary), false, {}};
    } catch (const InputError &e) {
        refusal = text::inputErrorText(e, text::Lang::En);
    } catch (const json::Json::exception &) {
        refusal = libraryProblem(p);
    }
    // Not a plan the reader accepts: skip it only if it is readable JSON without any plan key.
    try {
        if (!hasPlanKeys(json::readFile(p.string(), kMaxPlanFileBytes))) return {std::nullopt, true, {}};
    } catch (const InputError &e) {
        return {std::nullopt, false, text::inputErrorText(e, text::Lang::En)};
    } catch (const json::Json::exception &) {
        return {std::nullopt, false, libraryProblem(p)};
    }
    return {std::nullopt, false, refusal};
}

/// Regular files named *.json in any case ("P.JSON"), hidden ones (lock files, temporaries) excepted.
std::vector<fs::path> jsonFiles(const std::string &folder)
{
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(folder)) {
        const std::string name = e.path().filename().string();
        std::string extension = e.path().extension().string();
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (e.is_regular_file() && extension == ".json" && !name.starts_with(".")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void printPlanRow(const std::string &file, const Plan &plan, Date day, Lang lang)
{
    const bool da = lang == Lang::Da;
    const std::vector<Step> &steps = plan.schedule.steps;
    const int c = currentStep(steps, day);
    std::string next = "-";
    for (std::size_t k = c + 1; k < steps.size(); ++k)
        if (steps[k].totalMeq.value() < steps[c].totalMeq.value() - 0.005) {
            next = formatIsoDate(steps[k].start) + " -> " + formatAmount(steps[k].totalMeq.value(), lang);
            break;
        }
    if (planStatus(plan, day) == PlanStatus::Maintenance) next = da ? "(vedligeholdelse)" : "(maintenance)";
    std::string last = "-";
    if (!plan.sessions.empty())
        last = formatIsoDate(plan.sessions.back().date) + " " +
               decisionText(plan.sessions.back().decision, lang);
    std::string flags;
    for (const Attention f : attentionFlags(plan, day))
        flags += (flags.empty() ? "" : "; ") + text::attentionText(f, lang);
    std::cout << padCell(visibleText(plan.label.value_or(file)), 22)
              << padCell(std::to_string(c) + ": " + formatAmount(steps[c].totalMeq.value(), lang), 20)
              << padCell(next, 26) << padCell(last, 28) << (flags.empty() ? "-" : flags) << "\n";
}

int runGroup(const GroupArgs &a, const Context &ctx)
{
    const Lang lang = langOption(a.lang);
    const bool da = lang == Lang::Da;
    const Date day = dateOption(a.date, "--date");
    if (!fs::is_directory(a.folder)) throw InputError(a.folder, "", {ProblemCode::not_a_folder_of_plans});
    const Formulary formulary = ctx.loadFormulary();
    std::vector<std::pair<std::string, Plan>> plans;
    std::vector<std::string> unreadable;
    int skipped = 0;
    for (const fs::path &p : jsonFiles(a.folder)) {
        FileResult r = readGroupFile(p, formulary);
        if (r.plan)
            plans.emplace_back(p.filename().string(), std::move(*r.plan));
        else if (r.notAPlan)
            ++skipped;
        else {
            std::cerr << "opioid-taper: error: " << visibleText(r.problem) << "\n";
            unreadable.push_back(visibleText(p.filename().string()));
        }
    }
    std::cout << (da ? "Nedtrapningshold " : "Tapering group ") << formatIsoDate(day) << ": " << plans.size()
              << (da ? " plan(er)\n" : " plan(s)\n");
    if (plans.size() > kGroupMax)
        std::cout << (da ? "Bemærk: et nedtrapningshold har højst 5 patienter.\n"
                         : "Note: a tapering group has at most 5 patients.\n");
    std::cout << padCell(da ? "Patient" : "Patient", 22)
              << padCell(da ? "Trin nu (mg MEQ)" : "Step now (mg MEQ)", 20)
              << padCell(da ? "Næste nedsættelse" : "Next reduction", 26)
              << padCell(da ? "Sidste konsultation" : "Last session", 28)
              << (da ? "Opmærksomhed" : "Attention") << "\n";
    for (const auto &[file, plan] : plans)
        printPlanRow(file, plan, day, lang);
    if (!unreadable.empty()) {
        std::string names;
        for (const std::string &n : unreadable)
            names += (names.empty() ? "" : ", ") + n;
        std::cout << (da ? "Kunne ikke læse " : "Could not read ") << unreadable.size()
                  << (da ? " fil(er): " : " file(s): ") << names
                  << (da ? " (årsagen står i fejlmeddelelserne).\n"
                         : " (the reasons are in the error messages).\n");
    }
    if (skipped)
        std::cout << (da ? "Sprang " : "Skipped ") << skipped
                  << (da ? " JSON-fil(er) over, som ikke er en plan (fx en ordination).\n"
                         : " JSON file(s) that are not a plan (e.g. a regimen).\n");
    return unreadable.empty() ? 0 : 2;
}

} // namespace

void addGroupCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<GroupArgs>();
    CLI::App *cmd =
        app.add_subcommand("group", "The tapering group at a glance: every plan file in a folder");
    cmd->add_option("FOLDER", a->folder, "Folder with the group's plan files")->required();
    cmd->add_option("--date", a->date, "The group's meeting date YYYY-MM-DD")->required();
    cmd->add_option("--lang", a->lang, "en or da")->capture_default_str();
    cmd->callback([a, &ctx] { ctx.exitCode = runGroup(*a, ctx); });
}

} // namespace taper::cli
