#include "findingtext.h"

#include "linetext.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace taper::gui {

namespace {

double num(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : 0.0;
}

std::string str(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

bool flag(const Finding &f, std::string_view name)
{
    return str(f, name) == "true";
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

QString n(const Finding &f, std::string_view name)
{
    return LineText::number(num(f, name));
}

bool danish()
{
    return QLocale().language() == QLocale::Danish;
}

/// A co-medication group id (atc-groups.json) in the UI language.
QString groupName(const Formulary &formulary, const std::string &id)
{
    const AtcGroup *g = formulary.atcGroup(id);
    if (!g) return qstr(id);
    return qstr(danish() ? g->nameDa : g->nameEn);
}

/// "morphine, oxycodone" (ids from the core) as substance names in the UI language.
QString substanceList(const Formulary &formulary, const std::string &ids)
{
    QStringList names;
    for (const QString &id : qstr(ids).split(QStringLiteral(", "), Qt::SkipEmptyParts))
        names << LineText::substance(formulary, id.toStdString());
    return names.join(QStringLiteral(", "));
}

QString routeText(const std::string &route)
{
    const auto parsed = parseEnum<Route>(route);
    return parsed ? LineText::route(*parsed) : qstr(route);
}

} // namespace

QString FindingText::code(const Finding &finding)
{
    return qstr(std::string(toString(finding.code)));
}

QString FindingText::message(const Finding &f, const Formulary &formulary)
{
    const QString substance = LineText::substance(formulary, str(f, "substance"));
    const QString comedication = LineText::substance(formulary, str(f, "comedication"));
    const QString group = groupName(formulary, str(f, "group"));
    const bool inclusive = flag(f, "inclusive");
    // A partial total (a line the profile does not convert) is a lower bound (issue 16 item 5).
    const QString totalOf =
        flag(f, "total_is_partial") ? tr("at least %1").arg(n(f, "total_meq_mg")) : n(f, "total_meq_mg");
    switch (f.code) {
    case FindingCode::HighMeq:
        if (flag(f, "methadone_in_total")) // issue 16 item 4: refer, never advise a cut
            return (inclusive
                        ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day threshold, but methadone's "
                             "MEQ is "
                             "uncertain (dose-tiered conversion): review it with the specialist who manages "
                             "the "
                             "methadone.")
                        : tr("Total %1 mg MEQ/day is above the %2 mg/day threshold, but methadone's MEQ is "
                             "uncertain (dose-tiered conversion): review it with the specialist who manages "
                             "the "
                             "methadone."))
                .arg(totalOf, n(f, "threshold_mg"));
        return (inclusive
                    ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day threshold: review the indication "
                         "and consider tapering.")
                    : tr("Total %1 mg MEQ/day is above the %2 mg/day threshold: review the indication and "
                         "consider tapering."))
            .arg(totalOf, n(f, "threshold_mg"));
    case FindingCode::VeryHighMeq:
        if (flag(f, "methadone_in_total"))
            return (inclusive
                        ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day maximum, but methadone's MEQ "
                             "is "
                             "uncertain (dose-tiered conversion): do not change the dose on this number; "
                             "refer "
                             "to the specialist who manages the methadone.")
                        : tr("Total %1 mg MEQ/day is above the %2 mg/day maximum, but methadone's MEQ is "
                             "uncertain (dose-tiered conversion): do not change the dose on this number; "
                             "refer "
                             "to the specialist who manages the methadone."))
                .arg(totalOf, n(f, "threshold_mg"));
        return (inclusive ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day maximum: reduce the dose.")
                          : tr("Total %1 mg MEQ/day is above the %2 mg/day maximum: reduce the dose."))
            .arg(totalOf, n(f, "threshold_mg"));
    case FindingCode::ShortActingLongTerm:
        if (f.parameter("treatment_days")) // prn_long_term merged in (issue 16 item 10)
            return tr("Short-acting %1 (PRN) used for %2 days (more than %3): long-term treatment should use "
                      "a "
                      "long-acting opioid in fixed doses; avoid short-acting opioids, fixed or PRN.")
                .arg(substance, n(f, "days"), n(f, "limit_days"));
        return (flag(f, "prn")
                    ? tr("Short-acting %1 (PRN) used for %2 days (more than %3): long-term treatment should "
                         "use a long-acting opioid in fixed doses.")
                    : tr("Short-acting %1 used for %2 days (more than %3): long-term treatment should use a "
                         "long-acting opioid in fixed doses."))
            .arg(substance, n(f, "days"), n(f, "limit_days"));
    case FindingCode::DurationUnknown:
        return tr("Short-acting %1 has no start date (since), so long-term use cannot be assessed.")
            .arg(substance);
    case FindingCode::NotInProfile: {
        const QString reason = qstr(str(f, "reason"));
        const QString route = routeText(str(f, "route"));
        const QString profile = qstr(str(f, "profile"));
        if (reason.isEmpty())
            return tr("%1 %2 is not converted by profile %3: the total is partial.")
                .arg(substance, route, profile);
        return tr("%1 %2 is not converted by profile %3 (%4): the total is partial.")
            .arg(substance, route, profile, reason);
    }
    case FindingCode::PrnLongTerm:
        return tr("%1 as needed (PRN) in opioid treatment lasting %2 days (long-term: more than %3): avoid "
                  "short-acting "
                  "opioids, fixed or PRN, in long-term treatment.")
            .arg(substance, n(f, "treatment_days"), n(f, "limit_days"));
    case FindingCode::MultipleOpioids:
        return tr("%1 opioids at once (%2): one opioid is recommended.")
            .arg(n(f, "count"), substanceList(formulary, str(f, "substances")));
    case FindingCode::DuplicateRelease:
        return tr("Short-acting %1 alongside long-acting %1 (line %2): use one long-acting formulation, not "
                  "both kinds.")
            .arg(substance, n(f, "depot_line"));
    case FindingCode::BenzodiazepineCombination:
        return tr("%1 (%2) with an opioid: risk of sedation, respiratory depression, coma and death; avoid "
                  "the "
                  "combination or keep both at the lowest dose for the shortest time, and taper the %2 "
                  "gradually.")
            .arg(comedication, group);
    case FindingCode::GabapentinoidCombination:
        return tr("%1 (%2) with an opioid: risk of serious breathing problems, especially with other "
                  "sedatives, lung "
                  "disease or old age.")
            .arg(comedication, group);
    case FindingCode::TramadolSerotonergic: {
        const QString opioid = LineText::substance(formulary, str(f, "opioid"));
        if (flag(f, "contraindicated"))
            return tr("%1 (%2) with %3: contraindicated, also within %4 days after stopping it.")
                .arg(comedication, group, opioid, n(f, "washout_days"));
        return tr("%1 (%2) with %3: raised risk of serotonergic adverse effects (serotonin syndrome); "
                  "consider another "
                  "analgesic.")
            .arg(comedication, group, opioid);
    }
    case FindingCode::Cyp2d6Prodrug:
        if (f.parameter("other_lines")) // several prodrug lines, one finding (issue 16 item 10)
            return tr("%1: activation by CYP2D6 needed (also line %2); %3–%4 % of people lack functional "
                      "CYP2D6 and "
                      "get little pain relief.")
                .arg(substanceList(formulary, str(f, "substances")), qstr(str(f, "other_lines")),
                     n(f, "poor_metabolisers_low_percent"), n(f, "poor_metabolisers_high_percent"));
        return tr("%1 needs activation by CYP2D6; %2–%3 % of people lack functional CYP2D6 and get little "
                  "pain relief.")
            .arg(substance, n(f, "poor_metabolisers_low_percent"), n(f, "poor_metabolisers_high_percent"));
    case FindingCode::MethadoneSpecialist:
        return tr("%1 belongs with a specialist: ECG before start, after %2–%3 weeks and after any dose "
                  "increase of %4 % "
                  "or more; fatal poisoning has been seen at %5 mg/day when tolerance is unknown. No "
                  "automatic taper.")
            .arg(substance, n(f, "ecg_after_weeks_low"), n(f, "ecg_after_weeks_high"),
                 n(f, "ecg_after_increase_percent"), n(f, "fatal_unknown_tolerance_mg"));
    case FindingCode::BuprenorphinePartialAgonist:
        if (flag(f, "excluded_from_meq"))
            return tr("%1 is a partial agonist with a ceiling effect; profile %2 leaves it out of the MEQ "
                      "total.")
                .arg(substance, qstr(str(f, "profile")));
        return tr("%1 is a partial agonist with a ceiling effect; its MEQ factor is uncertain (wide "
                  "published range).")
            .arg(substance);
    case FindingCode::PatchInOpioidNaive:
        return tr("%1 patch started %2 days ago with no other opioid: patches are for opioid-tolerant "
                  "patients only (at "
                  "least %3 mg oral morphine a day for at least a week).")
            .arg(substance, n(f, "days"), n(f, "tolerance_meq_mg"));
    case FindingCode::NoLaxative:
        return tr("No laxative in the regimen: opioid treatment should always come with a laxative.");
    case FindingCode::FastTaper:
        return tr("A cut of %1 % after %2 days is faster than the guidance (at most %3 % of the daily dose, "
                  "at least %4 "
                  "days apart).")
            .arg(n(f, "cut_percent"), n(f, "interval_days"), n(f, "max_cut_percent"),
                 n(f, "min_interval_days"));
    case FindingCode::DrivingLimit: {
        const std::string reason = str(f, "reason");
        if (reason == "no_exception")
            return tr("%1 has no exception in the Danish driving rules: no driving.").arg(substance);
        if (reason == "above_maximum") {
            const QString unit = str(f, "unit") == "mg/day" ? tr("mg/day") : qstr(str(f, "unit"));
            return tr("Extended-release %1 %2 %3 is above the Danish driving-licence maximum of %4 %3.")
                .arg(substance, n(f, "daily_amount"), unit, n(f, "max"));
        }
        if (reason == "sedative_combination")
            return tr("%1 together with a strong opioid: a driving licence is not recommended.")
                .arg(substance);
        return tr("Short-acting %1: no driving on short-acting opioids (Danish driving rules).")
            .arg(substance);
    }
    case FindingCode::DepotUnevenInterval: {
        const Product *p = formulary.product(str(f, "product"));
        const QString product = p ? qstr(p->nameDa) : qstr(str(f, "product"));
        if (flag(f, "prn"))
            return tr("%1 is a %2-hour depot (%3 times a day) but is given as needed (PRN): a depot is for "
                      "fixed doses.")
                .arg(product, n(f, "interval_hours"), n(f, "expected_per_day"));
        return tr("%1 is a %2-hour depot (%3 times a day) but is given %4 times a day: uneven levels.")
            .arg(product, n(f, "interval_hours"), n(f, "expected_per_day"), n(f, "times_per_day"));
    }
    case FindingCode::NotAssessed: {
        if (str(f, "reason") == "patient_data_missing") return patient(f, formulary);
        const std::string atc = str(f, "atc");
        const QString name = atc.empty() || atc == str(f, "comedication")
                                 ? comedication
                                 : tr("%1 (%2)").arg(comedication, qstr(atc));
        return tr("%1 is outside the medicine groups the rules assess; check its interactions with opioids "
                  "in the "
                  "product information.")
            .arg(name);
    }
    case FindingCode::AboveLabelMax: {
        const std::string scope = str(f, "scope"); // a brand ("Targin"), or empty for the substance
        const QString what = scope.empty() ? substance : tr("%1 (%2)").arg(substance, qstr(scope));
        if (flag(f, "prn_at_max"))
            return tr("%1 %2 mg/day is above the labelled maximum of %3 mg/day (PRN doses counted at their "
                      "daily "
                      "maximum): reduce the dose.")
                .arg(what, n(f, "daily_mg"), n(f, "max_mg"));
        return tr("%1 %2 mg/day is above the labelled maximum of %3 mg/day: reduce the dose.")
            .arg(what, n(f, "daily_mg"), n(f, "max_mg"));
    }
    case FindingCode::ProductWithdrawn: {
        const Product *p = formulary.product(str(f, "product"));
        const QString product = p ? qstr(p->nameDa) : qstr(str(f, "product"));
        if (str(f, "market_status") == "permit_only")
            return tr("%1 is available only with a dispensing permit: choose a marketed product.")
                .arg(product);
        return tr("%1 is withdrawn from the Danish market: choose a marketed product.").arg(product);
    }
    case FindingCode::SedativeDuplicate:
        return tr("%1 benzodiazepines/z-hypnotics at once (%2) beside an opioid: they act alike; use at most "
                  "one, and preferably none with long-term opioids.")
            .arg(n(f, "count"), substanceList(formulary, str(f, "substances")));
    case FindingCode::Serotonergic: {
        const QString opioid = LineText::substance(formulary, str(f, "opioid"));
        if (flag(f, "contraindicated"))
            return tr("%1 (%2) with %3: contraindicated, also within %4 days after stopping it.")
                .arg(comedication, group, opioid, n(f, "washout_days"));
        return tr("%1 (%2) with %3: raised risk of serotonin syndrome (agitation, fever, sweating, tremor, "
                  "muscle twitching); consider another analgesic.")
            .arg(comedication, group, opioid);
    }
    case FindingCode::QtcRisk: {
        const QString opioid = LineText::substance(formulary, str(f, "opioid"));
        const QString ecg =
            tr("ECG before start, after %1–%2 weeks and after any dose increase of %3 % or more.")
                .arg(n(f, "ecg_after_weeks_low"), n(f, "ecg_after_weeks_high"),
                     n(f, "ecg_after_increase_percent"));
        if (str(f, "category") == "contraindicated_with_qt_prolonging")
            return tr("%1 with %2: %1 is contraindicated with QT-prolonging medicines such as %2 (risk of "
                      "torsades de pointes); choose an alternative. If the combination is kept: %3")
                .arg(comedication, opioid, ecg);
        return tr("%1 with %2: both prolong the QT interval (risk of torsades de pointes); %3")
            .arg(comedication, opioid, ecg);
    }
    case FindingCode::Elderly:
    case FindingCode::RenalImpairment:
    case FindingCode::RespiratoryRisk:
    case FindingCode::Pregnancy:
        return patient(f, formulary);
    }
    // A code added to the core after this wording was written: show the code, never hide the finding.
    return code(f);
}

QString FindingText::severity(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QIcon FindingText::icon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace taper::gui
