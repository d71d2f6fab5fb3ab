// opioid-taper group: the nurse's view of a tapering group — every plan file in a folder with its
// current step, next planned reduction and who needs attention (issue 5). Files that are not plans
// (no "steps") are skipped; a plan that cannot be read is reported on stderr by file name only.
#include "commands.h"
#include "session_text.h"
#include "taper/plan.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace taper::cli {

namespace {

/// Smertecenter Syd's tapering group has at most 5 patients (seeds 004, section 4.4.3).
constexpr std::size_t kGroupMax = 5;

struct GroupArgs {
    std::string folder;
    std::string date;
    std::string lang = "en";
};

bool looksLikePlan(const std::filesystem::path &p)
{
    try {
        const json::Json j = json::readFile(p.string());
        return j.is_object() && j.contains("steps") && j.contains("sessions");
    } catch (const InputError &) {
        return true; // unreadable JSON: report it below
    }
}

int runGroup(const GroupArgs &a, const Context &ctx)
{
    namespace fs = std::filesystem;
    const Lang lang = langOption(a.lang);
    const bool da = lang == Lang::Da;
    const Date day = dateOption(a.date, "--date");
    if (!fs::is_directory(a.folder)) throw InputError(a.folder, "", "not a folder; expected a folder of plan files");
    const Formulary formulary = ctx.loadFormulary();
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(a.folder)) {
        const std::string name = e.path().filename().string();
        if (e.is_regular_file() && name.ends_with(".json") && !name.starts_with(".")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    int failed = 0;
    std::vector<std::pair<std::string, Plan>> plans;
    for (const fs::path &p : files) {
        if (!looksLikePlan(p)) continue;
        try {
            plans.emplace_back(p.filename().string(), readPlanFile(p.string(), formulary));
        } catch (const InputError &e) {
            std::cerr << "opioid-taper: error: " << e.what() << "\n";
            ++failed;
        }
    }
    std::cout << (da ? "Nedtrapningshold " : "Tapering group ") << formatIsoDate(day) << ": " << plans.size()
              << (da ? " plan(er)\n" : " plan(s)\n");
    if (plans.size() > kGroupMax)
        std::cout << (da ? "Bemærk: et nedtrapningshold har højst 5 patienter.\n"
                         : "Note: a tapering group has at most 5 patients.\n");
    std::cout << padCell(da ? "Patient" : "Patient", 22) << padCell(da ? "Trin nu (mg MEQ)" : "Step now (mg MEQ)", 20)
              << padCell(da ? "Næste nedsættelse" : "Next reduction", 26) << padCell(da ? "Sidste konsultation" : "Last session", 28)
              << (da ? "Opmærksomhed" : "Attention") << "\n";
    for (const auto &[file, plan] : plans) {
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
            last = formatIsoDate(plan.sessions.back().date) + " " + decisionText(plan.sessions.back().decision, lang);
        std::string flags;
        for (const Attention f : attentionFlags(plan, day)) flags += (flags.empty() ? "" : "; ") + attentionText(f, lang);
        std::cout << padCell(plan.label.value_or(file), 22)
                  << padCell(std::to_string(c) + ": " + formatAmount(steps[c].totalMeq.value(), lang), 20) << padCell(next, 26)
                  << padCell(last, 28) << (flags.empty() ? "-" : flags) << "\n";
    }
    return failed ? 2 : 0;
}

} // namespace

void addGroupCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<GroupArgs>();
    CLI::App *cmd = app.add_subcommand("group", "The tapering group at a glance: every plan file in a folder");
    cmd->add_option("FOLDER", a->folder, "Folder with the group's plan files")->required();
    cmd->add_option("--date", a->date, "The group's meeting date YYYY-MM-DD")->required();
    cmd->add_option("--lang", a->lang, "en or da")->capture_default_str();
    cmd->callback([a, &ctx] { ctx.exitCode = runGroup(*a, ctx); });
}

} // namespace taper::cli
