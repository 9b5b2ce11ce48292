// `seamless inspect --format json`: the Model as JSON (spec/cli.md), and its text rendering.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/guards/model_guards.hpp"
#include "seamless/model/model.hpp"

namespace seamless::report {

// `guards`, when given, adds each condition's parsed form (or why it has none, with
// `problem_zh` beside `problem` in Chinese) and the variables inferred from undeclared names.
nlohmann::ordered_json inspect_json(const model::Model& model,
                                    const guards::ModelGuards* guards = nullptr,
                                    i18n::Language language = i18n::Language::en);
// The text listing; headings and words in `language`.
void write_inspect_text(const model::Model& model, std::ostream& out,
                        const guards::ModelGuards* guards = nullptr,
                        i18n::Language language = i18n::Language::en);

}  // namespace seamless::report
