// Counterexamples as the output formats show them: drawn as readable lines for terminals, and
// as the `counterexample` object of spec/cli.md for JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/check/check.hpp"

namespace seamless::report {

// Indented lines under the finding: case data, the numbered steps with departments, what is
// left at the end, the seam.
void write_counterexample_text(const check::Counterexample& counterexample, std::ostream& out);

nlohmann::ordered_json counterexample_json(const check::Counterexample& counterexample);

}  // namespace seamless::report
