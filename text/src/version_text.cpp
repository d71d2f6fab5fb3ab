// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/text/version_text.h"

#include "taper/build_info.h"
#include "taper/formulary.h"
#include "taper/formulary_locator.h"
#include "taper/input_error.h"
#include "taper/text/problem_text.h"
#include "taper/visible_text.h"

#include <exception>

namespace taper::text {

std::string versionText(std::string_view program, const std::string &formularyOption)
{
    std::string out = std::string(program) + " " + buildinfo::version() + "\n";
    out += std::string("commit ") + buildinfo::commit() + "\n";
    const std::string folder = locateFormulary(formularyOption);
    try {
        const Formulary formulary = Formulary::load(folder);
        const std::string &data = formulary.dataVersion();
        return out + "formulary data " + (data.empty() ? "(no data_version)" : visibleText(data)) + " (" +
               visibleText(folder) + ")\n";
    } catch (const InputError &e) {
        return out + "formulary not loaded from " + visibleText(folder) + ": " +
               visibleText(inputErrorText(e, Lang::En)) + "\n";
    } catch (const std::exception &e) {
        return out + "formulary not loaded from " + visibleText(folder) + ": " + visibleText(e.what()) + "\n";
    }
}

} // namespace taper::text
