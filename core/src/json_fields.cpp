// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_fields.h"

#include <cmath>

namespace taper {

json::Json jsonNumber(double v)
{
    if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v))
        return json::Json(static_cast<long long>(v));
    return json::Json(v);
}

Date readDateMember(json::ObjectReader &r, std::string_view key)
{
    const std::string text = r.string(key);
    auto d = parseIsoDate(text);
    if (!d) r.fail(key, ProblemCode::not_a_date, {text});
    return *d;
}

} // namespace taper
