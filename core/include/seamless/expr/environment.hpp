// The case variables guards range over, and the strings they compare, for one set of guards
// (a process). Slots index `variables`; a case is one int64 per slot (encoding in value.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "seamless/diag/diagnostics.hpp"
#include "seamless/expr/value.hpp"
#include "seamless/i18n/text.hpp"
#include "seamless/model/model.hpp"

namespace seamless::expr {

// Interned strings. Ids are dense from 0, in order of interning.
class StringTable {
 public:
  std::uint32_t intern(std::string_view text);
  std::optional<std::uint32_t> find(std::string_view text) const;
  const std::string& text(std::uint32_t id) const { return texts_[id]; }
  std::size_t size() const { return texts_.size(); }

 private:
  std::vector<std::string> texts_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

struct Variable {
  std::string name;
  Type type = Type::boolean;
  bool declared = true;  // false: inferred from an undeclared use in a guard
  // Domain, encoded like values (decimals scaled). Absent: the whole type.
  std::optional<std::int64_t> min, max;
  std::vector<std::uint32_t> values;  // strings: the enumeration's ids; empty: any string
};

class Environment {
 public:
  // The process's reform:variable declarations; enumerated strings are interned in order.
  static Environment from_declarations(const std::vector<model::Variable>& declarations);

  std::optional<std::uint32_t> slot_of(std::string_view name) const;
  std::uint32_t add(Variable variable);  // returns the new slot
  const std::vector<Variable>& variables() const { return variables_; }
  Variable& variable(std::uint32_t slot) { return variables_[slot]; }
  StringTable& strings() { return strings_; }
  const StringTable& strings() const { return strings_; }

 private:
  std::vector<Variable> variables_;
  StringTable strings_;
};

// Decimal text ("12.5", "-3", "0.000001") to the scaled encoding; nullopt when it is not a
// number, has more than 6 fractional digits, or is out of range.
std::optional<std::int64_t> parse_decimal(std::string_view text);
std::optional<std::int64_t> parse_integer(std::string_view text);

// A case value given as text (`--set area=600`, a CSV cell) for a variable: `true`/`false`,
// an integer, a decimal, or a string (interned). nullopt with `error` set when it does not fit
// the variable's type.
std::optional<std::int64_t> parse_case_value(std::string_view text, const Variable& variable,
                                             StringTable& strings, std::string& error);
// The same with the message in English and Chinese.
std::optional<std::int64_t> parse_case_value(std::string_view text, const Variable& variable,
                                             StringTable& strings, i18n::Text& error);
// Whether an encoded value lies in the variable's declared domain.
bool in_domain(std::int64_t bits, const Variable& variable);

// A value as text: `true`, `42`, `12.5`, `"qingpu"`, `null`.
std::string format_value(const Value& value, Type type, const StringTable& strings);

}  // namespace seamless::expr
