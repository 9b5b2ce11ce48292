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

struct Labels {
  const char *case_data, *run, *left, *note, *seam, *colon;
};
constexpr Labels english{"case:", "run:", "left:", "note:", "seam:", ": "};
constexpr Labels chinese{"办件数据：", "运行：", "剩余：", "说明：", "断点：", "："};

}  // namespace

std::string figure_label(const std::string& name, i18n::Language language) {
  if (language != i18n::Language::zh) return name;
  static const std::pair<const char*, const char*> names[] = {{"visits", "到场次数"},
                                                              {"max-visits", "到场次数上限"},
                                                              {"tokens", "令牌数"},
                                                              {"submissions", "提交次数"},
                                                              {"seconds", "用时（秒）"},
                                                              {"limit-seconds", "办理时限（秒）"},
                                                              {"loop-seconds", "每轮用时（秒）"}};
  for (const auto& [en, zh] : names)
    if (name == en) return zh;
  return name;
}

void write_counterexample_text(const check::Counterexample& cx, std::ostream& out,
                               i18n::Language language) {
  const Labels& label = language == i18n::Language::zh ? chinese : english;
  const bool zh = language == i18n::Language::zh;
  if (!cx.case_data.empty()) {
    out << "  " << label.case_data;
    for (std::size_t i = 0; i < cx.case_data.size(); ++i)
      out << (i    ? (zh ? "，" : ", ")
              : zh ? ""
                   : " ")
          << cx.case_data[i].variable << '=' << cx.case_data[i].text;
    out << '\n';
  }
  if (!cx.steps.empty()) {
    out << "  " << label.run << '\n';
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
      if (!s.note.empty())
        out << (s.name.empty() && s.department.empty() ? "" : label.colon)
            << i18n::pick(language, s.note, s.note_zh);
      out << '\n';
    }
  }
  const char* space = zh ? "" : " ";
  for (const std::string& line : i18n::pick_lines(language, cx.state, cx.state_zh))
    out << "  " << label.left << space << line << '\n';
  for (const std::string& line : i18n::pick_lines(language, cx.notes, cx.notes_zh))
    out << "  " << label.note << space << line << '\n';
  for (const auto& [name, value] : cx.figures)
    out << "  " << figure_label(name, language) << label.colon << value << '\n';
  if (!cx.seam.empty()) {
    out << "  " << label.seam;
    for (std::size_t i = 0; i < cx.seam.size(); ++i)
      out << (i ? (zh ? "、" : ", ") : space) << cx.seam[i];
    out << '\n';
  }
}

json counterexample_json(const check::Counterexample& cx, i18n::Language language) {
  const bool zh = language == i18n::Language::zh;
  json j;
  json data = json::object();
  for (const check::CaseValue& v : cx.case_data) data[v.variable] = value_json(v);
  j["case"] = std::move(data);
  json steps = json::array();
  for (const check::RunStep& s : cx.steps) {
    json step{{"element", s.element}, {"name", s.name}, {"department", s.department}};
    if (!s.note.empty()) step["note"] = s.note;
    if (zh && !s.note.empty()) step["note_zh"] = i18n::pick(language, s.note, s.note_zh);
    steps.push_back(std::move(step));
  }
  j["steps"] = std::move(steps);
  j["seam"] = cx.seam;
  j["departments"] = cx.departments;
  if (!cx.state.empty()) j["left"] = cx.state;
  if (zh && !cx.state.empty()) j["left_zh"] = i18n::pick_lines(language, cx.state, cx.state_zh);
  if (!cx.notes.empty()) j["notes"] = cx.notes;
  if (zh && !cx.notes.empty()) j["notes_zh"] = i18n::pick_lines(language, cx.notes, cx.notes_zh);
  for (const auto& [name, value] : cx.figures) j[name] = value;
  return j;
}

}  // namespace seamless::report
