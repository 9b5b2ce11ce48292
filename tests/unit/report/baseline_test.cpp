// Baselines: recording, writing sorted, reading back, malformed files with their lines, and
// applying (each entry covers one finding, paths relative to the baseline's folder).
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "seamless/report/baseline.hpp"

using namespace seamless;

namespace {

check::Finding finding(std::string rule, std::string element, std::string message,
                       std::uint32_t line) {
  check::Finding f;
  f.check = "structure";
  f.rule = std::move(rule);
  f.element = std::move(element);
  f.message = std::move(message);
  f.location = {line, 1};
  return f;
}

report::RunResult run_with(std::vector<check::Finding> findings,
                           const std::string& file = "models/b.bpmn") {
  report::RunResult r;
  report::ModelResult m;
  m.file = file;
  m.analysed = true;
  m.checks.push_back({"structure", check::Status::fail, "", std::move(findings), {}});
  r.models.push_back(m);
  return r;
}

std::optional<report::Baseline> parse(const std::string& text, diag::Diagnostics& d) {
  return report::Baseline::parse(text, "base.json", d);
}

std::string written(const report::Baseline& b) {
  std::ostringstream out;
  b.write(out);
  return out.str();
}

}  // namespace

TEST_CASE("baseline: recorded sorted, one finding per line, read back the same", "[baseline]") {
  const auto run = run_with(
      {finding("z-rule", "B", "second \"quoted\" 审批", 9), finding("a-rule", "A", "first", 30)});
  const report::Baseline b = report::Baseline::record(run, "base.json");
  const std::string text = written(b);
  CHECK(text ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"findings\": [\n"
        "    {\"file\":\"models/b.bpmn\",\"check\":\"structure\",\"rule\":\"a-rule\","
        "\"element\":\"A\",\"message\":\"first\"},\n"
        "    {\"file\":\"models/b.bpmn\",\"check\":\"structure\",\"rule\":\"z-rule\","
        "\"element\":\"B\",\"message\":\"second \\\"quoted\\\" 审批\"}\n"
        "  ]\n"
        "}\n");
  diag::Diagnostics d;
  const auto back = parse(text, d);
  REQUIRE(back);
  CHECK(d.empty());
  CHECK(back->entries() == b.entries());
  CHECK(written(report::Baseline::record(run_with({}), "base.json")) ==
        "{\n  \"version\": 1,\n  \"findings\": []\n}\n");
}

TEST_CASE("baseline: findings are matched without their lines, one entry per finding",
          "[baseline]") {
  const auto before = run_with({finding("r", "A", "same", 3), finding("r", "A", "same", 5)});
  // The baseline records one of the two identical findings.
  report::Baseline one =
      report::Baseline::record(run_with({finding("r", "A", "same", 3)}), "base.json");
  auto moved = before;
  for (auto& f : moved.models[0].checks[0].findings) f.location.line += 100;
  moved.models[0].checks[0].findings.push_back(finding("r", "B", "new one", 1));
  one.apply(moved);
  CHECK(moved.baseline);
  const auto& fs = moved.models[0].checks[0].findings;
  CHECK(fs[0].baselined);
  CHECK_FALSE(fs[1].baselined);  // the second copy is new
  CHECK_FALSE(fs[2].baselined);
  const report::RunTotals t = report::totals(moved);
  CHECK(t.baselined == 1);
  CHECK(t.errors == 2);
  CHECK_FALSE(report::fails_run(fs[0], moved));
  CHECK(report::fails_run(fs[1], moved));

  // A different message, element, rule or file is a different finding.
  for (const auto& other : {finding("r", "A", "same!", 3), finding("r", "X", "same", 3),
                            finding("q", "A", "same", 3)}) {
    auto run = run_with({other});
    one.apply(run);
    CHECK_FALSE(run.models[0].checks[0].findings[0].baselined);
  }
  auto elsewhere = run_with({finding("r", "A", "same", 3)}, "other/b.bpmn");
  one.apply(elsewhere);
  CHECK_FALSE(elsewhere.models[0].checks[0].findings[0].baselined);
}

TEST_CASE("baseline: model paths are relative to the baseline's folder", "[baseline]") {
  namespace fs = std::filesystem;
  const std::string cwd = fs::current_path().generic_string();
  CHECK(report::baseline_file_key("models/a.bpmn", "seamless-baseline.json") == "models/a.bpmn");
  CHECK(report::baseline_file_key("./models/../models/a.bpmn", "./ci/base.json") ==
        "../models/a.bpmn");
  CHECK(report::baseline_file_key(cwd + "/models/a.bpmn", "base.json") == "models/a.bpmn");
  CHECK(report::baseline_file_key("models/a.bpmn", cwd + "/models/base.json") == "a.bpmn");
  // The same model named from another directory matches the same entry.
  const auto run = run_with({finding("r", "A", "m", 1)}, "models/b.bpmn");
  const report::Baseline b = report::Baseline::record(run, "base.json");
  auto absolute = run_with({finding("r", "A", "m", 7)}, cwd + "/models/b.bpmn");
  b.apply(absolute);
  CHECK(absolute.models[0].checks[0].findings[0].baselined);
}

TEST_CASE("baseline: a malformed file is an error with its line", "[baseline]") {
  struct Case {
    std::string text;
    std::uint32_t line;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"", 1, "malformed baseline: syntax error while parsing value"},
      {"{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a\",,}\n  ]\n}\n", 4,
       "malformed baseline: syntax error while parsing object key"},
      {"[]", 1, "expected an object with \"version\" and \"findings\", found array"},
      {"{\"findings\": []}", 1, "no \"version\""},
      {"{\n\"version\": 2, \"findings\": []}", 2, "unsupported version 2"},
      {"{\"version\": 1}", 1, "no \"findings\""},
      {"{\"version\": 1,\n\n \"findings\": {}}", 3, "\"findings\" must be an array, found object"},
      {"{\"version\": 1, \"findings\": [],\n \"extra\": 0}", 2, "unknown key 'extra'"},
      {"{\"version\": 1, \"findings\": [\n 3]}", 2, "finding 1: expected an object, found number"},
      {"{\"version\": 1, \"findings\": "
       "[{\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":\"e\","
       "\"message\":\"m\"},\n 3\n,\n [] ]}",
       2, "finding 2: expected an object, found number"},
      {"{\"version\": 1, \"findings\": "
       "[{\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":\"e\","
       "\"message\":\"m\"},\n\n [\"x\"] ]}",
       3, "finding 2: expected an object, found array"},
      {"{\"version\": 1, \"findings\": [\n"
       "  {\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":\"e\",\"message\":\"m\"},\n"
       "  {\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":\"e\"}\n]}",
       3, "finding 2: no \"message\""},
      {"{\"version\": 1, \"findings\": [\n\n"
       "  {\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":1,\"message\":\"m\"}]}",
       3, "finding 1: \"element\" must be a string, found number"},
      {"{\"version\": 1, \"findings\": [\n"
       "  {\"file\":\"a\",\"check\":\"c\",\"rule\":\"r\",\"element\":\"e\",\"message\":\"m\","
       "\"line\":3}]}",
       2, "finding 1: unknown key 'line'"},
      {"{\"version\": 1, \"other\": [{}], \"findings\": [\n {\"file\":\"a\"}]}", 1,
       "unknown key 'other'"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    diag::Diagnostics d;
    CHECK_FALSE(parse(c.text, d));
    REQUIRE(d.all().size() == 1);
    const diag::Diagnostic& e = d.all()[0];
    CHECK(e.severity == diag::Severity::error);
    CHECK(e.file == "base.json");
    CHECK(e.line == c.line);
    CHECK_THAT(e.message, Catch::Contains(c.message));
  }
}

TEST_CASE("baseline: a file that cannot be read is an error", "[baseline]") {
  diag::Diagnostics d;
  CHECK_FALSE(report::Baseline::read("no/such/baseline.json", d));
  REQUIRE(d.all().size() == 1);
  CHECK(diag::format(d.all()[0]) == "no/such/baseline.json: error: cannot read the baseline");
}

TEST_CASE("baseline: invalid UTF-8 in a path still matches after a round trip", "[baseline]") {
  const auto run = run_with({finding("r", "A", "m", 1)}, std::string("odd\xff.bpmn"));
  diag::Diagnostics d;
  const auto back = parse(written(report::Baseline::record(run, "base.json")), d);
  REQUIRE(back);
  auto again = run;
  back->apply(again);
  CHECK(again.models[0].checks[0].findings[0].baselined);
}
