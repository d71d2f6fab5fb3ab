// SPDX-License-Identifier: GPL-3.0-or-later
#include "lms_import.h"

#include "output_escape.h"
#include "taper/atomic_file.h"
#include "taper/lms.h"

#include <filesystem>
#include <iostream>

namespace taper::cli {

namespace {

std::string list(const std::vector<std::string> &ids)
{
    std::string out;
    for (const std::string &id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out.empty() ? "none" : out;
}

} // namespace

int runLmsImport(const LmsImportOptions &o, const Context &ctx)
{
    const Formulary formulary = ctx.loadFormulary();
    const lms::Takst takst = lms::readTakst(o.dir);
    const lms::ImportResult result = lms::matchProducts(takst, formulary);
    const json::Json doc = lms::companionJson(result);
    const std::string path =
        o.output.empty() ? (std::filesystem::path(formulary.directory()) / lms::kCompanionFile).string()
                         : o.output;
    // What is written must load: lay it over a copy of the curated products first.
    std::vector<Product> products = formulary.products();
    lms::applyCompanion(doc, path, products,
                        [&](std::string_view id) { return formulary.source(id) != nullptr; });
    writeFileAtomically(path, doc.dump(2) + "\n");

    std::size_t packs = 0, drugs = 0;
    for (const auto &u : result.updates) {
        packs += u.packs.size();
        drugs += u.drugIds.size();
    }
    std::cout << "Medicinpriser takst valid from " << formatIsoDate(takst.validFrom) << ": "
              << takst.drugs.size() << " drugs, " << takst.packages.size() << " packages\n"
              << "Matched " << result.updates.size() << " of " << formulary.products().size() << " products ("
              << drugs << " drug ids, " << packs << " packs)\n";
    for (const auto &u : result.updates) {
        const Product *p = formulary.product(u.product);
        if (p && p->marketStatus != u.marketStatus)
            std::cout << "  market status " << u.product << ": " << toString(p->marketStatus) << " -> "
                      << toString(u.marketStatus) << "\n";
    }
    std::cout << "Not in the takst (left as curated): " << list(result.notInTakst) << "\n"
              << "Drug ids fitting several products (not assigned): " << list(result.ambiguousDrugs) << "\n"
              << "Wrote " << printable(path) << "\n";
    return 0;
}

} // namespace taper::cli
