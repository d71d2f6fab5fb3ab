// SPDX-License-Identifier: GPL-3.0-or-later
// The review letter for the GP (issue 18): conclusion first, the findings ranked, the regimen with its
// MEQ, the taper with what to prescribe per period; the comparison, plan notes, advice and sources in
// the appendix ("Bilag"), which starts on a new page. Numbers from meq::compute, rules::check and the
// plan; the parts are in review_*.cpp and build_review_plan.cpp.
#include "review_parts.h"

#include "taper/finding_sources.h"
#include "taper/input_error.h"
#include "taper/report/dates_text.h"
#include "taper/rules.h"

#include <algorithm>
#include <array>

namespace taper::report {

namespace detail {

namespace {

/// Clinical importance within a severity, most important first (the letter's order of findings).
constexpr std::array kClinicalRank{FindingCode::VeryHighMeq,
                                   FindingCode::HighMeq,
                                   FindingCode::BenzodiazepineCombination,
                                   FindingCode::RespiratoryRisk,
                                   FindingCode::PatchInOpioidNaive,
                                   FindingCode::QtcRisk,
                                   FindingCode::MethadoneSpecialist,
                                   FindingCode::TramadolSerotonergic,
                                   FindingCode::Serotonergic,
                                   FindingCode::GabapentinoidCombination,
                                   FindingCode::AboveLabelMax,
                                   FindingCode::RenalImpairment,
                                   FindingCode::Pregnancy,
                                   FindingCode::Elderly,
                                   FindingCode::SedativeDuplicate,
                                   FindingCode::MultipleOpioids,
                                   FindingCode::ShortActingLongTerm,
                                   FindingCode::PrnLongTerm,
                                   FindingCode::DuplicateRelease,
                                   FindingCode::FastTaper,
                                   FindingCode::DepotUnevenInterval,
                                   FindingCode::ProductWithdrawn,
                                   FindingCode::DrivingLimit,
                                   FindingCode::BuprenorphinePartialAgonist,
                                   FindingCode::Cyp2d6Prodrug,
                                   FindingCode::NoLaxative,
                                   FindingCode::NotInProfile,
                                   FindingCode::DurationUnknown,
                                   FindingCode::NotAssessed};
static_assert(kClinicalRank.size() == kFindingCodeCount, "every finding code has a rank");

std::size_t rankOf(FindingCode code)
{
    return static_cast<std::size_t>(std::find(kClinicalRank.begin(), kClinicalRank.end(), code) -
                                    kClinicalRank.begin());
}

bool isDanish(const std::string &id)
{
    return id.rfind("DK-", 0) == 0;
}

} // namespace

void SourceRefs::add(const std::string &id)
{
    if (!id.empty() && std::find(m_ordered.begin(), m_ordered.end(), id) == m_ordered.end())
        m_ordered.push_back(id);
}

void SourceRefs::number()
{
    std::sort(m_ordered.begin(), m_ordered.end(), [](const std::string &a, const std::string &b) {
        return isDanish(a) != isDanish(b) ? isDanish(a) : a < b;
    });
    for (std::size_t i = 0; i < m_ordered.size(); ++i)
        m_numbers[m_ordered[i]] = static_cast<int>(i + 1);
}

std::string SourceRefs::cite(const std::vector<std::string> &ids) const
{
    std::vector<int> numbers;
    for (const std::string &id : ids)
        if (auto found = m_numbers.find(id); found != m_numbers.end()) numbers.push_back(found->second);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    if (numbers.empty()) return "";
    std::string s = "[";
    for (std::size_t i = 0; i < numbers.size(); ++i)
        s += (i ? ", " : "") + std::to_string(numbers[i]);
    return s + "]";
}

std::string dateText(Date d, const ReportContext &ctx)
{
    return text::shortDateText(d, ctx.lang);
}

ReviewData collectReview(const Regimen &regimen, const Profile &profile, const Plan *plan,
                         const ReportContext &ctx)
{
    ReviewData data{regimen, profile, plan, ctx, meq::compute(regimen, profile, ctx.formulary), {}, {}, {}};
    std::vector<Finding> all = rules::check(regimen, data.meq, profile, ctx.formulary);
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        return a.severity != b.severity ? a.severity > b.severity : rankOf(a.code) < rankOf(b.code);
    });
    for (Finding &f : all) {
        auto same =
            std::find_if(data.findings.begin(), data.findings.end(), [&](const ReviewData::RankedFinding &r) {
                return r.findings.front().code == f.code;
            });
        if (same == data.findings.end())
            data.findings.push_back({f.severity, {std::move(f)}});
        else
            same->findings.push_back(std::move(f));
    }
    SourceRefs &refs = data.refs;
    refs.add(profile.source);
    for (const MeqLine &m : data.meq.lines)
        refs.add(m.conversion ? m.conversion->source : (m.exclusion ? m.exclusion->source : ""));
    for (const auto &ranked : data.findings)
        for (const Finding &f : ranked.findings) {
            refs.add(f.source);
            for (const std::string &id : carriedSources(f))
                refs.add(id);
        }
    for (const Profile &p : ctx.formulary.profiles())
        refs.add(p.source);
    if (plan) {
        data.advice = handoutAdvice(*plan, ctx.lang);
        for (const Advice &a : data.advice)
            for (const std::string &id : a.sources)
                refs.add(id);
        for (const Dispense &d : plan->schedule.dispenseTotal)
            refs.add(d.product->packSource);
    }
    for (const std::string &id : followUpSources())
        refs.add(id);
    refs.number();
    return data;
}

Section findingsSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section s{tr(ctx, "Fund", "Findings"), {}};
    if (data.findings.empty()) {
        s.blocks.emplace_back(Paragraph{tr(ctx, "Ingen fund efter reglerne i denne profil.",
                                           "No findings under the rules of this profile.")});
        return s;
    }
    Table t;
    t.header = {tr(ctx, "Alvorlighed", "Severity"),
                tr(ctx, "Fund (efter klinisk betydning)", "Finding (by clinical importance)"),
                tr(ctx, "Kilde", "Source")};
    t.widthPercent = {13, 77, 10};
    for (const auto &ranked : data.findings) {
        Cell message;
        std::vector<std::string> sources;
        for (const Finding &f : ranked.findings) {
            message.push_back(text::findingMessage(f, ctx.lang, ctx.formulary, data.regimen.asOf));
            sources.push_back(f.source);
            for (const std::string &id : carriedSources(f))
                sources.push_back(id);
        }
        t.rows.push_back(
            {{text::severityLabel(ranked.severity, ctx.lang)}, message, {data.refs.cite(sources)}});
    }
    s.blocks.emplace_back(std::move(t));
    return s;
}

std::string decisionSupportStatement(const ReportContext &ctx)
{
    return tr(
        ctx,
        "Beslutningsstøtte – ikke en recept. Tallene er beregnet af OpioidTaper ud fra de viste kilder; den "
        "ansvarlige læge vurderer og ordinerer.",
        "Decision support – not a prescription. The numbers were computed by OpioidTaper from the sources "
        "shown; "
        "the responsible doctor assesses and prescribes.");
}

} // namespace detail

using namespace detail;

namespace {

std::string profileIdAndName(const Profile &p, const ReportContext &ctx)
{
    return p.id + " – " + (ctx.lang == Lang::Da ? p.nameDa : p.name);
}

std::string planVersion(const Plan &plan, const ReportContext &ctx)
{
    const std::size_t changes = plan.scheduleHistory.size();
    std::string s = std::string(tr(ctx, "lavet ", "made ")) + dateText(plan.created, ctx) +
                    tr(ctx, ", version ", ", version ") + std::to_string(plan.revision);
    if (changes > 0)
        s += std::string(tr(ctx, ", ændret ", ", changed ")) + std::to_string(changes) +
             (changes == 1 ? tr(ctx, " gang", " time") : tr(ctx, " gange", " times"));
    return s;
}

/// Appendix sections are numbered "Bilag 1 – …"; the first starts a new page.
void addAppendix(Document &doc, Section section, int &number, const ReportContext &ctx)
{
    section.heading =
        std::string(tr(ctx, "Bilag ", "Appendix ")) + std::to_string(number) + " – " + section.heading;
    section.newPage = number == 1;
    ++number;
    doc.sections.push_back(std::move(section));
}

Document reviewDocument(const Regimen &regimen, const Profile &profile, const Plan *plan,
                        const ReportContext &ctx)
{
    const ReviewData data = collectReview(regimen, profile, plan, ctx);
    Document doc;
    doc.kind = Kind::Review;
    doc.lang = ctx.lang;
    doc.title = tr(ctx, "Gennemgang af opioidbehandling", "Opioid regimen review");
    if (plan && plan->label) doc.meta.emplace_back(tr(ctx, "Patient", "Patient"), *plan->label);
    doc.meta.emplace_back(tr(ctx, "Dato", "Date"), longDate(ctx.today, ctx.lang));
    if (!ctx.author.empty()) doc.meta.emplace_back(tr(ctx, "Udarbejdet af", "Prepared by"), ctx.author);
    if (!ctx.clinic.empty()) doc.meta.emplace_back(tr(ctx, "Klinik", "Clinic"), ctx.clinic);
    if (!ctx.phone.empty()) doc.meta.emplace_back(tr(ctx, "Telefon", "Phone"), ctx.phone);
    doc.meta.emplace_back(tr(ctx, "Omregningstabel", "Conversion table"), profileIdAndName(profile, ctx));
    doc.meta.emplace_back(tr(ctx, "Program", "Program"), "OpioidTaper " + ctx.programVersion);
    if (plan) doc.meta.emplace_back(tr(ctx, "Plan", "Plan"), planVersion(*plan, ctx));
    doc.sections.push_back(Section{"", {Paragraph{decisionSupportStatement(ctx), true}}});
    doc.sections.push_back(conclusionSection(data));
    doc.sections.push_back(findingsSection(data));
    doc.sections.push_back(regimenSection(data));
    if (plan) {
        doc.sections.push_back(prescriptionSection(data)); // begins with taperSection's summary
        if (!plan->sessions.empty()) doc.sections.push_back(sessionSection(data));
    } else {
        doc.sections.push_back(noTaperSection(data));
    }
    int appendix = 1;
    addAppendix(doc, comparisonSection(data), appendix, ctx);
    if (plan) {
        addAppendix(doc, planNotesSection(data), appendix, ctx);
        addAppendix(doc, adviceSection(data), appendix, ctx);
        addAppendix(doc, fmkSection(data), appendix, ctx);
        if (!plan->sessions.empty()) addAppendix(doc, sessionChartSection(data), appendix, ctx);
    }
    addAppendix(doc, sourcesSection(data), appendix, ctx);
    doc.footer =
        std::string(tr(ctx, "Beslutningsstøtte – ikke en recept", "Decision support – not a prescription")) +
        " · OpioidTaper " + ctx.programVersion + " · " +
        (ctx.lang == Lang::Da ? profile.nameDa : profile.name);
    return doc;
}

} // namespace

Document buildReview(const Plan &plan, const ReportContext &ctx)
{
    const Profile *profile = ctx.formulary.profile(plan.schedule.profile);
    if (!profile)
        throw InputError("plan", "/profile", {ProblemCode::unknown_profile, {plan.schedule.profile}});
    return reviewDocument(plan.regimen, *profile, &plan, ctx);
}

Document buildReview(const Regimen &regimen, const Profile &profile, const ReportContext &ctx)
{
    return reviewDocument(regimen, profile, nullptr, ctx);
}

} // namespace taper::report
