// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "finding_text.h"
#include "lms_import.h"
#include "output_escape.h"
#include "taper/json_reader.h"

#include <iostream>
#include <sstream>

namespace taper::cli {

namespace {

struct FormularyOptions {
    std::string profile = kDefaultProfileId;
    std::string format = "text";
};

/// The factor a profile applies to a product: empty when the profile does not convert it or the factor
/// is tiered by total daily dose (then it depends on the regimen).
std::optional<double> productFactor(const Product &p, const Profile &profile)
{
    const ConversionFactor *f = profile.factorFor(p.substance, p.route);
    if (!f || f->isTiered()) return std::nullopt;
    return f->factor;
}

std::string csvField(const std::string &s)
{
    std::string out;
    appendCsvField(out, s);
    return out;
}

std::string csv(const Formulary &formulary, const Profile &profile)
{
    std::ostringstream out;
    out << "product,substance,route,release,strength,unit,factor,wear_hours,brand,name_da,form,divisible,"
           "dosing_interval_hours,market_status,source\n";
    for (const Product *product : formulary.productsForListing()) {
        const Product &p = *product;
        const auto factor = productFactor(p, profile);
        out << p.id << ',' << p.substance << ',' << toString(p.route) << ',' << toString(p.release) << ','
            << json::formatNumber(p.strength) << ',' << toString(p.unit) << ','
            << (factor ? json::formatNumber(*factor) : "") << ','
            << (p.wearHours ? std::to_string(*p.wearHours) : "") << ',' << csvField(p.brand) << ','
            << csvField(p.nameDa) << ',' << toString(p.form) << ',' << (p.divisible ? "true" : "false") << ','
            << (p.dosingIntervalHours ? std::to_string(*p.dosingIntervalHours) : "") << ','
            << toString(p.marketStatus) << ',' << p.source << '\n';
    }
    return out.str();
}

json::Json factorJson(const ConversionFactor &f)
{
    json::Json j = {{"substance", f.substance},
                    {"route", toString(f.route)},
                    {"per", f.basis == FactorBasis::PerMg    ? "mg"
                            : f.basis == FactorBasis::PerMcg ? "mcg"
                                                             : "mcg/h"},
                    {"range", {f.range.first, f.range.second}},
                    {"source", f.source},
                    {"evidence", toString(f.evidence)},
                    {"note", f.note}};
    if (f.factor)
        j["factor"] = *f.factor;
    else {
        json::Json tiers = json::Json::array();
        for (const auto &t : f.tiers)
            tiers.push_back(
                {{"up_to", t.upTo ? json::Json(*t.upTo) : json::Json(nullptr)}, {"factor", t.factor}});
        j["tiers"] = tiers;
    }
    return j;
}

json::Json asJson(const Formulary &formulary, const Profile &profile)
{
    json::Json j = json::Json::object();
    j["profile"] = profile.id;
    json::Json substances = json::Json::array();
    for (const auto &s : formulary.substances())
        substances.push_back(
            {{"id", s.id}, {"name_da", s.nameDa}, {"atc", s.atc}, {"kind", toString(s.kind)}});
    j["substances"] = substances;
    json::Json products = json::Json::array();
    for (const Product *product : formulary.productsForListing()) {
        const Product &p = *product;
        const auto factor = productFactor(p, profile);
        products.push_back({{"id", p.id},
                            {"brand", p.brand},
                            {"name_da", p.nameDa},
                            {"substance", p.substance},
                            {"route", toString(p.route)},
                            {"release", toString(p.release)},
                            {"form", toString(p.form)},
                            {"strength", p.strength},
                            {"unit", toString(p.unit)},
                            {"divisible", p.divisible},
                            {"market_status", toString(p.marketStatus)},
                            {"factor", factor ? json::Json(*factor) : json::Json(nullptr)},
                            {"wear_hours", p.wearHours ? json::Json(*p.wearHours) : json::Json(nullptr)}});
    }
    j["products"] = products;
    json::Json factors = json::Json::array();
    for (const auto &f : profile.factors)
        factors.push_back(factorJson(f));
    j["factors"] = factors;
    j["thresholds"] = {{"high_meq",
                        {{"value", profile.highMeq.valueMg},
                         {"inclusive", profile.highMeq.inclusive},
                         {"source", profile.highMeq.source}}},
                       {"very_high_meq",
                        {{"value", profile.veryHighMeq.valueMg},
                         {"inclusive", profile.veryHighMeq.inclusive},
                         {"source", profile.veryHighMeq.source}}}};
    return j;
}

std::string text(const Formulary &formulary, const Profile &profile)
{
    std::ostringstream out;
    out << "Profile " << profile.id << ": " << profile.name << "\n" << profile.description << "\n\n";
    out << "Conversion factors (mg oral morphine per day per unit of daily dose)\n";
    for (const auto &f : profile.factors) {
        out << "  " << f.substance << " " << toString(f.route) << ": ";
        if (f.factor)
            out << json::formatNumber(*f.factor);
        else {
            std::string tiers;
            for (const auto &t : f.tiers)
                tiers += (tiers.empty() ? "" : ", ") +
                         (t.upTo ? "<=" + json::formatNumber(*t.upTo) : std::string(">")) + ": " +
                         json::formatNumber(t.factor);
            out << "tiers by mg/day (" << tiers << ")";
        }
        out << " per "
            << (f.basis == FactorBasis::PerMg    ? "mg"
                : f.basis == FactorBasis::PerMcg ? "mcg"
                                                 : "mcg/h")
            << "  range " << json::formatNumber(f.range.first) << "-" << json::formatNumber(f.range.second)
            << "  [" << f.source << ", " << toString(f.evidence) << "]\n";
    }
    for (const auto &e : profile.excluded)
        out << "  " << e.substance << " " << toString(e.route) << ": not converted (" << e.reason << ") ["
            << e.source << "]\n";
    out << "\nThresholds: high_meq " << (profile.highMeq.inclusive ? ">= " : "> ")
        << json::formatNumber(profile.highMeq.valueMg) << " mg [" << profile.highMeq.source
        << "], very_high_meq " << (profile.veryHighMeq.inclusive ? ">= " : "> ")
        << json::formatNumber(profile.veryHighMeq.valueMg) << " mg [" << profile.veryHighMeq.source
        << "]\n\n";
    out << "Products (" << formulary.products().size() << ")\n";
    for (const Product *product : formulary.productsForListing()) {
        const Product &p = *product;
        out << "  " << p.id << "  " << p.nameDa << "  " << json::formatNumber(p.strength) << " "
            << toString(p.unit) << "  " << toString(p.release) << (p.divisible ? ", divisible" : "")
            << (p.marketStatus != MarketStatus::Marketed ? ", " + std::string(toString(p.marketStatus)) : "")
            << "\n";
    }
    return out.str();
}

int runFormulary(const FormularyOptions &o, const Context &ctx)
{
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, o.profile);
    if (o.format == "csv")
        std::cout << csv(formulary, profile);
    else if (o.format == "json")
        std::cout << asJson(formulary, profile).dump(2) << "\n";
    else
        std::cout << text(formulary, profile);
    return 0;
}

} // namespace

void addFormularyCommand(CLI::App &app, Context &ctx)
{
    auto options = std::make_shared<FormularyOptions>();
    CLI::App *cmd =
        app.add_subcommand("formulary", "List substances, Danish products and conversion factors");
    cmd->add_option("--profile", options->profile, "Conversion profile id")->capture_default_str();
    cmd->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "csv"}))
        ->capture_default_str();
    auto lmsOptions = std::make_shared<LmsImportOptions>();
    CLI::App *import = cmd->add_subcommand(
        "import-lms",
        "Update the Danish products' drug ids, packs and market status from a Medicinpriser takst");
    import
        ->add_option("dir", lmsOptions->dir,
                     "Folder of the unpacked takst (system.txt, lms01.txt, lms02.txt)")
        ->required();
    import->add_option("-o,--output", lmsOptions->output,
                       "File to write (default: lms-dk.json in the formulary folder)");
    import->callback([lmsOptions, &ctx] { ctx.exitCode = runLmsImport(*lmsOptions, ctx);
});
cmd->require_subcommand(0, 1);
cmd->callback([options, import, &ctx] {
    if (!import->parsed()) ctx.exitCode = runFormulary(*options, ctx);
});
} // namespace taper::cli

} // namespace taper::cli
