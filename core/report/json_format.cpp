// The `json` output format, with the stable field names of spec/cli.md.
#include <nlohmann/json.hpp>
#include <ostream>

#include "seamless/report/builtin_formats.hpp"
#include "seamless/report/counterexample_format.hpp"
#include "seamless/report/diagnostic_json.hpp"

namespace seamless::report {
namespace {

using json = nlohmann::ordered_json;

json finding_json(const check::Finding& f, bool baseline, i18n::Language language) {
  json j;
  j["severity"] = diag::to_string(f.severity);
  j["message"] = f.message;
  if (language == i18n::Language::zh)
    j["message_zh"] = i18n::pick(language, f.message, f.message_zh);
  if (!f.rule.empty()) j["rule"] = f.rule;
  j["element"] = f.element.empty() ? json(nullptr) : json(f.element);
  j["line"] = f.location.line;
  j["column"] = f.location.column;
  if (baseline) j["baselined"] = f.baselined;
  if (f.counterexample) j["counterexample"] = counterexample_json(*f.counterexample, language);
  return j;
}

class JsonFormat final : public OutputFormat {
 public:
  std::string_view name() const override { return "json"; }
  std::string_view summary() const override { return "JSON with stable field names"; }
  std::string_view summary_zh() const override { return "字段名稳定的 JSON"; }

  void write(const RunResult& result, std::ostream& out) const override {
    const i18n::Language language = result.language;
    json root;
    root["tool"] = {{"name", "seamless"}, {"version", result.tool_version}};
    json models = json::array();
    for (const ModelResult& model : result.models) {
      json checks = json::array();
      for (const check::CheckResult& c : model.checks) {
        json cj;
        cj["name"] = c.name;
        cj["status"] = check::to_string(c.status);
        if (c.status == check::Status::inconclusive) cj["reason"] = c.reason;
        if (c.status == check::Status::inconclusive && language == i18n::Language::zh)
          cj["reason_zh"] = i18n::pick(language, c.reason, c.reason_zh);
        if (!c.assumptions.empty()) cj["assumptions"] = c.assumptions;
        if (!c.assumptions.empty() && language == i18n::Language::zh)
          cj["assumptions_zh"] = i18n::pick_lines(language, c.assumptions, c.assumptions_zh);
        json findings = json::array();
        for (const check::Finding& f : c.findings)
          findings.push_back(finding_json(f, result.baseline, language));
        cj["findings"] = std::move(findings);
        checks.push_back(std::move(cj));
      }
      models.push_back(
          {{"file", model.file}, {"analysed", model.analysed}, {"checks", std::move(checks)}});
    }
    root["models"] = std::move(models);
    root["diagnostics"] = diagnostics_json(result.diagnostics, language);
    out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<OutputFormat> make_json_format() {
  return std::make_unique<JsonFormat>();
}

}  // namespace seamless::report
