// SPDX-License-Identifier: GPL-3.0-or-later
// The review letter's appendix with the plan as the shared medication record (FMK) would hold it: per
// product its dosage periods and the Danish dosage text to enter, with a note where FMK needs a new
// dosage (issue 21 item 3; taper/fmk_dosage.h).
#include "review_parts.h"

#include "taper/text/fmk_text.h"

namespace taper::report::detail {

Section fmkSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section sec{tr(ctx, "Dosering til FMK", "Dosage for the shared medication record (FMK)"), {}};
    const std::string limit = std::to_string(fmk::kMaxPeriods);
    sec.blocks.emplace_back(Paragraph{
        ctx.lang == Lang::Da
            ? "Planen som struktureret dosering i FMK: én periode pr. dosis, så længe dosis er den samme. "
              "FMK "
              "rummer højst " +
                  limit + " doseringsperioder i én dosering; længere forløb deles i flere doseringer."
            : "The plan as FMK structured dosages: one period per dose for as long as the dose is unchanged. "
              "FMK "
              "holds at most " +
                  limit +
                  " dosage periods in one dosage; longer courses are split. The dosage text "
                  "is in Danish, as entered in FMK."});
    Table table;
    table.header = {tr(ctx, "Præparat", "Product"), tr(ctx, "Periode", "Period"),
                    tr(ctx, "Dosering", "Dosage (Danish)")};
    table.widthPercent = {28, 24, 48};
    table.compact = true;
    for (const fmk::ProductDosage &dosage : fmk::dosages(data.plan->schedule)) {
        bool first = true;
        for (std::size_t part = 0; part < dosage.parts.size(); ++part) {
            if (dosage.parts.size() > 1) {
                table.rows.push_back(
                    {{first ? productName(*dosage.product) : ""}, {""}, {text::fmkPartNote(dosage, part)}});
                table.rowStartsGroup.push_back(first);
                first = false;
            }
            for (const fmk::Period &period : dosage.parts[part].periods) {
                const std::string dates =
                    dateText(period.start, ctx) + (period.end ? " – " + dateText(*period.end, ctx)
                                                              : std::string(tr(ctx, " og frem", " onwards")));
                table.rows.push_back(
                    {{first ? productName(*dosage.product) : ""}, {dates}, {text::fmkDosesText(period)}});
                table.rowStartsGroup.push_back(first);
                first = false;
            }
        }
    }
    sec.blocks.emplace_back(std::move(table));
    return sec;
}

} // namespace taper::report::detail
