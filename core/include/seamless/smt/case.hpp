// A concrete case found by the solver (a witness): one encoded value per variable slot, and the
// same values as text for reports.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "seamless/expr/environment.hpp"

namespace seamless::smt {

struct Case {
  // Encoded like the interpreter's slots (value.hpp). A free string that is in no guard has a
  // fresh id >= strings().size(); its text is a string that is not in the StringTable.
  std::vector<std::int64_t> slots;
  // Per slot: `600`, `12.5`, `true`, `"qingpu"`.
  std::vector<std::string> texts;
  // The slots the query's expressions mention, ascending: the ones worth showing.
  std::vector<std::uint32_t> mentioned;
};

// `area=600, district="qingpu"`: the mentioned variables (all of them when `all`).
std::string describe(const Case& c, const expr::Environment& environment, bool all = false);

// The text of fresh string number `index` (0-based): a string that is not in `strings`.
std::string fresh_string_text(std::int64_t index, const expr::StringTable& strings);

}  // namespace seamless::smt
