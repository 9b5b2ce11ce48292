// The `sarif` output format on hand-made run results: rules, results, locations, code flows,
// notifications, baseline states, URIs. (tests/sarif validates real runs against the schema.)
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "seamless/report/artifact_uri.hpp"
#include "seamless/report/builtin_formats.hpp"

using namespace seamless;
using json = nlohmann::json;

namespace {

check::Finding finding(std::string check, std::string rule, diag::Severity severity,
                       std::string message, std::string element, model::Location at) {
  check::Finding f;
  f.check = std::move(check);
  f.rule = std::move(rule);
  f.severity = severity;
  f.message = std::move(message);
  f.element = std::move(element);
  f.location = at;
  return f;
}

report::RunResult sample_run() {
  report::RunResult r;
  r.tool_version = "9.9.9";
  r.checks = {{"one-visit", "the applicant comes at most once", "one-visit"},
              {"structure", "BPMN well-formedness", "structure"}};
  report::ModelResult m;
  m.file = "./models/餐馆 x.bpmn";
  m.analysed = true;
  check::CheckResult visits{"one-visit", check::Status::fail, "", {}, {}};
  check::Finding f = finding("one-visit", "visits", diag::Severity::error,
                             "the applicant comes 2 times", "Task_b", {40, 7});
  check::Counterexample cx;
  cx.case_data = {{"area", "integer", "600"}};
  cx.steps = {{"Start", "开始", "applicant", "", {10, 5}},
              {"Task_b", "审核 Review", "market", "takes Flow_2 [=area > 500]", {40, 7}}};
  cx.seam = {"Task_b"};
  cx.departments = {"applicant", "market"};
  cx.figures = {{"visits", 2}};
  f.counterexample = cx;
  visits.findings.push_back(f);
  visits.findings.push_back(finding("one-visit", "visits", diag::Severity::warning,
                                    "a second visit may be needed", "", {0, 0}));
  m.checks.push_back(visits);
  check::CheckResult structure{
      "structure", check::Status::inconclusive, "state limit reached", {}, {}};
  m.checks.push_back(structure);
  r.models.push_back(m);
  r.diagnostics.push_back({diag::Severity::warning, "./models/餐馆 x.bpmn", 3, 2, "odd"});
  return r;
}

json sarif_of(const report::RunResult& r) {
  std::ostringstream out;
  report::make_sarif_format()->write(r, out);
  return json::parse(out.str());
}

// The sample run in Chinese (--lang zh), with the Chinese texts checks and loaders give;
// `structure` has no Chinese summary and the second finding no Chinese message.
report::RunResult chinese_run() {
  report::RunResult r = sample_run();
  r.language = i18n::Language::zh;
  r.checks[0].summary_zh = "申请人至多到场一次";
  check::CheckResult& visits = r.models[0].checks[0];
  visits.findings[0].message_zh = "申请人须到场 2 次";
  visits.findings[0].counterexample->steps[1].note_zh = "选择 Flow_2 [=area > 500]";
  visits.findings[0].counterexample->add_state({"1 token left", "剩余 1 个令牌"});
  r.models[0].checks[1].reason_zh = "达到状态数上限";
  r.diagnostics[0].message_zh = "奇怪";
  return r;
}

}  // namespace

TEST_CASE("sarif: the log, the tool and one rule per check", "[report][sarif]") {
  const json log = sarif_of(sample_run());
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(log["runs"].size() == 1);
  const json& driver = log["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "seamless");
  CHECK(driver["version"] == "9.9.9");
  REQUIRE(driver["rules"].size() == 2);
  CHECK(driver["rules"][0]["id"] == "one-visit");
  CHECK(driver["rules"][0]["shortDescription"]["text"] == "the applicant comes at most once");
  CHECK_THAT(driver["rules"][0]["fullDescription"]["text"].get<std::string>(),
             Catch::Contains("plugin 'one-visit'"));
  CHECK(driver["rules"][0]["defaultConfiguration"]["level"] == "error");
  CHECK(driver["rules"][1]["id"] == "structure");
  CHECK(log["runs"][0]["columnKind"] == "unicodeCodePoints");
}

TEST_CASE("sarif: a finding's result with its location, element, rule and fingerprint",
          "[report][sarif]") {
  const json run = sarif_of(sample_run())["runs"][0];
  REQUIRE(run["results"].size() == 2);
  const json& r = run["results"][0];
  CHECK(r["ruleId"] == "one-visit");
  CHECK(r["ruleIndex"] == 0);
  CHECK(r["level"] == "error");
  CHECK(r["message"]["text"] == "the applicant comes 2 times");
  const json& location = r["locations"][0];
  // Relative to the working directory, without "./", percent-encoded UTF-8 and space.
  CHECK(location["physicalLocation"]["artifactLocation"]["uri"] ==
        "models/%E9%A4%90%E9%A6%86%20x.bpmn");
  CHECK(location["physicalLocation"]["region"]["startLine"] == 40);
  CHECK(location["physicalLocation"]["region"]["startColumn"] == 7);
  CHECK(location["logicalLocations"][0]["name"] == "Task_b");
  CHECK(location["logicalLocations"][0]["kind"] == "element");
  CHECK(r["properties"]["rule"] == "visits");
  CHECK(r["properties"]["counterexample"]["case"]["area"] == 600);
  CHECK(r["properties"]["counterexample"]["seam"][0] == "Task_b");
  CHECK(r["properties"]["counterexample"]["visits"] == 2);
  CHECK_FALSE(r["properties"]["counterexample"].contains("steps"));
  CHECK(r["partialFingerprints"]["seamlessFinding/v1"].get<std::string>().size() == 16);
  CHECK_FALSE(r.contains("baselineState"));  // no baseline given

  // A finding without line or element: no region, no logical location.
  const json& bare = run["results"][1];
  CHECK(bare["level"] == "warning");
  CHECK_FALSE(bare["locations"][0]["physicalLocation"].contains("region"));
  CHECK_FALSE(bare["locations"][0].contains("logicalLocations"));
  CHECK(bare["partialFingerprints"] != r["partialFingerprints"]);
}

TEST_CASE("sarif: the counterexample is a code flow whose steps point at their elements",
          "[report][sarif]") {
  const json r = sarif_of(sample_run())["runs"][0]["results"][0];
  REQUIRE(r["codeFlows"].size() == 1);
  CHECK(r["codeFlows"][0]["message"]["text"] == "counterexample run with case data area=600");
  const json& steps = r["codeFlows"][0]["threadFlows"][0]["locations"];
  REQUIRE(steps.size() == 2);
  CHECK(steps[0]["location"]["physicalLocation"]["region"]["startLine"] == 10);
  CHECK(steps[0]["location"]["physicalLocation"]["region"]["startColumn"] == 5);
  CHECK(steps[0]["location"]["message"]["text"] == "1. Start 开始 [applicant]");
  CHECK(steps[0]["executionOrder"] == 1);
  CHECK(steps[1]["location"]["physicalLocation"]["region"]["startLine"] == 40);
  CHECK(steps[1]["location"]["message"]["text"] ==
        "2. Task_b 审核 Review [market]: takes Flow_2 [=area > 500]");
  CHECK(steps[1]["properties"]["department"] == "market");
  CHECK(steps[1]["properties"]["note"] == "takes Flow_2 [=area > 500]");
  REQUIRE(r["relatedLocations"].size() == 1);
  CHECK(r["relatedLocations"][0]["message"]["text"] == "seam: Task_b 审核 Review");
  CHECK(r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 40);
}

TEST_CASE("sarif: diagnostics and inconclusive checks are tool execution notifications",
          "[report][sarif]") {
  report::RunResult run = sample_run();
  json invocation = sarif_of(run)["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == true);  // a warning is no failure
  json notes = invocation["toolExecutionNotifications"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["level"] == "warning");
  CHECK(notes[0]["message"]["text"] == "odd");
  CHECK(notes[0]["descriptor"]["id"] == "input");
  CHECK(notes[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
  CHECK(notes[1]["message"]["text"] == "inconclusive: state limit reached");
  CHECK(notes[1]["descriptor"]["id"] == "inconclusive");
  CHECK(notes[1]["associatedRule"]["id"] == "structure");
  CHECK(notes[1]["associatedRule"]["index"] == 1);
  CHECK(notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "models/%E9%A4%90%E9%A6%86%20x.bpmn");

  run.diagnostics.push_back({diag::Severity::error, "", 0, 0, "no .bpmn files found"});
  invocation = sarif_of(run)["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][1]["level"] == "error");
  CHECK_FALSE(invocation["toolExecutionNotifications"][1].contains("locations"));
}

TEST_CASE("sarif: with a baseline, results are new or unchanged", "[report][sarif]") {
  report::RunResult run = sample_run();
  run.baseline = true;
  run.models[0].checks[0].findings[1].baselined = true;
  const json results = sarif_of(run)["runs"][0]["results"];
  CHECK(results[0]["baselineState"] == "new");
  CHECK(results[1]["baselineState"] == "unchanged");
}

TEST_CASE("sarif: a check named only by a result still gets a rule", "[report][sarif]") {
  report::RunResult run = sample_run();
  run.checks.clear();
  const json log = sarif_of(run);
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 2);
  CHECK(rules[0]["shortDescription"]["text"] == "the check 'one-visit'");
  CHECK(log["runs"][0]["results"][0]["ruleIndex"] == 0);
}

TEST_CASE("sarif: in Chinese the run is zh-CN and every text Chinese, identities unchanged",
          "[report][sarif][i18n]") {
  const json en = sarif_of(sample_run())["runs"][0];
  const json zh = sarif_of(chinese_run())["runs"][0];
  CHECK_FALSE(en.contains("language"));  // en-US, the default
  CHECK(zh["language"] == "zh-CN");

  const json& rules = zh["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 2);
  CHECK(rules[0]["id"] == "one-visit");
  CHECK(rules[0]["shortDescription"]["text"] == "申请人至多到场一次");
  CHECK(rules[0]["fullDescription"]["text"] ==
        "申请人至多到场一次；各结果的 properties.rule 给出检查内更细的规则；由插件“one-visit”报告");
  // No Chinese summary: the English one.
  CHECK(rules[1]["shortDescription"]["text"] == "BPMN well-formedness");
  for (const json& d : zh["tool"]["driver"]["notifications"])
    CHECK_THAT(d["shortDescription"]["text"].get<std::string>(), Catch::Contains("："));

  const json& r = zh["results"][0];
  CHECK(r["message"]["text"] == "申请人须到场 2 次");
  CHECK(zh["results"][1]["message"]["text"] == "a second visit may be needed");
  for (std::size_t i = 0; i < 2; ++i) {
    const json& e = en["results"][i];
    const json& z = zh["results"][i];
    CHECK(z["ruleId"] == e["ruleId"]);
    CHECK(z["ruleIndex"] == e["ruleIndex"]);
    CHECK(z["level"] == e["level"]);
    CHECK(z["locations"] == e["locations"]);
    CHECK(z["partialFingerprints"] == e["partialFingerprints"]);  // over the English message
  }
  CHECK(r["codeFlows"][0]["message"]["text"] == "反例运行，办件数据：area=600");
  const json& steps = r["codeFlows"][0]["threadFlows"][0]["locations"];
  CHECK(steps[0]["location"]["message"]["text"] == "第 1 步 Start 开始 [applicant]");
  CHECK(steps[1]["location"]["message"]["text"] ==
        "第 2 步 Task_b 审核 Review [market]：选择 Flow_2 [=area > 500]");
  CHECK(steps[1]["properties"]["note"] == "takes Flow_2 [=area > 500]");
  CHECK(steps[1]["properties"]["note_zh"] == "选择 Flow_2 [=area > 500]");
  CHECK_FALSE(steps[0]["properties"].contains("note_zh"));
  CHECK(r["relatedLocations"][0]["message"]["text"] == "断点：Task_b 审核 Review");
  CHECK(r["properties"]["counterexample"]["left"][0] == "1 token left");
  CHECK(r["properties"]["counterexample"]["left_zh"][0] == "剩余 1 个令牌");
  CHECK(r["properties"]["rule"] == "visits");

  const json& notes = zh["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["message"]["text"] == "奇怪");
  CHECK(notes[1]["message"]["text"] == "无结论：达到状态数上限");
  CHECK(notes[1]["associatedRule"] ==
        en["invocations"][0]["toolExecutionNotifications"][1]["associatedRule"]);

  report::RunResult unnamed = chinese_run();
  unnamed.checks.clear();
  CHECK(sarif_of(unnamed)["runs"][0]["tool"]["driver"]["rules"][0]["shortDescription"]["text"] ==
        "检查“one-visit”");
}

TEST_CASE("sarif: a rule's default level is the severity the configuration gives its check",
          "[report][sarif]") {
  report::RunResult run = sample_run();
  run.checks[0].level = diag::Severity::warning;
  run.checks[1].level = diag::Severity::note;
  const json rules = sarif_of(run)["runs"][0]["tool"]["driver"]["rules"];
  CHECK(rules[0]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[1]["defaultConfiguration"]["level"] == "note");
  run.checks[1].level.reset();  // not configured
  CHECK(sarif_of(run)["runs"][0]["tool"]["driver"]["rules"][1]["defaultConfiguration"]["level"] ==
        "error");
}

TEST_CASE("artifact URIs: relative stays relative, absolute becomes file:, the rest encoded",
          "[report][sarif]") {
  CHECK(report::artifact_uri("models/x/before.bpmn") == "models/x/before.bpmn");
  CHECK(report::artifact_uri("./././models/a.bpmn") == "models/a.bpmn");
  CHECK(report::artifact_uri(".//a.bpmn") == "a.bpmn");
  CHECK(report::artifact_uri("../up/a-b_c~d.bpmn") == "../up/a-b_c~d.bpmn");
  CHECK(report::artifact_uri("/srv/a b.bpmn") == "file:///srv/a%20b.bpmn");
  CHECK(report::artifact_uri("a:b#c?d%e.bpmn") == "a%3Ab%23c%3Fd%25e.bpmn");
  CHECK(report::artifact_uri("审批.bpmn") == "%E5%AE%A1%E6%89%B9.bpmn");
  CHECK(report::artifact_uri(std::string("bad\xff.bpmn")) == "bad%FF.bpmn");
}
