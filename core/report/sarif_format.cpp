// The `sarif` output format: SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read
// it. One run; one rule per check (the finding's finer rule is in the result's properties); one
// result per finding, located at its element, with the counterexample as a code flow whose
// steps point at their elements in the file; input diagnostics, inconclusive checks and the
// assumptions verdicts rely on (one per model and assumption, naming its checks in
// `properties.checks`) as tool execution notifications. Everything comes out in the order of the
// run, so it is deterministic. In Chinese (`--lang zh`) the run says `language: zh-CN` and every
// text a person reads is Chinese: results, code-flow steps, seams, notifications and rule
// descriptions. What identifies something stays as it is: rule ids, element ids, fingerprints (over
// the English message), the English fields of the properties (the Chinese ones are beside them, as
// in JSON).
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/report/artifact_uri.hpp"
#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"

namespace seamless::report {
namespace {

using json = nlohmann::ordered_json;

// Notification descriptors (tool.driver.notifications), by index.
constexpr std::size_t input_notification = 0;
constexpr std::size_t inconclusive_notification = 1;
constexpr std::size_t assumption_notification = 2;  // described only in runs that have one

const char* level(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error:
      return "error";
    case diag::Severity::warning:
      return "warning";
    case diag::Severity::note:
      return "note";
  }
  return "error";
}

json text_message(const std::string& text) {
  return {{"text", text}};
}

// A physical location: the file, and the line and column when known (0 means unknown).
json physical_location(const std::string& file, std::uint32_t line, std::uint32_t column) {
  json location{{"artifactLocation", {{"uri", artifact_uri(file)}}}};
  if (line > 0) {
    json region{{"startLine", line}};
    if (column > 0) region["startColumn"] = column;
    location["region"] = std::move(region);
  }
  return location;
}

json element_location(const std::string& element) {
  return json::array({{{"name", element}, {"kind", "element"}}});
}

// A stable identity for GitHub to follow a finding across commits when lines move: FNV-1a over
// the fields the baseline identifies it by (the file is the result's location).
std::string fingerprint(const check::Finding& f) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const std::string* field : {&f.check, &f.rule, &f.element, &f.message}) {
    for (const char c : *field) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ull;
    }
    hash ^= 0xFF;  // field separator: no byte of UTF-8 text has this value
    hash *= 1099511628211ull;
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[std::size_t(i)] = hex[hash & 0xF];
  return out;
}

// "3. Gateway_area Floor area? [window]: takes Flow_small"; "第 3 步 Gateway_area ……：选择 ……".
std::string step_text(std::size_t number, const check::RunStep& s, i18n::Language language) {
  std::string text = language == i18n::Language::zh ? "第 " + std::to_string(number) + " 步 "
                                                    : std::to_string(number) + ". ";
  text += s.element;
  if (!s.name.empty()) text += " " + s.name;
  if (!s.department.empty()) text += " [" + s.department + "]";
  if (!s.note.empty())
    text += i18n::Text{": ", "："}.in(language) + i18n::pick(language, s.note, s.note_zh);
  return text;
}

// "counterexample run with case data area=600, b=true"; "反例运行，办件数据：area=600，b=true".
std::string code_flow_text(const check::Counterexample& cx, i18n::Language language) {
  const bool zh = language == i18n::Language::zh;
  std::string text = zh ? "反例运行" : "counterexample run";
  if (cx.case_data.empty()) return text;
  text += zh ? "，办件数据：" : " with case data";
  for (std::size_t i = 0; i < cx.case_data.size(); ++i)
    text += (i ? (zh ? "，" : ", ") : (zh ? "" : " ")) + cx.case_data[i].variable + "=" +
            cx.case_data[i].text;
  return text;
}

json code_flow(const std::string& file, const check::Counterexample& cx, i18n::Language language) {
  json locations = json::array();
  for (std::size_t i = 0; i < cx.steps.size(); ++i) {
    const check::RunStep& s = cx.steps[i];
    json location = {
        {"physicalLocation", physical_location(file, s.location.line, s.location.column)},
        {"logicalLocations", element_location(s.element)},
        {"message", text_message(step_text(i + 1, s, language))}};
    json properties{{"element", s.element}, {"name", s.name}, {"department", s.department}};
    if (!s.note.empty()) properties["note"] = s.note;
    if (!s.note.empty() && language == i18n::Language::zh)
      properties["note_zh"] = i18n::pick(language, s.note, s.note_zh);
    locations.push_back({{"location", std::move(location)},
                         {"executionOrder", i + 1},
                         {"properties", std::move(properties)}});
  }
  return {{"message", text_message(code_flow_text(cx, language))},
          {"threadFlows", json::array({{{"locations", std::move(locations)}}})}};
}

// The seam's elements, located where the run passes them (or where the finding is, when the
// seam is the finding's own element).
json seam_locations(const std::string& file, const check::Finding& f, i18n::Language language) {
  const check::Counterexample& cx = *f.counterexample;
  json related = json::array();
  for (const std::string& element : cx.seam) {
    model::Location at;
    std::string name;
    if (element == f.element) at = f.location;
    for (const check::RunStep& s : cx.steps) {
      if (s.element != element) continue;
      if (at.line == 0) at = s.location;
      name = s.name;
      break;
    }
    if (at.line == 0) continue;
    related.push_back({{"id", related.size() + 1},
                       {"physicalLocation", physical_location(file, at.line, at.column)},
                       {"logicalLocations", element_location(element)},
                       {"message", text_message(i18n::Text{"seam: ", "断点："}.in(language) +
                                                element + (name.empty() ? "" : " " + name))}});
  }
  return related;
}

class SarifFormat final : public OutputFormat {
 public:
  std::string_view name() const override { return "sarif"; }
  std::string_view summary() const override {
    return "SARIF 2.1.0 (GitHub code scanning): one rule per check, counterexamples as code flows";
  }
  std::string_view summary_zh() const override {
    return "SARIF 2.1.0（GitHub 代码扫描）：每项检查一条规则，反例作为代码流";
  }

  void write(const RunResult& result, std::ostream& out) const override {
    const i18n::Language language = result.language;
    const std::map<std::string, std::size_t> rule_index = rule_indices(result);
    json results = json::array();
    json notifications = json::array();
    bool assumptions = false;
    for (const diag::Diagnostic& d : result.diagnostics) {
      json n{{"level", level(d.severity)},
             {"message", text_message(i18n::pick(language, d.message, d.message_zh))}};
      if (!d.file.empty())
        n["locations"] =
            json::array({{{"physicalLocation", physical_location(d.file, d.line, d.column)}}});
      n["descriptor"] = {{"id", "input"}, {"index", input_notification}};
      notifications.push_back(std::move(n));
    }
    for (const ModelResult& model : result.models) {
      for (const check::CheckResult& c : model.checks) {
        for (const check::Finding& f : c.findings)
          results.push_back(
              result_json(model.file, c.name, f, rule_index, result.baseline, language));
        if (c.status == check::Status::inconclusive) {
          notifications.push_back(
              {{"level", "warning"},
               {"message", text_message(i18n::Text{"inconclusive: ", "无结论："}.in(language) +
                                        i18n::pick(language, c.reason, c.reason_zh))},
               {"locations",
                json::array({{{"physicalLocation", physical_location(model.file, 0, 0)}}})},
               {"descriptor", {{"id", "inconclusive"}, {"index", inconclusive_notification}}},
               {"associatedRule", {{"id", c.name}, {"index", rule_index.at(c.name)}}}});
        }
      }
      for (const ModelAssumption& a : assumptions_of(model)) {
        json properties{{"checks", a.checks}, {"assumption", a.text}};
        if (language == i18n::Language::zh)
          properties["assumption_zh"] = i18n::pick(language, a.text, a.text_zh);
        notifications.push_back(
            {{"level", "note"},
             {"message", text_message(i18n::Text{"assumption: ", "假设："}.in(language) +
                                      i18n::pick(language, a.text, a.text_zh))},
             {"locations",
              json::array({{{"physicalLocation", physical_location(model.file, 0, 0)}}})},
             {"descriptor", {{"id", "assumption"}, {"index", assumption_notification}}},
             {"properties", std::move(properties)}});
        assumptions = true;
      }
    }
    bool input_errors = false;
    for (const diag::Diagnostic& d : result.diagnostics)
      input_errors |= d.severity == diag::Severity::error;

    json driver{{"name", "seamless"}, {"version", result.tool_version}};
    driver["rules"] = rules_json(result, rule_index);
    driver["notifications"] = json::array(
        {{{"id", "input"},
          {"shortDescription",
           text_message(i18n::Text{"A problem with the input: a path, malformed XML or BPMN, an "
                                   "annotation or a guard",
                                   "输入有问题：路径、格式错误的 XML 或 BPMN、标注或条件"}
                            .in(language))}},
         {{"id", "inconclusive"},
          {"shortDescription",
           text_message(i18n::Text{"A check could not decide: a limit was reached or the model "
                                   "has an element it does not support",
                                   "检查无结论：达到了上限，或模型含有它不支持的元素"}
                            .in(language))}}});
    if (assumptions)
      driver["notifications"].push_back(
          {{"id", "assumption"},
           {"shortDescription",
            text_message(i18n::Text{"A verdict relies on an assumption: a condition no guard "
                                    "language can read is read as a label, a free choice",
                                    "结论依赖一项假设：无法读取的条件按标签理解，即自由选择"}
                             .in(language))}});
    json run{{"tool", {{"driver", std::move(driver)}}}};
    // The language of the messages (SARIF 2.1.0, 3.14.19); absent means en-US.
    if (language == i18n::Language::zh) run["language"] = "zh-CN";
    run["invocations"] = json::array({{{"executionSuccessful", !input_errors},
                                       {"toolExecutionNotifications", std::move(notifications)}}});
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);
    json root{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
    out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  }

 private:
  // Every check named in the run, sorted by name: the ones that ran and any a result names.
  static std::map<std::string, std::size_t> rule_indices(const RunResult& result) {
    std::map<std::string, std::size_t> index;
    for (const CheckInfo& c : result.checks) index[c.name];
    for (const ModelResult& m : result.models)
      for (const check::CheckResult& c : m.checks) {
        index[c.name];
        for (const check::Finding& f : c.findings)
          if (!f.check.empty()) index[f.check];
      }
    std::size_t next = 0;
    for (auto& [name, i] : index) i = next++;
    return index;
  }

  static json rules_json(const RunResult& result,
                         const std::map<std::string, std::size_t>& rule_index) {
    json rules = json::array();
    for (const auto& [name, i] : rule_index) {
      const CheckInfo* info = nullptr;
      for (const CheckInfo& c : result.checks)
        if (c.name == name) info = &c;
      const bool zh = result.language == i18n::Language::zh;
      const std::string plugin = info ? info->plugin : "";
      std::string summary, full;
      if (zh) {
        summary = info && !info->summary_zh.empty() ? info->summary_zh
                  : info && !info->summary.empty()  ? info->summary
                                                    : "检查“" + name + "”";
        full = summary + "；各结果的 properties.rule 给出检查内更细的规则";
        if (!plugin.empty()) full += "；由插件“" + plugin + "”报告";
      } else {
        summary = info && !info->summary.empty() ? info->summary : "the check '" + name + "'";
        full = summary;
        if (!full.empty() && full.back() != '.') full += '.';
        full += " Results name the finer rule in properties.rule";
        if (!plugin.empty()) full += "; reported by the plugin '" + plugin + "'";
        full += '.';
      }
      // The severity the configuration gives the check; each result carries its own level.
      json rule{{"id", name},
                {"shortDescription", text_message(summary)},
                {"fullDescription", text_message(full)},
                {"defaultConfiguration",
                 {{"level", info && info->level ? level(*info->level) : "error"}}}};
      if (info && !info->plugin.empty()) rule["properties"] = {{"plugin", info->plugin}};
      rules.push_back(std::move(rule));
    }
    return rules;
  }

  static json result_json(const std::string& file, const std::string& check_name,
                          const check::Finding& f,
                          const std::map<std::string, std::size_t>& rule_index, bool baseline,
                          i18n::Language language) {
    const std::string& rule_id = f.check.empty() ? check_name : f.check;
    json location{
        {"physicalLocation", physical_location(file, f.location.line, f.location.column)}};
    if (!f.element.empty()) location["logicalLocations"] = element_location(f.element);
    json r{{"ruleId", rule_id},
           {"ruleIndex", rule_index.at(rule_id)},
           {"level", level(f.severity)},
           {"message", text_message(i18n::pick(language, f.message, f.message_zh))},
           {"locations", json::array({std::move(location)})},
           {"partialFingerprints", {{"seamlessFinding/v1", fingerprint(f)}}}};
    if (baseline) r["baselineState"] = f.baselined ? "unchanged" : "new";
    json properties{{"rule", f.rule}, {"element", f.element}};
    if (f.counterexample) {
      const check::Counterexample& cx = *f.counterexample;
      if (!cx.steps.empty()) r["codeFlows"] = json::array({code_flow(file, cx, language)});
      json related = seam_locations(file, f, language);
      if (!related.empty()) r["relatedLocations"] = std::move(related);
      json counterexample = counterexample_json(cx, language);
      counterexample.erase("steps");  // they are the code flow
      properties["counterexample"] = std::move(counterexample);
    }
    r["properties"] = std::move(properties);
    return r;
  }
};

}  // namespace

std::unique_ptr<OutputFormat> make_sarif_format() {
  return std::make_unique<SarifFormat>();
}

}  // namespace seamless::report
