// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers shared by the document builders.

#include "taper/report/builder.h"

#include <string>

namespace taper::report::detail {

/// `da` or `en` by the context's language.
inline const char *tr(const ReportContext &ctx, const char *da, const char *en)
{
    return ctx.lang == Lang::Da ? da : en;
}

/// A number for people in the document's language (at most two decimals).
inline std::string num(double v, const ReportContext &ctx)
{
    return text::formatAmount(v, ctx.lang);
}

/// The product's Danish name (as on the pack), e.g. "Contalgin depottablet 30 mg".
inline std::string productName(const Product &p)
{
    return p.nameDa;
}

/// "Title (Publisher, year)".
inline std::string citation(const std::string &sourceId, const ReportContext &ctx)
{
    return text::sourceCitation(sourceId, ctx.formulary);
}

/// The decision-support statement of every review report.
std::string decisionSupportStatement(const ReportContext &ctx);

} // namespace taper::report::detail
