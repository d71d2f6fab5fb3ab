// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the formulary loader. The first byte picks one of the shipped files; the rest
// replaces that file in a private copy of the formulary, which is then loaded with Formulary::load
// (the real file-reading path). Any InputError is the expected answer to bad data; every other
// exception, a crash or a sanitizer report is a finding. Seeds: the shipped files, each prefixed with
// its selector byte (fuzz/CMakeLists.txt).
#include "fuzz_support.h"

#include "taper/input_error.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// Keep in step with the seed list in fuzz/CMakeLists.txt (selector = index).
constexpr std::array<const char *, 6> kFiles{"sources.json",     "atc-groups.json",  "substances.json",
                                             "products-dk.json", "profiles/dk.json", "rules.json"};

/// One copy of the formulary per selectable file, made once per process and removed at exit.
struct Copies {
    fs::path root = fs::temp_directory_path() / ("taper-formulary-fuzz-" + std::to_string(::getpid()));
    Copies()
    {
        fs::create_directories(root);
        for (std::size_t i = 0; i < kFiles.size(); ++i)
            fs::copy(TAPER_FORMULARY_DIR, root / std::to_string(i), fs::copy_options::recursive);
    }
    ~Copies() { fs::remove_all(root); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Copies copies;
    if (size == 0) return 0;
    const std::size_t which = data[0] % kFiles.size();
    const fs::path dir = copies.root / std::to_string(which);
    {
        std::ofstream out(dir / kFiles[which], std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    try {
        (void)taper::Formulary::load(dir.string());
    } catch (const taper::InputError &) {
    }
    return 0;
}
