// The reform: vocabulary (spec/annotations.md): attributes on lanes, participants, activities,
// events, documents and processes, and reform:variable declarations. An unknown attribute, one
// on an element where it has no meaning, or a value outside the listed ones is a warning with
// file:line, and the default applies.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "iso_duration.hpp"
#include "reader.hpp"
#include "seamless/expr/environment.hpp"
#include "text_util.hpp"

namespace seamless::bpmn {

using model::NodeKind;

namespace {

// Bounds must be representable exactly as guards compute (seamless/expr/value.hpp): int64
// integers, decimals with at most 6 fractional digits within about ±9.2e12.
bool is_integer(std::string_view s) {
  return expr::parse_integer(s).has_value();
}
bool is_decimal(std::string_view s) {
  return expr::parse_decimal(s).has_value();
}

// Variable names and reform:sets entries: no whitespace, commas or quotes.
bool is_variable_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c == ' ' || c == '\t' || c == ',' || c == '"' || c == '\'' || c == '\n' || c == '\r')
      return false;
  return !(s[0] >= '0' && s[0] <= '9');
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const auto end = comma == std::string_view::npos ? text.size() : comma;
    out.push_back(trim(text.substr(start, end - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

bool is_node_attribute(std::string_view name) {
  return one_of(name, {"channel", "location", "immediate", "duration", "matter", "sets"});
}

}  // namespace

std::vector<ReformAttribute> Reader::reform_attributes(const XMLElement& element) {
  std::vector<ReformAttribute> out;
  for (auto* a = element.FirstAttribute(); a; a = a->Next()) {
    const QName name = scope_.attribute_name(*a);
    if (name.uri == ns::reform) out.push_back({name.local, a->Value()});
  }
  return out;
}

void Reader::warn_not_allowed(const XMLElement& element, std::string_view attribute) {
  const QName name = scope_.element_name(element);
  const bool known =
      is_node_attribute(attribute) ||
      one_of(attribute, {"role", "department", "shared", "material", "maxVisits", "timeLimit"});
  const std::string reform = "reform:" + std::string(attribute), element_name(name.local);
  warning(locate(element),
          known ? i18n::Text{reform + " has no meaning on '" + element_name + "'; ignored",
                             reform + " 在“" + element_name + "”上没有意义；已忽略"}
                : i18n::Text{"unknown attribute " + reform + " on '" + element_name + "'; ignored",
                             "“" + element_name + "”上的属性 " + reform + " 未知；已忽略"});
}

std::optional<bool> Reader::reform_bool(const XMLElement& element, const ReformAttribute& a) {
  if (a.value == "true") return true;
  if (a.value == "false") return false;
  const std::string written = "reform:" + std::string(a.name) + "=\"" + std::string(a.value) + "\"";
  warning(locate(element),
          {written + " is not true or false; ignored", written + " 不是 true 或 false；已忽略"});
  return std::nullopt;
}

void Reader::apply_node_reform(const XMLElement& element, model::Node& node) {
  const bool activity = model::is_activity(node.kind);
  const bool event = model::is_event(node.kind);
  const bool catching = activity || model::is_catching_event(node.kind);
  for (const ReformAttribute& a : reform_attributes(element)) {
    const std::string value(a.value);
    const bool node_attribute = is_node_attribute(a.name);
    const bool allowed = node_attribute && (activity || event) &&
                         (catching || a.name == "channel" || a.name == "location");
    if (!allowed) {
      warn_not_allowed(element, a.name);
      continue;
    }
    if (a.name == "channel") {
      if (auto channel = model::channel_from_string(value)) {
        node.channel = channel;
      } else {
        warning(
            node.location,
            {"reform:channel=\"" + value + "\" is not one of onsite, online, mail, phone; ignored",
             "reform:channel=\"" + value + "\" 不是 onsite、online、mail、phone 之一；已忽略"});
      }
    } else if (a.name == "location") {
      node.visit_location = value;
    } else if (a.name == "immediate") {
      if (auto b = reform_bool(element, a)) node.immediate = *b;
    } else if (a.name == "duration") {
      if (auto d = parse_iso_duration(trim(value))) {
        node.duration = *d;
      } else {
        warning(node.location,
                {"reform:duration=\"" + value +
                     "\" is not an ISO 8601 duration (e.g. PT2H, P3D); ignored",
                 "reform:duration=\"" + value + "\" 不是 ISO 8601 时长（如 PT2H、P3D）；已忽略"});
      }
    } else if (a.name == "matter") {
      node.matter = trim(value);
    } else if (a.name == "sets") {
      for (std::string& name : split_list(value)) {
        if (is_variable_name(name)) {
          node.sets.push_back(std::move(name));
        } else {
          warning(node.location,
                  {"reform:sets entry '" + name + "' is not a variable name; ignored",
                   "reform:sets 中的“" + name + "”不是变量名；已忽略"});
        }
      }
    }
  }
  if (node.duration.text.empty()) node.duration.text = "PT0S";
}

void Reader::apply_party_reform(const XMLElement& element, std::string& department_id,
                                std::optional<model::Role>& role) {
  for (const ReformAttribute& a : reform_attributes(element)) {
    if (a.name == "role") {
      role = model::role_from_string(a.value);
      if (!role)
        warning(locate(element), {"reform:role=\"" + std::string(a.value) +
                                      "\" is not one of department, applicant, agent; ignored",
                                  "reform:role=\"" + std::string(a.value) +
                                      "\" 不是 department、applicant、agent 之一；已忽略"});
    } else if (a.name == "department") {
      department_id = trim(a.value);
      if (department_id.empty())
        warning(locate(element), i18n::Text{"reform:department is empty; the element's id is used",
                                            "reform:department 为空；改用该元素的 id"});
    } else {
      warn_not_allowed(element, a.name);
    }
  }
}

void Reader::apply_process_reform(const XMLElement& element, model::Process& process) {
  for (const ReformAttribute& a : reform_attributes(element)) {
    const std::string value = trim(a.value);
    if (a.name == "maxVisits") {
      char* end = nullptr;
      const long n = std::strtol(value.c_str(), &end, 10);
      if (!value.empty() && *end == '\0' && n >= 0 && n <= 1000000 && value[0] != '+') {
        process.max_visits = static_cast<std::uint32_t>(n);
      } else {
        warning(
            process.location,
            {"reform:maxVisits=\"" + value + "\" is not a whole number >= 0; the default 1 applies",
             "reform:maxVisits=\"" + value + "\" 不是大于等于 0 的整数；采用默认值 1"});
      }
    } else if (a.name == "timeLimit") {
      if (auto d = parse_iso_duration(value)) {
        process.time_limit = *d;
      } else {
        warning(
            process.location,
            {"reform:timeLimit=\"" + value + "\" is not an ISO 8601 duration (e.g. P20D); ignored",
             "reform:timeLimit=\"" + value + "\" 不是 ISO 8601 时长（如 P20D）；已忽略"});
      }
    } else {
      warn_not_allowed(element, a.name);
    }
  }
}

Reader::DocumentFlags Reader::document_reform(const XMLElement& element) {
  DocumentFlags flags;
  flags.location = locate(element);
  for (const ReformAttribute& a : reform_attributes(element)) {
    if (a.name == "shared") {
      flags.shared = reform_bool(element, a);
    } else if (a.name == "material") {
      flags.material = reform_bool(element, a);
    } else {
      warn_not_allowed(element, a.name);
    }
  }
  return flags;
}

void Reader::read_extension_elements(const XMLElement& element, Index process) {
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri != ns::reform) continue;
    if (name.local == "variable") {
      read_variable(*child, model_->processes[process]);
    } else {
      const std::string element_name = "reform:" + std::string(name.local);
      warning(locate(*child), {"unknown element " + element_name + "; ignored",
                               "未知元素 " + element_name + "；已忽略"});
    }
  }
}

void Reader::read_variable(const XMLElement& element, model::Process& process) {
  model::Variable variable;
  variable.location = locate(element);
  const auto where = variable.location;
  variable.name = trim(attribute(element, "name"));
  if (!is_variable_name(variable.name)) {
    warning(where,
            i18n::Text{"reform:variable needs a name without spaces, commas or quotes; ignored",
                       "reform:variable 需要不含空格、逗号或引号的名称；已忽略"});
    return;
  }
  const std::string label = "reform:variable '" + variable.name + "'";
  const std::string label_zh = "reform:variable“" + variable.name + "”";
  const std::string type = trim(attribute(element, "type"));
  if (auto t = model::variable_type_from_string(type)) {
    variable.type = *t;
  } else {
    warning(
        where,
        {label + ": type \"" + type + "\" is not one of boolean, integer, decimal, string; ignored",
         label_zh + "：类型 \"" + type + "\" 不是 boolean、integer、decimal、string 之一；已忽略"});
    return;
  }
  for (auto* a = element.FirstAttribute(); a; a = a->Next()) {
    const QName name = scope_.attribute_name(*a);
    if (!name.uri.empty()) continue;
    const std::string value = trim(a->Value());
    if (name.local == "name" || name.local == "type") continue;
    if (name.local == "min" || name.local == "max") {
      const bool numeric = variable.type == model::VariableType::integer ||
                           variable.type == model::VariableType::decimal;
      const bool valid =
          variable.type == model::VariableType::integer ? is_integer(value) : is_decimal(value);
      const std::string attribute_name(name.local);
      const bool integer = variable.type == model::VariableType::integer;
      if (!numeric) {
        warning(where,
                {label + ": '" + attribute_name +
                     "' applies only to integer and decimal variables; ignored",
                 label_zh + "：“" + attribute_name + "”只适用于 integer 和 decimal 变量；已忽略"});
      } else if (!valid) {
        const std::string written = attribute_name + "=\"" + value + "\"";
        warning(where,
                {label + ": " + written + " is not " +
                     (integer ? "a 64-bit integer"
                              : "a decimal number with at most 6 decimal places within "
                                "±9223372036854") +
                     "; ignored",
                 label_zh + "：" + written + " 不是" +
                     (integer ? "64 位整数" : "±9223372036854 以内、最多 6 位小数的十进制数") +
                     "；已忽略"});
      } else {
        (name.local == "min" ? variable.min : variable.max) = value;
      }
    } else if (name.local == "values") {
      if (variable.type != model::VariableType::string) {
        warning(where, {label + ": 'values' applies only to string variables; ignored",
                        label_zh + "：“values”只适用于 string 变量；已忽略"});
        continue;
      }
      for (std::string& v : split_list(value)) {
        if (v.empty()) {
          warning(where, {label + ": empty entry in 'values' ignored",
                          label_zh + "：“values”中的空项已忽略"});
        } else if (std::find(variable.values.begin(), variable.values.end(), v) !=
                   variable.values.end()) {
          warning(where, {label + ": value '" + v + "' listed twice",
                          label_zh + "：取值“" + v + "”列出了两次"});
        } else {
          variable.values.push_back(std::move(v));
        }
      }
    } else {
      const std::string attribute_name(name.local);
      warning(where, {label + ": unknown attribute '" + attribute_name + "'; ignored",
                      label_zh + "：未知属性“" + attribute_name + "”；已忽略"});
    }
  }
  if (variable.min && variable.max &&
      std::strtod(variable.min->c_str(), nullptr) > std::strtod(variable.max->c_str(), nullptr)) {
    warning(where, {label + ": min " + *variable.min + " is greater than max " + *variable.max +
                        "; the domain is empty",
                    label_zh + "：min " + *variable.min + " 大于 max " + *variable.max +
                        "；取值范围为空"});
  }
  for (const model::Variable& other : process.variables) {
    if (other.name == variable.name) {
      const std::string line = std::to_string(other.location.line);
      warning(where, {label + " is declared twice (first at line " + line +
                          "); the first declaration applies",
                      label_zh + "声明了两次（首次在第 " + line + " 行）；以首次声明为准"});
      return;
    }
  }
  process.variables.push_back(std::move(variable));
}

namespace {
// Elements whose reform: attributes the readers interpret (and warn about themselves).
bool reads_reform_attributes(const QName& name) {
  if (name.uri != ns::bpmn) return false;
  static constexpr std::string_view handled[] = {
      "definitions",         "process",   "participant",       "lane", "sequenceFlow", "dataObject",
      "dataObjectReference", "dataStore", "dataStoreReference"};
  for (auto h : handled)
    if (h == name.local) return true;
  return model::node_kind_from_bpmn(name.local).has_value();
}
}  // namespace

void Reader::warn_stray_reform(const XMLElement& element) {
  for (auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    ScopeGuard guard(scope_, *child);
    const QName name = scope_.element_name(*child);
    if (name.uri == ns::reform) continue;  // reform:variable and friends are read elsewhere
    if (!reads_reform_attributes(name))
      for (const ReformAttribute& a : reform_attributes(*child)) warn_not_allowed(*child, a.name);
    warn_stray_reform(*child);
  }
}

}  // namespace seamless::bpmn
