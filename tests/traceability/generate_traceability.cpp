// SPDX-License-Identifier: GPL-3.0-or-later
// taper-traceability <formulary dir> <tests dir> [output file]
// Writes the traceability table (docs/traceability.md) to the output file or standard output, and lists
// problems (unresolved sources, items no test mentions) on standard error. Exit code 1 when there are
// problems, 2 on bad input.
#include "traceability.h"

#include "taper/input_error.h"

#include <fstream>
#include <iostream>

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: taper-traceability <formulary dir> <tests dir> [output file]\n";
        return 2;
    }
    try {
        const auto formulary = taper::Formulary::load(argv[1]);
        const auto t = taper::trace::build(formulary, argv[2]);
        if (argc == 4) {
            std::ofstream out(argv[3], std::ios::binary);
            out << t.markdown;
            if (!out.flush()) {
                std::cerr << "cannot write " << argv[3] << "\n";
                return 2;
            }
        } else {
            std::cout << t.markdown;
        }
        for (const auto &p : t.problems)
            std::cerr << "problem: " << p << "\n";
        return t.problems.empty() ? 0 : 1;
    } catch (const std::exception &e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    }
}
