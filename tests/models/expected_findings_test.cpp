// The reform-case library against its expected findings: for every case folder of models/, the
// verdict of every check and every finding (check, rule, severity, element, line, case data)
// of `seamless check` on before.bpmn and after.bpmn are compared with the folder's
// `expected-findings.txt`, and the full text output with tests/golden/models/<case>/<model>.txt.
// Every after.bpmn must pass every check. SEAMLESS_UPDATE_GOLDEN=1 rewrites both for review.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "golden/golden_compare.hpp"
#include "support/run_command.hpp"

using namespace seamless;
namespace fs = std::filesystem;

namespace {

std::string case_text(const nlohmann::json& cx) {
  std::string text;
  for (const auto& [name, value] : cx["case"].items())
    text += (text.empty() ? "" : ", ") + name + "=" + value.dump();
  return text;
}

// One model's verdicts and findings, one line each.
std::string summary(const nlohmann::json& model, bool& all_pass) {
  std::ostringstream out;
  all_pass = true;
  for (const auto& check : model["checks"]) {
    const std::string status = check["status"];
    all_pass = all_pass && status == "pass";
    out << check["name"].get<std::string>() << ": " << status;
    if (check.contains("reason")) out << " (" << check["reason"].get<std::string>() << ")";
    out << '\n';
    for (const auto& f : check["findings"]) {
      out << "  " << f["severity"].get<std::string>() << ' ' << f.value("rule", "") << ' '
          << (f["element"].is_string() ? f["element"].get<std::string>() : std::string("-"))
          << " line " << f.value("line", 0);
      if (f.contains("counterexample")) {
        const std::string data = case_text(f["counterexample"]);
        if (!data.empty()) out << " case " << data;
      }
      out << '\n';
    }
  }
  return out.str();
}

}  // namespace

TEST_CASE("models: every case gives exactly its expected findings", "[models]") {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(test::source_path("models")))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const fs::path& dir : cases) {
    const std::string name = dir.filename().string();
    std::string expected =
        "# Expected findings of `seamless check` (every check) on this case: per model, each\n"
        "# check's verdict and each finding as severity, rule, element, line and case data.\n"
        "# Compared by tests/models/expected_findings_test.cpp.\n";
    for (const char* model : {"before", "after"}) {
      const std::string file = "models/" + name + "/" + model + ".bpmn";
      INFO(file);
      const auto json = test::run_seamless({"check", "--format", "json", file});
      INFO(json.err);
      REQUIRE(!json.out.empty());
      const auto j = nlohmann::json::parse(json.out);
      bool all_pass = false;
      expected += "\n## " + std::string(model) + ".bpmn\n\n" + summary(j["models"][0], all_pass);
      if (std::string(model) == "after") {
        CHECK(all_pass);
        CHECK(json.exit_code == 0);
      } else {
        CHECK(!all_pass);
        CHECK(json.exit_code == 1);
      }
      const auto text = test::run_seamless({"check", file});
      CHECK(text.exit_code == json.exit_code);
      test::compare_golden(test::source_path("tests/golden/models/" + name + "/" + model + ".txt"),
                           text.out);
    }
    test::compare_golden((dir / "expected-findings.txt").string(), expected);
  }
}
