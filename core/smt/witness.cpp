// Witnesses: Z3 models read back as Cases, and Cases as text (see case.hpp, witness.hpp).
#include "witness.hpp"

#include <stdexcept>
#include <string>

namespace seamless::smt {

std::string fresh_string_text(std::int64_t index, const expr::StringTable& strings) {
  // "other", then "other 2", "other 3", ...; skipping any that the table holds.
  std::int64_t seen = -1;
  for (std::int64_t n = 1;; ++n) {
    std::string text = n == 1 ? "other" : "other " + std::to_string(n);
    if (strings.find(text)) continue;
    if (++seen == index) return text;
  }
}

namespace {

std::int64_t read_int(const z3::expr& value) {
  std::int64_t bits = 0;
  if (!value.is_numeral() || !value.is_numeral_i64(bits))
    throw std::runtime_error("smt: the model's value " + value.to_string() +
                             " is not a 64-bit integer");
  return bits;
}

}  // namespace

Case read_case(const z3::model& model, Variables& variables, std::vector<std::uint32_t> mentioned) {
  const expr::Environment& env = variables.environment();
  Case c;
  c.mentioned = std::move(mentioned);
  const std::uint32_t count = static_cast<std::uint32_t>(env.variables().size());
  c.slots.reserve(count);
  c.texts.reserve(count);
  const std::int64_t first_fresh = variables.first_fresh_string();
  for (std::uint32_t slot = 0; slot < count; ++slot) {
    const expr::Variable& v = env.variables()[slot];
    const z3::expr value = model.eval(variables.constant(slot), true);
    std::int64_t bits = 0;
    if (v.type == expr::Type::boolean) {
      if (!value.is_true() && !value.is_false())
        throw std::runtime_error("smt: the model's value " + value.to_string() +
                                 " is not a boolean");
      bits = value.is_true() ? 1 : 0;
    } else {
      bits = read_int(value);
    }
    c.slots.push_back(bits);
    if (v.type == expr::Type::string && bits >= first_fresh)
      c.texts.push_back("\"" + fresh_string_text(bits - first_fresh, env.strings()) + "\"");
    else
      c.texts.push_back(expr::format_value({bits, false}, v.type, env.strings()));
  }
  return c;
}

std::string describe(const Case& c, const expr::Environment& environment, bool all) {
  std::string out;
  auto add = [&](std::uint32_t slot) {
    if (slot >= c.texts.size() || slot >= environment.variables().size()) return;
    if (!out.empty()) out += ", ";
    out += environment.variables()[slot].name + "=" + c.texts[slot];
  };
  if (all) {
    for (std::uint32_t slot = 0; slot < c.texts.size(); ++slot) add(slot);
  } else {
    for (std::uint32_t slot : c.mentioned) add(slot);
  }
  return out;
}

}  // namespace seamless::smt
