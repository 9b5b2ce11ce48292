// Counterexamples in text and JSON (counterexample_format.hpp).
#include "seamless/report/counterexample_format.hpp"

#include <algorithm>

namespace seamless::report {

using json = nlohmann::ordered_json;

namespace {

// A case value as JSON: numbers and booleans as such, strings without their quotes.
json value_json(const check::CaseValue& v) {
  if (v.type == "boolean") return v.text == "true";
  if (v.type == "integer" || v.type == "decimal") {
    json parsed = json::parse(v.text, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_number()) return parsed;
    return v.text;
  }
  if (v.text.size() >= 2 && v.text.front() == '"' && v.text.back() == '"') {
    json parsed = json::parse(v.text, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_string()) return parsed;
    return v.text.substr(1, v.text.size() - 2);
  }
  return v.text;
}

}  // namespace

void write_counterexample_text(const check::Counterexample& cx, std::ostream& out) {
  if (!cx.case_data.empty()) {
    out << "  case:";
    for (std::size_t i = 0; i < cx.case_data.size(); ++i)
      out << (i ? ", " : " ") << cx.case_data[i].variable << '=' << cx.case_data[i].text;
    out << '\n';
  }
  if (!cx.steps.empty()) {
    out << "  run:\n";
    std::size_t width = 0;
    for (const check::RunStep& s : cx.steps) width = std::max(width, s.element.size());
    const std::size_t number_width = std::to_string(cx.steps.size()).size();
    for (std::size_t i = 0; i < cx.steps.size(); ++i) {
      const check::RunStep& s = cx.steps[i];
      const std::string number = std::to_string(i + 1);
      out << "    " << std::string(number_width - number.size(), ' ') << number << ". "
          << s.element;
      if (!s.name.empty() || !s.department.empty() || !s.note.empty())
        out << std::string(width - s.element.size() + 2, ' ');
      if (!s.name.empty()) out << s.name;
      if (!s.department.empty()) out << (s.name.empty() ? "" : " ") << '[' << s.department << ']';
      if (!s.note.empty()) out << (s.name.empty() && s.department.empty() ? "" : ": ") << s.note;
      out << '\n';
    }
  }
  for (const std::string& line : cx.state) out << "  left: " << line << '\n';
  for (const std::string& line : cx.notes) out << "  note: " << line << '\n';
  for (const auto& [name, value] : cx.figures) out << "  " << name << ": " << value << '\n';
  if (!cx.seam.empty()) {
    out << "  seam:";
    for (std::size_t i = 0; i < cx.seam.size(); ++i) out << (i ? ", " : " ") << cx.seam[i];
    out << '\n';
  }
}

json counterexample_json(const check::Counterexample& cx) {
  json j;
  json data = json::object();
  for (const check::CaseValue& v : cx.case_data) data[v.variable] = value_json(v);
  j["case"] = std::move(data);
  json steps = json::array();
  for (const check::RunStep& s : cx.steps) {
    json step{{"element", s.element}, {"name", s.name}, {"department", s.department}};
    if (!s.note.empty()) step["note"] = s.note;
    steps.push_back(std::move(step));
  }
  j["steps"] = std::move(steps);
  j["seam"] = cx.seam;
  j["departments"] = cx.departments;
  if (!cx.state.empty()) j["left"] = cx.state;
  if (!cx.notes.empty()) j["notes"] = cx.notes;
  for (const auto& [name, value] : cx.figures) j[name] = value;
  return j;
}

}  // namespace seamless::report
