// `seamless inspect --format json`: the Model as JSON (spec/cli.md), and its text rendering.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/model/model.hpp"

namespace seamless::report {

nlohmann::ordered_json inspect_json(const model::Model& model);
void write_inspect_text(const model::Model& model, std::ostream& out);

}  // namespace seamless::report
