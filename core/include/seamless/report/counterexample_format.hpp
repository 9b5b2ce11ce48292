// Counterexamples as the output formats show them: drawn as readable lines for terminals, and
// as the `counterexample` object of spec/cli.md for JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/check/check.hpp"

namespace seamless::report {

// Indented lines under the finding: case data, the numbered steps with departments, what is
// left at the end, the seam; labels, notes and figure names in `language`.
void write_counterexample_text(const check::Counterexample& counterexample, std::ostream& out,
                               i18n::Language language = i18n::Language::en);

// In Chinese the object also has the Chinese texts beside the English ones: `note_zh` on steps,
// `left_zh` and `notes_zh`.
nlohmann::ordered_json counterexample_json(const check::Counterexample& counterexample,
                                           i18n::Language language = i18n::Language::en);

// A counterexample figure's name for people: "visits", or "到场次数" in Chinese.
std::string figure_label(const std::string& name, i18n::Language language);

}  // namespace seamless::report
