// Case variables, interned strings, and case values as text (see environment.hpp).
#include "seamless/expr/environment.hpp"

#include <limits>

namespace seamless::expr {

std::uint32_t StringTable::intern(std::string_view text) {
  auto [it, inserted] =
      ids_.try_emplace(std::string(text), static_cast<std::uint32_t>(texts_.size()));
  if (inserted) texts_.emplace_back(text);
  return it->second;
}

std::optional<std::uint32_t> StringTable::find(std::string_view text) const {
  auto it = ids_.find(std::string(text));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  int128 value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > static_cast<int128>(std::numeric_limits<std::int64_t>::max()) + 1)
      return std::nullopt;
  }
  if (negative) value = -value;
  if (value > std::numeric_limits<std::int64_t>::max()) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

std::optional<std::int64_t> parse_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if (dot != std::string_view::npos && fraction.empty() && whole.empty()) return std::nullopt;
  if (fraction.size() > static_cast<std::size_t>(decimal_digits)) return std::nullopt;
  int128 value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > static_cast<int128>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
  }
  std::int64_t scale = decimal_scale;
  value *= decimal_scale;
  for (char c : fraction) {
    if (c < '0' || c > '9') return std::nullopt;
    scale /= 10;
    value += static_cast<int128>(c - '0') * scale;
  }
  if (negative) value = -value;
  if (value > std::numeric_limits<std::int64_t>::max() ||
      value < std::numeric_limits<std::int64_t>::min())
    return std::nullopt;
  return static_cast<std::int64_t>(value);
}

Environment Environment::from_declarations(const std::vector<model::Variable>& declarations) {
  Environment env;
  for (const model::Variable& d : declarations) {
    Variable v;
    v.name = d.name;
    switch (d.type) {
      case model::VariableType::boolean:
        v.type = Type::boolean;
        break;
      case model::VariableType::integer:
        v.type = Type::integer;
        if (d.min) v.min = parse_integer(*d.min);
        if (d.max) v.max = parse_integer(*d.max);
        break;
      case model::VariableType::decimal:
        v.type = Type::decimal;
        if (d.min) v.min = parse_decimal(*d.min);
        if (d.max) v.max = parse_decimal(*d.max);
        break;
      case model::VariableType::string:
        v.type = Type::string;
        for (const std::string& value : d.values) v.values.push_back(env.strings_.intern(value));
        break;
    }
    env.add(std::move(v));
  }
  return env;
}

std::optional<std::uint32_t> Environment::slot_of(std::string_view name) const {
  for (std::size_t i = 0; i < variables_.size(); ++i)
    if (variables_[i].name == name) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

std::uint32_t Environment::add(Variable variable) {
  variables_.push_back(std::move(variable));
  return static_cast<std::uint32_t>(variables_.size() - 1);
}

std::optional<std::int64_t> parse_case_value(std::string_view text, const Variable& variable,
                                             StringTable& strings, std::string& error) {
  i18n::Text problem;
  const std::optional<std::int64_t> value = parse_case_value(text, variable, strings, problem);
  if (!value) error = std::move(problem.en);
  return value;
}

std::optional<std::int64_t> parse_case_value(std::string_view text, const Variable& variable,
                                             StringTable& strings, i18n::Text& error) {
  const std::string value(text);
  switch (variable.type) {
    case Type::boolean:
      if (text == "true") return 1;
      if (text == "false") return 0;
      error = {"'" + value + "' is not true or false", "“" + value + "”不是 true 或 false"};
      return std::nullopt;
    case Type::integer:
      if (auto v = parse_integer(text)) return v;
      error = {"'" + value + "' is not an integer", "“" + value + "”不是整数"};
      return std::nullopt;
    case Type::decimal:
      if (auto v = parse_decimal(text)) return v;
      error = {"'" + value + "' is not a decimal number with at most 6 decimal places",
               "“" + value + "”不是最多 6 位小数的十进制数"};
      return std::nullopt;
    case Type::string:
      return strings.intern(text);
    case Type::null:
      break;
  }
  error = {"variable has no type", "变量没有类型"};
  return std::nullopt;
}

bool in_domain(std::int64_t bits, const Variable& variable) {
  if (variable.type == Type::boolean) return bits == 0 || bits == 1;
  if (variable.min && bits < *variable.min) return false;
  if (variable.max && bits > *variable.max) return false;
  if (variable.type == Type::string && !variable.values.empty()) {
    for (std::uint32_t id : variable.values)
      if (id == bits) return true;
    return false;
  }
  return true;
}

namespace {
std::string format_decimal(std::int64_t bits) {
  const bool negative = bits < 0;
  const uint128 magnitude = negative ? static_cast<uint128>(-static_cast<int128>(bits)) : bits;
  const auto whole = static_cast<unsigned long long>(magnitude / decimal_scale);
  auto fraction = static_cast<unsigned long long>(magnitude % decimal_scale);
  std::string out = (negative ? "-" : "") + std::to_string(whole);
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, static_cast<std::size_t>(decimal_digits) - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out;
}
}  // namespace

std::string format_value(const Value& value, Type type, const StringTable& strings) {
  if (value.null) return "null";
  switch (type) {
    case Type::boolean:
      return value.bits ? "true" : "false";
    case Type::integer:
      return std::to_string(value.bits);
    case Type::decimal:
      return format_decimal(value.bits);
    case Type::string:
      if (value.bits >= 0 && static_cast<std::size_t>(value.bits) < strings.size()) {
        std::string out = "\"";
        for (char c : strings.text(static_cast<std::uint32_t>(value.bits))) {
          if (c == '"' || c == '\\') out += '\\';
          out += c;
        }
        return out + "\"";
      }
      return "\"<string " + std::to_string(value.bits) + ">\"";
    case Type::null:
      return "null";
  }
  return "null";
}

}  // namespace seamless::expr
