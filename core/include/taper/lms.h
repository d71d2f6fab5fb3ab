// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Danish Medicines Agency's price list (Medicinpriser, "LMS-takst") as a formulary source
// (docs/formulary.md, docs/interop.md). Reads the fixed-width files LMS01 (drugs), LMS02 (packages) and
// the takst's system.txt (its valid-from date), matches the drugs to the curated Danish products and
// yields the companion data the formulary loader lays over them: drug ids, packs with varenummer and
// market status. Strengths, forms, factors and every clinical fact stay in the curated files: the takst
// only decides which curated product a drug is, never what the product is.
//
// Layout: Lægemiddelstyrelsen, "Databeskrivelse for LMS-filer" (field order, types, record lengths 180
// and 137); widths and implied decimals as read by trifork/sdm (citations in docs/interop.md).

#include "taper/dates.h"
#include "taper/enums.h"
#include "taper/formulary.h"
#include "taper/json_reader.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taper::lms {

inline constexpr std::size_t kDrugRecordLength = 180;    ///< LMS01
inline constexpr std::size_t kPackageRecordLength = 137; ///< LMS02

/// One LMS01 record (the fields the formulary uses).
struct Drug {
    std::string drugId;       ///< 11 digits
    std::string name;         ///< UTF-8 (the file is DOS code page 850)
    std::string formCode;     ///< e.g. "DEPTAB"
    double strength = 0;      ///< "Styrke, numerisk" / 1000; 0 when blank
    std::string strengthUnit; ///< e.g. "MG", "MGM" (mg/ml), "RGT" (mcg/h)
    std::string atc;
    std::string route;                ///< e.g. "OR", "TD"
    std::optional<Date> deregistered; ///< "Dato for afregistr. af lægemiddel"
    std::uint64_t line = 0;
};

/// One LMS02 record (the fields the formulary uses).
struct Package {
    std::string drugId;          ///< 11 digits, a drug of LMS01
    std::string varenummer;      ///< 6 digits
    double size = 0;             ///< "Pakningsstørrelse, numerisk" / 100; 0 when blank
    std::string sizeUnit;        ///< e.g. "ST" (units), "ML"
    std::optional<Date> expired; ///< "Udgået dato"
    std::uint64_t line = 0;
};

struct Takst {
    Date validFrom; ///< system.txt, first record, positions 48–55 (YYYYMMDD)
    std::vector<Drug> drugs;
    std::vector<Package> packages;
};

/// Parses one record. `file` and `line` name it in the InputError thrown for a record of the wrong
/// length or a malformed field (where = "line N", the problem names the field and what was expected).
Drug parseDrug(std::string_view record, const std::string &file, std::uint64_t line);
Package parsePackage(std::string_view record, const std::string &file, std::uint64_t line);

/// Reads system.txt, lms01.txt and lms02.txt from `dir` (file names in any case; line ends LF or CRLF).
/// Throws InputError for a missing file, the first bad record, or a package whose drug is not in LMS01.
Takst readTakst(const std::string &dir);

/// What the takst says about one curated product.
struct ProductUpdate {
    std::string product; ///< curated product id
    std::vector<std::string> drugIds;
    std::vector<std::string> names; ///< the drugs' LMS names, for people checking the match
    MarketStatus marketStatus = MarketStatus::Marketed;
    std::vector<ProductPack> packs; ///< packs on the market at the takst date, by units then varenummer
};

struct ImportResult {
    Date takstDate;
    std::vector<ProductUpdate> updates;      ///< in formulary order
    std::vector<std::string> notInTakst;     ///< curated products no drug of the takst matches
    std::vector<std::string> ambiguousDrugs; ///< drug ids that fit several curated products by identity
                                             ///< and no single one by name: left unassigned
};

/// Matches the takst's drugs to the curated products. A drug belongs to a product when its ATC, strength,
/// strength unit and form code are the product's (form codes per kFormCodes in lms_match.cpp); when
/// several products share that identity, only the one whose brand names begin the drug's name. A
/// product is marketed when one of its drugs is not deregistered on the takst date and has a pack not
/// expired on it; else withdrawn. Packs count whole units ("ST") or ml (oral solutions).
ImportResult matchProducts(const Takst &takst, const Formulary &formulary);

/// The companion file's name in the formulary folder, and the source id its packs cite (sources.json).
inline constexpr const char *kCompanionFile = "lms-dk.json";
inline constexpr const char *kSourceId = "DK-LMS";

/// The companion file (schema_version 1) for an import: takst date, source, and per matched product its
/// drug ids, names, market status and packs; the unmatched and ambiguous lists for people to review.
json::Json companionJson(const ImportResult &result);

/// Lays the companion document `doc` (read from `file`) over `products`: drug ids, packs (whose distinct
/// sizes become packSizes, with the companion's source as packSource) and market status. Strictly read:
/// throws InputError with the JSON pointer for an unknown key or product, a malformed pack, a source id
/// `knownSource` rejects. Returns the takst date.
Date applyCompanion(const json::Json &doc, const std::string &file, std::vector<Product> &products,
                    const std::function<bool(std::string_view)> &knownSource);

} // namespace taper::lms
