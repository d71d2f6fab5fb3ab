// SPDX-License-Identifier: GPL-3.0-or-later
// Wording for JSON, file and value problems (problem_codes/json.inc, files.inc, values.inc).
#include "problem_text_detail.h"

#include <array>

namespace taper::text::detail {

namespace {
using C = ProblemCode;
constexpr std::array kInputWordings{
    ProblemWording{
        C::json_too_deep, "JSON nested deeper than {0} levels (at byte {1}); expected at most {0}",
        "JSON-strukturen er indlejret i mere end {0} niveauer (ved byte {1}); højst {0} er tilladt"},
    ProblemWording{C::json_duplicate_key, "duplicate key; expected each key once in an object",
                   "nøglen står to gange; hver nøgle må kun stå én gang i et objekt"},
    ProblemWording{C::json_malformed, "malformed JSON: {0}",
                   "filen er ikke gyldig JSON (fejl i linje {1}, kolonne {2})"},
    ProblemWording{C::json_number_too_large, "a number too large to represent; expected a finite number",
                   "et tal er for stort til at kunne bruges; der skal stå et endeligt tal"},
    ProblemWording{C::json_unreadable, "unreadable JSON ({0})", "JSON kan ikke læses ({0})"},
    ProblemWording{C::json_library_error,
                   "cannot be read as JSON (a number out of range or another error of the JSON library)",
                   "kan ikke læses som JSON (et tal uden for det tilladte område eller en anden fejl i "
                   "JSON-biblioteket)"},
    ProblemWording{C::json_top_not_object, "expected a JSON object at the top, got {0}",
                   "filen skal indeholde et JSON-objekt øverst, men indeholder {0}"},
    ProblemWording{C::schema_version_missing, "missing; expected \"schema_version\": {0}",
                   "mangler; der skal stå \"schema_version\": {0}"},
    ProblemWording{C::schema_version_not_integer, "got {0}; expected the integer {1}",
                   "{0} kan ikke bruges: der skal stå heltallet {1}"},
    ProblemWording{C::schema_version_newer,
                   "got {0}: the file was written by a newer version of OpioidTaper; this version reads "
                   "schema_version {1}",
                   "{0}: filen er skrevet af en nyere version af OpioidTaper; denne version læser "
                   "filformat {1}"},
    ProblemWording{C::schema_version_other, "got {0}; expected {1}", "{0} kan ikke bruges: der skal stå {1}"},
    ProblemWording{C::not_an_object, "got {0}; expected a JSON object",
                   "{0} kan ikke bruges: der skal stå et JSON-objekt"},
    ProblemWording{C::member_missing, "missing; this member is required", "mangler; feltet skal udfyldes"},
    ProblemWording{C::not_a_string, "got {0}; expected a string",
                   "{0} kan ikke bruges: der skal stå en tekst"},
    ProblemWording{C::not_a_number, "got {0}; expected a number", "{0} kan ikke bruges: der skal stå et tal"},
    ProblemWording{C::not_finite, "got {0}; expected a finite number",
                   "{0} kan ikke bruges: der skal stå et endeligt tal"},
    ProblemWording{C::not_whole_plausible, "got {0}; expected a whole number of a plausible size",
                   "{0} kan ikke bruges: der skal stå et heltal af en rimelig størrelse"},
    ProblemWording{C::not_whole, "got {0}; expected a whole number",
                   "{0} kan ikke bruges: der skal stå et heltal"},
    ProblemWording{C::not_a_boolean, "got {0}; expected true or false",
                   "{0} kan ikke bruges: der skal stå true eller false"},
    ProblemWording{C::not_an_array, "got {0}; expected a JSON array",
                   "{0} kan ikke bruges: der skal stå en JSON-liste"},
    ProblemWording{C::unknown_key_suggest, "unknown key \"{0}\"; did you mean \"{1}\"? Expected one of: {2}",
                   "ukendt nøgle \"{0}\"; mente du \"{1}\"? Tilladte nøgler: {2}"},
    ProblemWording{C::unknown_key, "unknown key \"{0}\"; expected one of: {1}",
                   "ukendt nøgle \"{0}\"; tilladte nøgler: {1}"},
    ProblemWording{C::file_too_large, "file is larger than {0} ({1} bytes); expected at most {0}",
                   "filen er større end {0} ({1} byte); højst {0} er tilladt"},
    ProblemWording{C::file_cannot_open, "cannot open the file for reading: {0}",
                   "filen kan ikke åbnes til læsning: {0}"},
    ProblemWording{C::file_cannot_read, "cannot read the file: {0}", "filen kan ikke læses: {0}"},
    ProblemWording{C::file_not_regular, "is {0}; expected a regular JSON file",
                   "er {0}; der skal angives en almindelig JSON-fil"},
    ProblemWording{C::file_cannot_examine, "cannot examine the file: {0}", "filen kan ikke undersøges: {0}"},
    ProblemWording{
        C::file_dangling_link,
        "is a symbolic link to a file that does not exist; expected a link to an existing file",
        "er et symbolsk link til en fil, der ikke findes; linket skal pege på en eksisterende fil"},
    ProblemWording{C::file_is_folder, "is a folder; expected a file name",
                   "er en mappe; der skal angives et filnavn"},
    ProblemWording{C::file_not_regular_unwritten, "is not a regular file; nothing was written",
                   "er ikke en almindelig fil; intet er gemt"},
    ProblemWording{
        C::file_hard_links,
        "has {0} hard links; saving replaces the file and would split them into copies that differ. "
        "Expected a file with one name (a symbolic link is fine)",
        "har {0} hårde links; at gemme erstatter filen og ville dele dem i kopier, der er forskellige. "
        "Filen må kun have ét navn (et symbolsk link er i orden)"},
    ProblemWording{C::file_read_only, "is read-only; nothing was written (expected a file you may change)",
                   "er skrivebeskyttet; intet er gemt (filen skal kunne ændres)"},
    ProblemWording{C::file_cannot_change, "cannot change the file: {0}; nothing was written",
                   "filen kan ikke ændres: {0}; intet er gemt"},
    ProblemWording{C::file_cannot_resolve, "cannot resolve the file's real path: {0}",
                   "filens egentlige placering kan ikke findes: {0}"},
    ProblemWording{C::file_cannot_open_for_writing, "cannot open for writing: {0}",
                   "kan ikke åbnes til skrivning: {0}"},
    ProblemWording{C::file_cannot_create_temporary, "cannot create a temporary file in its folder: {0}",
                   "der kan ikke oprettes en midlertidig fil i mappen: {0}"},
    ProblemWording{C::file_cannot_keep_group,
                   "cannot keep the file's group, so colleagues could lose access; nothing was written: {0}",
                   "filens gruppe kan ikke bevares, så kolleger kunne miste adgangen; intet er gemt: {0}"},
    ProblemWording{C::file_cannot_set_permissions, "cannot set permissions: {0}",
                   "rettighederne kan ikke sættes: {0}"},
    ProblemWording{C::file_cannot_write, "cannot write: {0}", "kan ikke skrives: {0}"},
    ProblemWording{C::file_cannot_flush, "cannot flush: {0}", "kan ikke skrives færdig til disken: {0}"},
    ProblemWording{C::file_cannot_close, "cannot close: {0}", "kan ikke lukkes: {0}"},
    ProblemWording{C::file_cannot_replace, "cannot replace the file: {0}", "filen kan ikke erstattes: {0}"},
    ProblemWording{C::folder_cannot_list, "cannot list the folder's files: {0}",
                   "mappens indhold kan ikke læses: {0}"},
};
} // namespace

std::span<const ProblemWording> inputProblemWordings()
{
    return kInputWordings;
}

} // namespace taper::text::detail
